import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analytics/report/index';
import { renderFollowUpList, renderFollowUpText } from '../../src/render/follow-ups/list';
import { renderFollowUpModal } from '../../src/render/follow-ups/modal';
import { followUpButtons } from '../../src/render/follow-ups/report-buttons';
import type { FollowUpView } from '../../src/render/follow-ups/types';
import { LIMITS } from '../../src/render/slack-report/blocks';
import { literalInput, times } from '../analytics/report/fixtures';

const LONG = 'Customer Service & Support <Operations> '.repeat(6);
const STEP = 'Gather both teams in a round-table & agree what <great> support means; '.repeat(14);
const TODAY = '2026-12-07';

function followUp(id: number): FollowUpView {
  const statuses = ['open', 'done', 'resolved'] as const;
  return {
    id,
    pulseId: 3,
    subjectName: `${LONG} touchpoint ${id}`,
    departments: [LONG, `${LONG} 2`],
    highDepartment: LONG,
    lowDepartment: `${LONG} 2`,
    gap: 1.9,
    highMean: 4.1,
    lowMean: 2.2,
    significant: true,
    ownerId: 'UOWNER001',
    nextStep: STEP,
    dueDate: id % 2 === 0 ? '2026-11-30' : '2026-12-31',
    channelId: null,
    status: statuses[id % 3] ?? 'open',
    doneNote: null,
    outcome:
      id % 3 === 2
        ? { kind: 'measured', pulseIds: [4], before: 1.9, after: 0.4, significant: false, closed: true }
        : null,
  };
}

describe('follow-up renderers keep inside Block Kit limits', () => {
  it('lists 50 follow-ups with long names and long next steps in a few fitted sections', () => {
    const rows = Array.from({ length: 50 }, (_, i) => followUp(i + 1));
    const message = renderFollowUpList(rows, TODAY);
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    const sections = message.blocks.filter((b) => b.type === 'section');
    const texts = sections.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''));
    expect(texts.every((t) => t.length <= LIMITS.sectionText)).toBe(true);
    expect(texts.join('').length).toBeLessThan(LIMITS.messageChars);
    expect(texts.join('\n')).toMatch(/…and \d+ more/);
    expect(texts.map((t) => t.split('\n')[0])).toEqual(
      [':warning: Overdue', ':hourglass_flowing_sand: Open', ':white_check_mark: Resolved'].map(
        (t) => `*${t}*`,
      ),
    );
    expect(texts.join('\n')).not.toContain('<great>');
    expect(texts[2]).toContain('gap 1.9 → 0.4, no longer significant');
    const overdue = rows.filter((f) => f.status === 'open' && f.dueDate < TODAY).length;
    const resolved = rows.filter((f) => f.status === 'resolved').length;
    expect(overdue).toBeGreaterThan(0);
    expect(message.text).toBe(
      `Follow-ups: ${overdue} overdue, ${rows.length - overdue - resolved} open, ${resolved} resolved.`,
    );
  });

  it('says how to start when there is none', () => {
    expect(renderFollowUpList([], TODAY).text).toBe('No follow-ups yet.');
  });

  it('prints the same groups in the terminal, without mrkdwn', () => {
    const text = renderFollowUpText([followUp(6), followUp(1), followUp(5)], TODAY);
    expect(text).toMatch(/^Overdue \(1\)\n {2}#6 /);
    expect(text).toContain('Open (1)\n  #1 ');
    expect(text).toContain('Resolved (1)\n  #5 ');
    expect(text).toContain('gap 1.9 → 0.4, no longer significant');
    expect(text).not.toContain('*');
  });

  it('cuts long names in the modal to Slack’s option and title limits', () => {
    const view = renderFollowUpModal({
      privateMetadata: '{"pulseId":1,"touchpointId":2}',
      subjectName: LONG,
      high: { departmentId: 1, department: LONG, mean: 4.1 },
      low: { departmentId: 2, department: `${LONG} 2`, mean: 2.2 },
      gap: 1.9,
      departments: Array.from({ length: 60 }, (_, i) => ({ id: i + 1, name: `${LONG} ${i}` })),
      initialDueDate: '2026-12-21',
    });
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.viewBlocks);
    expect(view.title.text.length).toBeLessThanOrEqual(LIMITS.modalTitle);
    const options = (
      view.blocks[2] as { element: { options: { text: { text: string } }[]; initial_options: unknown[] } }
    ).element;
    expect(options.options.length).toBeLessThanOrEqual(100);
    expect(options.options.every((o) => o.text.text.length <= 75)).toBe(true);
    expect(options.initial_options).toHaveLength(2);
    // mrkdwn (the context line) is escaped; plain_text options show the name as written
    expect(JSON.stringify(view.blocks[0])).not.toContain('<Operations>');
  });

  it('puts one Follow up button per significant divergence, text cut to the button limit', () => {
    const tps = [1, 2, 3].map((id) => ({ id, name: `${LONG} ${id}` }));
    const model = buildReport(
      literalInput(
        [
          {
            id: 1,
            name: 'Sales',
            respondents: 6,
            ratings: { 1: times(5, 6), 2: times(5, 6), 3: times(3, 6) },
          },
          {
            id: 2,
            name: 'Support',
            respondents: 6,
            ratings: { 1: times(1, 6), 2: times(2, 6), 3: times(3, 6) },
          },
        ],
        tps,
      ),
      { threshold: 5 },
    );
    const block = followUpButtons(model, 5);
    expect(block?.elements.map((e) => (e.type === 'button' ? e.value : ''))).toEqual(['1:1', '1:2']);
    expect(block?.elements.every((e) => e.type === 'button' && e.text.text.length <= LIMITS.buttonText)).toBe(
      true,
    );
  });
});
