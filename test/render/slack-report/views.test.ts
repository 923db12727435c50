import type { ImageBlock } from '@slack/types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report/index';
import { generateOrganisation } from '../../../src/demo/generate-organisation';
import { escapeMrkdwn } from '../../../src/render/escape';
import { one } from '../../../src/render/report-format';
import * as render from '../../../src/render/slack-report/index';
import {
  heatmapInputFromModel,
  renderDepartmentDigestMessage,
  renderDepartmentMessage,
  renderDigestMessage,
  renderTouchpointMessage,
  renderTrendMessage,
} from '../../../src/render/slack-report/index';
import { freshDb } from '../../support/test-db';
import { allMrkdwn, allViews, messageProblems, modelOf, seededModels, strings } from './support';

let models: ReportModel[];
let latest: ReportModel;
let hiddenId: number;

beforeAll(() => {
  const org = generateOrganisation({ seed: 7, respondents: 400, pulses: 3 });
  const seeded = seededModels(org, 5);
  models = seeded.models;
  const last = models.at(-1);
  if (last === undefined) throw new Error('no model');
  latest = last;
  hiddenId = seeded.ids.departmentIds[org.departments.findIndex((d) => d.name === 'Executive')] ?? -1;
});

describe('anonymity', () => {
  it('never names Executive (3 respondents) in any view, except through the suppressed note', () => {
    expect(latest.suppressed.departments).toEqual(['Executive']);
    const note = latest.suppressed.note ?? '';
    expect(note).not.toContain('Executive');
    let notes = 0;
    for (const { name, message } of allViews(latest, render)) {
      for (const s of strings(message)) {
        if (note !== '' && s.includes(note)) notes += 1;
        expect(s, name).not.toContain('Executive');
      }
    }
    expect(notes).toBeGreaterThan(0);
  });
});

describe('one touchpoint across departments', () => {
  it('gives every shown department its mean, n, bar and agreement, and the verdict', () => {
    const d = latest.divergences.find((x) => x.touchpoint === 'Customer support');
    if (d === undefined) throw new Error('no divergence');
    const m = renderTouchpointMessage(latest, d.touchpointId);
    const text = allMrkdwn(m);
    expect(text).toContain('Departments diverge');
    for (const c of latest.cells.filter((x) => x.touchpointId === d.touchpointId && x.stats !== null)) {
      expect(text).toContain(`*${one(c.stats?.mean ?? 0)}* ${escapeMrkdwn(c.department)} · n ${c.stats?.n}`);
    }
    expect(text).toMatch(/`▇+░*`/);
    expect(text).toContain('pick it as a top 3');
    expect(messageProblems(m)).toEqual([]);
  });

  it('answers an unknown touchpoint with the list of touchpoints', () => {
    const m = renderTouchpointMessage(latest, -1);
    expect(m.text).toContain('not in this report');
    expect(m.text).toContain('*Brand reputation*');
  });
});

describe('one department against the others', () => {
  it('compares Sales with the raters-weighted mean of the other shown departments, biggest first', () => {
    const sales = latest.departments.find((x) => x.name === 'Sales');
    if (sales === undefined) throw new Error('no Sales');
    const tp = latest.touchpoints.find((t) => t.name === 'Sales conversations');
    const own = latest.cells.find((c) => c.departmentId === sales.id && c.touchpointId === tp?.id)?.stats;
    const others = latest.cells.filter((c) => c.departmentId !== sales.id && c.touchpointId === tp?.id);
    const n = others.reduce((a, c) => a + (c.stats?.n ?? 0), 0);
    const mean = others.reduce((a, c) => a + (c.stats?.mean ?? 0) * (c.stats?.n ?? 0), 0) / n;
    const m = renderDepartmentMessage(latest, sales.id);
    const text = allMrkdwn(m);
    expect(text).toContain(`*Sales conversations*: Sales ${one(own?.mean ?? 0)} vs the others ${one(mean)}`);
    const ratings = text.split('\n').filter((l) => /^\*[^*]+\*: Sales \d/.test(l));
    expect(ratings[0]).toContain('*Sales conversations*');
    expect(text).toContain("of Sales's answers pick it as a top 3");
    expect(messageProblems(m)).toEqual([]);
  });

  it('says nothing about a department that is not shown', () => {
    const m = renderDepartmentMessage(latest, hiddenId);
    expect(JSON.stringify(m)).not.toContain('Executive');
    expect(m.text).toContain('nothing to show for that department');
  });

  it('makes a shorter digest for the department channel', () => {
    const cs = latest.departments.find((x) => x.name === 'Customer Service');
    if (cs === undefined) throw new Error('no Customer Service');
    const m = renderDepartmentDigestMessage(latest, cs.id, 'Week of 3 February');
    expect(m.text).toContain("How Customer Service's view differs from the other");
    expect(m.text).toContain('Week of 3 February');
    expect(messageProblems(m)).toEqual([]);
    expect(m.blocks.length).toBeLessThan(renderDepartmentMessage(latest, cs.id).blocks.length + 1);
  });
});

