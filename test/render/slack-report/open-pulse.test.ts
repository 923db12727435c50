/** The open pulse's line: what the leaders' views say of a pulse instead of its results. */
import { describe, expect, it } from 'vitest';
import type { OpenPulseProgress } from '../../../src/analytics/report/index';
import { slackDate } from '../../../src/render/slack-date';
import {
  DASHBOARD_MAX_BLOCKS,
  NO_CLOSED_RESULTS,
  openPulseWords,
  renderDashboardBlocks,
  renderReportMessage,
  renderReportModal,
  withOpenPulse,
} from '../../../src/render/slack-report/index';

const CLOSES = Date.UTC(2026, 10, 28, 10);
const open = (over: Partial<OpenPulseProgress> = {}): OpenPulseProgress => ({
  pulseId: 7,
  openedAt: CLOSES - 3 * 86_400_000,
  closesAt: CLOSES,
  threshold: 5,
  departmentsShown: 5,
  answered: 41,
  delivered: 60,
  responseRate: 41 / 60,
  ...over,
});

describe('openPulseWords', () => {
  it('says until when, how many answered so far, and when the results come', () => {
    expect(openPulseWords(open())).toBe(
      `*Pulse #7 is open* until ${slackDate(new Date(CLOSES))}: 41 of 60 have answered so far (68%), across 5 departments. Its results come when it closes.`,
    );
    expect(openPulseWords(open(), false)).toMatch(/^Pulse #7 is open until/);
  });

  it('gives no count before a department reaches the threshold', () => {
    const words = openPulseWords(
      open({ departmentsShown: 0, answered: 0, delivered: 0, responseRate: null }),
    );
    expect(words).toContain('no department has 5 answers yet. Its results come when it closes.');
    expect(words).not.toContain('of 0');
  });

  it('counts answers alone when no invitation was recorded as delivered', () => {
    expect(
      openPulseWords(open({ delivered: 0, responseRate: null, departmentsShown: 1, answered: 1 })),
    ).toContain(': 1 answer so far, across 1 department.');
  });
});

describe('the views with an open pulse', () => {
  it('withOpenPulse puts the line after the header and first in the fallback; no open pulse, no change', () => {
    const msg = {
      text: 'Report',
      blocks: [{ type: 'header' as const, text: { type: 'plain_text' as const, text: 'R' } }],
    };
    expect(withOpenPulse(msg, null)).toBe(msg);
    const withLine = withOpenPulse(msg, open());
    expect(withLine.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(withLine.text.split('\n')[0]).toBe(openPulseWords(open(), false));
  });

  it('with no closed pulse, the report, the modal and the dashboard are the open line and no figure', () => {
    const report = JSON.stringify(renderReportMessage(null, { open: open() }));
    const modal = JSON.stringify(renderReportModal(null, open()));
    const dashboard = renderDashboardBlocks(null, open());
    expect(dashboard.length).toBeLessThanOrEqual(DASHBOARD_MAX_BLOCKS);
    for (const body of [report, modal, JSON.stringify(dashboard)]) {
      expect(body).toContain('*Pulse #7 is open*');
      expect(body).toContain(NO_CLOSED_RESULTS);
      expect(body).not.toContain('Alignment index');
    }
  });
});
