/** The open pulse's line: what the leaders' views say of a pulse instead of its results. */
import { describe, expect, it } from 'vitest';
import type { OpenPulseLine } from '../../../src/analytics/report/index';
import { slackDate } from '../../../src/render/slack-date';
import {
  DASHBOARD_MAX_BLOCKS,
  NO_CLOSED_RESULTS,
  openPulseNote,
  openPulseWords,
  renderDashboardBlocks,
  renderReportMessage,
  renderReportModal,
  withOpenPulse,
} from '../../../src/render/slack-report/index';

const CLOSES = Date.UTC(2026, 10, 28, 10);
const open = (over: Partial<OpenPulseLine> = {}): OpenPulseLine => ({
  pulseId: 7,
  openedAt: CLOSES - 3 * 86_400_000,
  closesAt: CLOSES,
  threshold: 5,
  departmentsShown: 5,
  delivered: 60,
  participation: { kind: 'count', about: 40, percent: 67 },
  ...over,
});

describe('openPulseWords', () => {
  it('says until when, about how many answered so far, and when the results come', () => {
    expect(openPulseWords(open())).toBe(
      `*Pulse #7 is open* until ${slackDate(new Date(CLOSES))}: about 40 of 60 have answered so far (about 67%), across 5 departments. Its results come when it closes.`,
    );
    expect(openPulseWords(open(), false)).toMatch(/^Pulse #7 is open until/);
  });

  it('gives no count before a department reaches the threshold', () => {
    const words = openPulseWords(
      open({ departmentsShown: 0, delivered: 0, participation: { kind: 'none' } }),
    );
    expect(words).toContain('no department has 5 answers yet. Its results come when it closes.');
    expect(words).not.toContain('of 0');
  });

  it('counts answers alone when no invitation was recorded as delivered', () => {
    expect(
      openPulseWords(
        open({
          delivered: 0,
          departmentsShown: 1,
          participation: { kind: 'count', about: 5, percent: null },
        }),
      ),
    ).toContain(': about 5 answers so far, across 1 department.');
  });

  it('from 100 answers on, says the share of the invited; under 5, says so', () => {
    const share = (percent: number) =>
      openPulseWords(open({ delivered: 210, participation: { kind: 'share', percent } }));
    expect(share(70)).toContain(': about 70% of the 210 invited have answered so far, across 5 departments.');
    expect(share(0)).toContain(': under 5% of the 210 invited have answered so far');
    expect(openPulseWords(open({ participation: { kind: 'fewer-than-5' } }))).toContain(
      ': fewer than 5 of 60 have answered so far, across 5 departments.',
    );
  });

  it('says in its note that the counts are rounded and updated at most hourly', () => {
    expect(openPulseNote(open())).toContain(
      'rounded (to a multiple of 5 under 100 answers, else to 5% of those invited)',
    );
    expect(openPulseNote(open())).toContain('at most once an hour');
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