describe('the trend', () => {
  it('lists the index and parts per pulse, oldest first, with changes', () => {
    const m = renderTrendMessage(latest.trend);
    const text = allMrkdwn(m);
    const positions = latest.trend.map((p) => text.indexOf(`*Pulse #${p.pulseId}*`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/since #\d+\)/);
    expect(renderTrendMessage(latest).text).toBe(m.text);
    expect(messageProblems(m)).toEqual([]);
  });

  it('explains that a trend needs two pulses', () => {
    expect(renderTrendMessage(models[0]?.trend ?? []).text).toContain('needs at least two pulses');
    expect(renderTrendMessage([]).text).toContain('needs at least two pulses');
  });
});

describe('the weekly digest', () => {
  it('shows the heatmap as a Slack file with alt text when one was uploaded', () => {
    const m = renderDigestMessage(latest, { heatmapFileId: 'F0HEATMAP', periodLabel: 'Week of 3 February' });
    const images = m.blocks.filter((b): b is ImageBlock => b.type === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ slack_file: { id: 'F0HEATMAP' } });
    expect(images[0]?.alt_text).toMatch(/^Heatmap: /);
    expect(renderDigestMessage(latest, { periodLabel: 'x' }).blocks.some((b) => b.type === 'image')).toBe(
      false,
    );
  });

  it('is short, with the numbers in words, quotes by department only, participation and the footer', () => {
    const m = renderDigestMessage(latest, {
      heatmapFileId: 'F1',
      periodLabel: 'Week of 3 February',
      previousIndex: 50,
    });
    expect(messageProblems(m)).toEqual([]);
    expect(m.blocks.filter((b) => b.type === 'section').length).toBeLessThanOrEqual(10);
    const text = allMrkdwn(m);
    expect(text).toContain('since the last digest');
    const top = latest.divergences[0];
    if (top?.significant)
      expect(text).toContain(
        `${top.high.department} rates *${escapeMrkdwn(top.touchpoint)}* ${one(top.high.mean)}`,
      );
    const quotes = text.split('\n').filter((l) => l.startsWith('> “'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(3);
    const shown = new Set(latest.departments.map((d) => escapeMrkdwn(d.name)));
    for (const q of quotes) expect(shown.has(/ — _(.+)_$/.exec(q)?.[1] ?? '')).toBe(true);
    expect(text).toMatch(/\d+ of \d+ answered \(\d+%\) across \d+ departments/);
    expect(text).toContain(`Groups under ${latest.threshold} people are never shown`);
  });

  it('is friendly with no pulse at all', () => {
    const ctx = freshDb();
    try {
      const empty = modelOf(ctx.db, { last: 1 }, 5);
      const m = renderDigestMessage(empty, { periodLabel: 'Week 1' });
      expect(m.text).toContain('No pulse results yet');
      expect(messageProblems(m)).toEqual([]);
    } finally {
      ctx.cleanup();
    }
  });
});

describe('the heatmap input', () => {
  it('has the shown departments and touchpoints, and null for a hidden cell', () => {
    const input = heatmapInputFromModel(latest);
    expect(input.departments).toEqual(latest.departments.map((d) => d.name));
    expect(input.touchpoints).toEqual(latest.touchpoints.map((t) => t.name));
    expect(input.cells).toHaveLength(latest.cells.length);
    for (const [i, c] of latest.cells.entries())
      expect(input.cells[i]?.mean ?? null).toBe(c.stats?.mean ?? null);
    expect(JSON.stringify(input)).not.toContain('Executive');
  });
});
