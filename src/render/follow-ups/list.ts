/**
 * `/cx-alignment followups` and `cx-align followups`: open, overdue and resolved follow-ups, in
 * Slack (a few fitted sections, far inside the 50-block and 12,000-character limits whatever the
 * number of follow-ups or the length of their text) and as terminal text.
 */
import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn, truncate } from '../escape';
import type { SlackMessage } from '../help';
import { one, plain } from '../report-format';
import { context, fitLines, header, section } from '../slack-report/blocks';
import { slackDay } from './day';
import { outcomeWords, subjectWords } from './outcome-line';
import type { FollowUpView } from './types';

/** How much of a next step a list line shows. */
const STEP_IN_LIST = 140;
/** Each group's section: three of them stay under the message's 12,000 characters in all. */
const GROUP_CHARS = 3000;

export type FollowUpGroups = { overdue: FollowUpView[]; open: FollowUpView[]; resolved: FollowUpView[] };

/** Overdue (open, due before today), open (including done ones waiting to be measured), resolved. */
export function groupFollowUps(rows: readonly FollowUpView[], today: string): FollowUpGroups {
  const overdue = rows.filter((f) => f.status === 'open' && f.dueDate < today);
  const open = rows.filter((f) => f.status !== 'resolved' && !overdue.includes(f));
  return { overdue, open, resolved: rows.filter((f) => f.status === 'resolved') };
}

const measured = (f: FollowUpView): string => (f.outcome ? ` · ${outcomeWords(f.outcome)}` : '');

function slackLine(f: FollowUpView): string {
  const step = escapeMrkdwn(truncate(plain(f.nextStep), STEP_IN_LIST));
  const done = f.status === 'done' ? ' · _done, waiting for the next pulse to measure_' : '';
  return `#${f.id} ${subjectWords(f)} (gap ${one(f.gap)}): ${step} · <@${f.ownerId}> · due ${slackDay(f.dueDate)}${done}${measured(f)}`;
}

const TITLES: Record<keyof FollowUpGroups, string> = {
  overdue: ':warning: Overdue',
  open: ':hourglass_flowing_sand: Open',
  resolved: ':white_check_mark: Resolved',
};

export function renderFollowUpList(rows: readonly FollowUpView[], today: string): SlackMessage {
  const groups = groupFollowUps(rows, today);
  const counts = `${groups.overdue.length} overdue, ${groups.open.length} open, ${groups.resolved.length} resolved`;
  if (rows.length === 0)
    return {
      text: 'No follow-ups yet.',
      blocks: [
        section('No follow-ups yet. Press *Follow up* under a divergence in `/cx-alignment` to start one.'),
      ],
    };
  const blocks: KnownBlock[] = [header('Follow-ups'), context(counts)];
  for (const key of ['overdue', 'open', 'resolved'] as const) {
    const list = groups[key];
    if (list.length > 0)
      blocks.push(section(fitLines([`*${TITLES[key]}*`, ...list.map(slackLine)], GROUP_CHARS)));
  }
  return { text: `Follow-ups: ${counts}.`, blocks };
}

/** The same list for the terminal: no mrkdwn, owners as their Slack ids. */
export function renderFollowUpText(rows: readonly FollowUpView[], today: string): string {
  if (rows.length === 0) return 'No follow-ups yet.\n';
  const groups = groupFollowUps(rows, today);
  const out: string[] = [];
  for (const key of ['overdue', 'open', 'resolved'] as const) {
    const list = groups[key];
    out.push(`${key[0]?.toUpperCase()}${key.slice(1)} (${list.length})`);
    for (const f of list) {
      const outcome = f.outcome ? ` — ${outcomeWords(f.outcome)}` : '';
      const done = f.status === 'done' ? ' — done, waiting for the next pulse to measure' : '';
      out.push(
        `  #${f.id} ${plain(f.subjectName)}, ${plain(f.highDepartment)} vs ${plain(f.lowDepartment)} (gap ${one(f.gap)}): ${plain(f.nextStep)}`,
        `      owner ${f.ownerId}, due ${f.dueDate}${done}${outcome}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
