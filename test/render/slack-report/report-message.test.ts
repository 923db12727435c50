import type { KnownBlock } from '@slack/types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report/index';
import { generateOrganisation } from '../../../src/demo/generate-organisation';
import { escapeMrkdwn } from '../../../src/render/escape';
import { one } from '../../../src/render/report-format';
import {
  NO_RESULTS,
  renderDashboardBlocks,
  renderReportMessage,
  renderReportModal,
} from '../../../src/render/slack-report/index';
import { allMrkdwn, blockProblems, messageProblems, seededModels } from './support';

describe('the leader report of the synthetic organisation', () => {
  let latest: ReportModel;

  beforeAll(() => {
    const { models } = seededModels(generateOrganisation({ seed: 42, respondents: 400, pulses: 3 }), 5);
    const last = models.at(-1);
    if (last === undefined) throw new Error('no model');
    latest = last;
  });

  it('names the planted divergence on Sales conversations with both departments and their means', () => {
    const d = latest.divergences.find((x) => x.touchpoint === 'Sales conversations');
    expect(d?.significant).toBe(true);
    expect([d?.high.department, d?.low.department]).toEqual(['Sales', 'Customer Service']);
    if (d === undefined) return;
    const text = allMrkdwn(renderReportMessage(latest));
    expect(text).toContain(
      `Sales rates *Sales conversations* ${one(d.high.mean)}, Customer Service ${one(d.low.mean)} (gap ${one(d.gap)})`,
    );
  });

  it('shows the index with its three parts and the change since the previous pulse', () => {
    const m = renderReportMessage(latest);
    const { value, parts } = latest.alignment;
    const point = latest.trend.at(-1);
    const previous = latest.trend.at(-2);
    expect(value).not.toBeNull();
    if (value === null || point?.index == null || previous?.index == null) return;
    const arrow = Math.round(point.index) - Math.round(previous.index);
    const parts100 = [parts.ratingAgreement, parts.priorityConcordance, parts.definitionSimilarity].map((p) =>
      Math.round((p.value ?? 0) * 100),
    );
    const line = `Alignment index *${Math.round(value)}*/100 (${arrow === 0 ? 'no change' : `${arrow > 0 ? '▲' : '▼'} ${Math.abs(arrow)}`} since pulse #${previous.pulseId}) · ratings ${parts100[0]} · priorities ${parts100[1]} · definitions ${parts100[2]}`;
    expect(allMrkdwn(m)).toContain(line);
    expect(m.text).toContain(`Alignment index ${Math.round(value)}/100`);
  });

  it('covers agreement, splits, priorities, quadrants, definitions, participation and the formula', () => {
    const text = allMrkdwn(renderReportMessage(latest));
    for (const d of latest.divergences.filter((x) => x.verdict === 'agrees').slice(0, 3))
      expect(text).toContain(`*${escapeMrkdwn(d.touchpoint)}*: all ${d.departments} departments within`);
    const split = latest.cells.find((c) => c.stats?.agreement === 'split');
    if (split !== undefined) expect(text).toContain(`is split on *${escapeMrkdwn(split.touchpoint)}*`);
    expect(text).toContain("Kendall's W");
    const opposite = latest.importancePerformance.conflicts.find((c) => c.opposite);
    if (opposite !== undefined)
      expect(text).toContain(`*${escapeMrkdwn(opposite.touchpoint)}* (opposite views)`);
    for (const c of latest.definitions.consensus.slice(0, 1)) expect(text).toContain(escapeMrkdwn(c.label));
    const answered = latest.participation.reduce((a, p) => a + p.answered, 0);
    expect(text).toContain(`${answered} of ${latest.totals.delivered} answered`);
    expect(text).toContain('rating agreement (1 − mean ε²');
    expect(text).toContain('See `/cx-alignment help` for more views');
    if (latest.suppressed.note !== null) expect(text).toContain(latest.suppressed.note);
  });

  it('keeps to Block Kit limits, in a message and in the modal', () => {
    expect(messageProblems(renderReportMessage(latest))).toEqual([]);
    expect(messageProblems(renderReportMessage(latest, { title: 'x'.repeat(400) }))).toEqual([]);
    const modal = renderReportModal(latest);
    expect(modal.type).toBe('modal');
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(blockProblems(modal.blocks as KnownBlock[], 100)).toEqual([]);
    expect(modal.blocks).toEqual(renderReportMessage(latest).blocks.slice(1));
  });

  it('puts the index, its parts, the top divergence and participation on the dashboard', () => {
    const blocks = renderDashboardBlocks(latest);
    expect(blocks.length).toBeLessThanOrEqual(12);
    expect(blockProblems(blocks, 12)).toEqual([]);
    const text = allMrkdwn({ text: '', blocks });
    const top = latest.divergences[0];
    expect(text).toContain('Alignment index');
    expect(text).toContain('priorities');
    if (top?.significant)
      expect(text).toContain(`${escapeMrkdwn(top.high.department)} rates *${escapeMrkdwn(top.touchpoint)}*`);
    expect(text).toMatch(/\d+ of \d+ answered \(\d+%\) across \d+ departments/);
  });
});

describe('a report with nothing to compare', () => {
  it('says there are no pulse results yet when there is no model or no pulse', () => {
    expect(renderReportMessage(null).text).toContain(NO_RESULTS);
    expect(renderReportModal(undefined).blocks.length).toBeGreaterThan(0);
    const blocks = renderDashboardBlocks(null);
    expect(allMrkdwn({ text: '', blocks })).toContain('No pulse results yet');
  });

  it('explains that two departments are needed when only one reaches the threshold', () => {
    const org = generateOrganisation({
      seed: 3,
      pulses: 1,
      departments: [
        { name: 'Support', weight: 0, size: 12, responseRate: 1, themes: { speed: 2 } },
        { name: 'Legal', weight: 0, size: 2, responseRate: 1, themes: { trust: 2 } },
      ],
    });
    const [model] = seededModels(org, 5).models;
    expect(model?.totals.departmentsShown).toBe(1);
    const m = renderReportMessage(model);
    expect(m.text).toContain('Not enough to compare yet: only 1 department has at least 5 respondents');
    expect(messageProblems(m)).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('Legal');
    expect(allMrkdwn(m)).toContain('1 department with fewer than 5 respondents is not shown.');
  });
});
