import type { HomeView, KnownBlock } from '@slack/types';
import { ACTIONS } from '../constants/slack-ids';
import { escapeMrkdwn, truncate } from './escape';
import { slackDate } from './slack-date';

export type HomeInput = {
  role: 'admin' | 'leader' | 'employee';
  threshold: number;
  pulse: { id: number; closesAt: Date; answered: boolean } | null;
  optedOut: boolean;
  ownAnswers: { pulseId: number; openedAt: Date; definition: string; open: boolean }[];
  totalAnswers: number;
  /** A line to show at the top (what was just done). */
  notice?: string;
  /** The leaders' dashboard, already rendered. */
  dashboard?: KnownBlock[];
};

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const section = (text: string): KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(text, 3000) },
});

const button = (action_id: string, text: string) => ({
  type: 'button' as const,
  action_id,
  text: plain(text),
});

/** What was just done, as a line at the top. */
function noticeBlocks(notice: string | undefined): KnownBlock[] {
  if (!notice) return [];
  return [
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(`:information_source: ${notice}`, 3000) }],
    },
  ];
}

/** The open pulse and its button, or why there is none. */
function pulseBlocks(input: HomeInput): KnownBlock[] {
  const p = input.pulse;
  if (!p) {
    return [
      section(
        input.optedOut
          ? 'You have opted out of pulses.'
          : 'No pulse is open right now. The next one will reach you by DM.',
      ),
    ];
  }
  return [
    section(
      p.answered
        ? `:white_check_mark: You answered the open pulse. You can change your answer until ${slackDate(p.closesAt)}.`
        : `:wave: *A pulse is open* until ${slackDate(p.closesAt)}. It takes about a minute.`,
    ),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.homeAnswerPulse,
          text: plain(p.answered ? 'Change my answer' : 'Answer the pulse'),
          value: String(p.id),
          ...(p.answered ? {} : { style: 'primary' as const }),
        },
      ],
    },
  ];
}

/** Leaders' dashboard with its report button; the settings button for admins. */
function leaderBlocks(input: HomeInput): KnownBlock[] {
  if (input.dashboard && input.dashboard.length > 0 && input.role !== 'employee') {
    return [
      { type: 'divider' },
      ...input.dashboard.slice(0, 40),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.homeOpenReport,
            text: plain('Open the full report'),
            style: 'primary',
          },
          ...(input.role === 'admin' ? [button(ACTIONS.homeOpenSettings, 'Settings')] : []),
        ],
      },
    ];
  }
  if (input.role === 'admin') {
    return [{ type: 'actions', elements: [button(ACTIONS.homeOpenSettings, 'Settings')] }];
  }
  return [];
}

/** The person's own stored answers, newest first, and how many older ones are not listed. */
function ownAnswerBlocks(input: HomeInput): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'divider' }, { type: 'header', text: plain('Your answers') }];
  if (input.ownAnswers.length === 0) return [...blocks, section('You have no answers stored.')];
  for (const a of input.ownAnswers) {
    blocks.push(
      section(
        `*Pulse #${a.pulseId}* · ${slackDate(a.openedAt, '{date_short}')}${a.open ? ' · open' : ''}\n>${escapeMrkdwn(truncate(a.definition, 280)).replace(/\n/g, '\n>')}`,
      ),
    );
  }
  if (input.totalAnswers > input.ownAnswers.length) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `…and ${input.totalAnswers - input.ownAnswers.length} older answers.` },
      ],
    });
  }
  return blocks;
}

/**
 * What "Delete my data" deletes and what stays (a confirm dialog holds 300 characters): the answers
 * and quotes from them go; closed pulses' totals stay, since they counted the answers without a name.
 */
export function deleteConfirmText(answers: number): string {
  const what = answers === 1 ? 'your stored answer' : `all ${answers} of your stored answers`;
  return `This deletes ${what} for good, with any quote taken from them. Results of pulses already closed stay as they are: they hold your answers only inside group totals, never with your name, so nothing in them leads back to you.`;
}

/** What the Home tab says once "Delete my data" is done: what went, what stays, and why that is safe. */
export function deletedNotice(deleted: number): string {
  if (deleted === 0) return 'You had no stored answers; nothing was deleted.';
  const what = `${deleted} answer${deleted === 1 ? '' : 's'} of yours`;
  return `Deleted ${what}: the definitions, ratings, priorities and comments, and any quote taken from them. An open pulse will not count ${deleted === 1 ? 'it' : 'them'}. Results of pulses already closed stay as they were, as group totals that never held your name.`;
}

/** The privacy line and the person's data controls: opt out or in, delete everything. */
function dataControlBlocks(input: HomeInput): KnownBlock[] {
  return [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `:lock: Only you see this list. Reports show groups of ${input.threshold}+ people and never name anyone.`,
        },
      ],
    },
    {
      type: 'actions',
      elements: [
        input.optedOut
          ? button(ACTIONS.homeOptIn, 'Receive pulses again')
          : button(ACTIONS.homeOptOut, 'Stop sending me pulses'),
        {
          type: 'button',
          action_id: ACTIONS.homeDeleteData,
          text: plain('Delete my data'),
          style: 'danger',
          confirm: {
            title: plain('Delete your answers?'),
            text: {
              type: 'mrkdwn',
              text: deleteConfirmText(input.totalAnswers),
            },
            confirm: plain('Delete'),
            deny: plain('Keep them'),
            style: 'danger',
          },
        },
      ],
    },
  ];
}

/** App Home: the open pulse, your own answers and your data controls; leaders' dashboard; admins' settings. */
export function renderHome(input: HomeInput): HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain('CX Align') },
    ...noticeBlocks(input.notice),
    ...pulseBlocks(input),
    ...leaderBlocks(input),
    ...ownAnswerBlocks(input),
    ...dataControlBlocks(input),
  ];
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
