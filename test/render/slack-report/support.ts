import type { KnownBlock } from '@slack/types';
import { buildReport, type ReportModel } from '../../../src/analytics/report/index';
import { DEFAULT_LEXICON, type ThemeTagger } from '../../../src/analytics/themes/index';
import type { Db } from '../../../src/db/open-db';
import {
  findPulsesUpTo,
  findPulseWindow,
  loadReportAggregates,
} from '../../../src/db/repositories/report-repository';
import { type SeededIds, seedOrganisation } from '../../../src/db/repositories/seed-repository';
import type { SyntheticOrganisation } from '../../../src/demo/generate-organisation';
import type { SlackMessage } from '../../../src/render/help';
import type { ReportLanguage } from '../../../src/render/i18n/report/index';
import { freshDb } from '../../support/test-db';

const THEMES = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));

/** The report of one pulse (or the last `last` pulses) with the trend behind it, as the app builds it. */
export function modelOf(
  db: Db,
  selector: { pulseId: number } | { last: number },
  threshold: number,
): ReportModel {
  const window = findPulseWindow(db, selector);
  const ids = window.map((p) => p.id);
  const aggregates = loadReportAggregates(db, ids, { minRaters: threshold });
  const newest = window.at(-1);
  const trendInputs =
    newest === undefined
      ? []
      : findPulsesUpTo(db, newest, 6).map((p) => ({
          ...loadReportAggregates(db, [p.id], { minRaters: threshold }),
          themes: THEMES,
        }));
  return buildReport({ ...aggregates, themes: THEMES }, { threshold, trendInputs });
}

/** Seeds `org` into a fresh database and returns one model per pulse (oldest first). */
export function seededModels(
  org: SyntheticOrganisation,
  threshold: number,
  tagger?: ThemeTagger,
): { models: ReportModel[]; ids: SeededIds } {
  const ctx = freshDb();
  try {
    const ids = seedOrganisation(ctx.db, org, tagger);
    return { models: ids.pulseIds.map((pulseId) => modelOf(ctx.db, { pulseId }, threshold)), ids };
  } finally {
    ctx.cleanup();
  }
}

/** Every string in a JSON value. */
export function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) yield* strings(v);
}

/** Every mrkdwn text in blocks (text objects of type mrkdwn). */
export function* mrkdwnTexts(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* mrkdwnTexts(item);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') yield o.text;
    for (const v of Object.values(o)) if (typeof v === 'object') yield* mrkdwnTexts(v);
  }
}

/** All the mrkdwn a reader sees: the fallback text and every mrkdwn text object. */
export const allMrkdwn = (m: SlackMessage): string => [m.text, ...mrkdwnTexts(m.blocks)].join('\n');

const len = (text: unknown): number => (typeof text === 'string' ? Array.from(text).length : 0);

/** Block Kit limit violations of a list of blocks (empty when all is well). */
export function blockProblems(blocks: readonly KnownBlock[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const totalText = [...mrkdwnTexts(blocks)].reduce((acc, t) => acc + len(t), 0);
  if (totalText > 12_000) problems.push(`${totalText} characters of text in blocks`);
  blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    if (b.type === 'header' && (len(b.text.text) > 150 || len(b.text.text) === 0))
      problems.push(`${at}: header`);
    if (b.type === 'section') {
      if (b.text !== undefined && (len(b.text.text) > 3000 || len(b.text.text) === 0))
        problems.push(`${at}: text`);
      if ((b.fields?.length ?? 0) > 10) problems.push(`${at}: fields`);
      for (const f of b.fields ?? []) if (len(f.text) > 2000) problems.push(`${at}: field text`);
    }
    if (b.type === 'context') {
      if (b.elements.length > 10 || b.elements.length === 0)
        problems.push(`${at}: ${b.elements.length} elements`);
      for (const e of b.elements) if ('text' in e && len(e.text) > 3000) problems.push(`${at}: element text`);
    }
    if (b.type === 'image' && (len(b.alt_text) > 2000 || len(b.alt_text) === 0))
      problems.push(`${at}: alt_text`);
    if (b.type === 'actions')
      for (const e of b.elements)
        if (e.type === 'button' && len(e.text.text) > 75) problems.push(`${at}: button`);
  });
  return problems;
}

/** Limit violations of a message: blocks, and a fallback text that is present and meaningful. */
export function messageProblems(m: SlackMessage): string[] {
  const problems = blockProblems(m.blocks, 50);
  if (m.text.trim().length < 10) problems.push(`fallback text too short: "${m.text}"`);
  if (len(m.text) > 3000) problems.push('fallback text over 3000 characters');
  return problems;
}

/** Every view of a model the app can show, as messages (dashboard and modal wrapped with a dummy text). */
export function allViews(
  model: ReportModel,
  render: typeof import('../../../src/render/slack-report/index'),
  lang: ReportLanguage = 'en',
): { name: string; message: SlackMessage; maxBlocks: number }[] {
  const views: { name: string; message: SlackMessage; maxBlocks: number }[] = [
    { name: 'report', message: render.renderReportMessage(model, { lang }), maxBlocks: 50 },
    { name: 'trend', message: render.renderTrendMessage(model.trend, lang), maxBlocks: 50 },
    {
      name: 'digest',
      message: render.renderDigestMessage(model, {
        heatmapFileId: 'F1',
        periodLabel: 'Week 6',
        previousIndex: 40,
        lang,
      }),
      maxBlocks: 50,
    },
    {
      name: 'digest without image',
      message: render.renderDigestMessage(model, { periodLabel: 'Week 6', lang }),
      maxBlocks: 50,
    },
    {
      name: 'dashboard',
      message: { text: 'dashboard', blocks: render.renderDashboardBlocks(model) },
      maxBlocks: 12,
    },
    {
      name: 'modal',
      // the modal holds the report message's blocks, which are all KnownBlocks
      message: { text: 'modal', blocks: render.renderReportModal(model).blocks as KnownBlock[] },
      maxBlocks: 100,
    },
  ];
  for (const t of model.touchpoints)
    views.push({
      name: `touchpoint ${t.id}`,
      message: render.renderTouchpointMessage(model, t.id, lang),
      maxBlocks: 50,
    });
  for (const d of model.departments) {
    views.push({
      name: `department ${d.id}`,
      message: render.renderDepartmentMessage(model, d.id, lang),
      maxBlocks: 50,
    });
    views.push({
      name: `department digest ${d.id}`,
      message: render.renderDepartmentDigestMessage(model, d.id, 'Week 6', lang),
      maxBlocks: 50,
    });
  }
  return views;
}
