import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn } from './escape';

export type SlackMessage = { text: string; blocks: KnownBlock[] };

const LINES: [string, string][] = [
  [
    '`/cx-alignment`',
    'the alignment report of the latest closed pulse: where departments agree and where they diverge',
  ],
  ['`/cx-alignment touchpoint NAME`', 'one touchpoint across departments (e.g. `touchpoint support`)'],
  ['`/cx-alignment dept NAME`', 'how one department’s view differs from the rest (e.g. `dept sales`)'],
  ['`/cx-alignment trend`', 'the alignment index and its parts across recent pulses'],
  ['`/cx-alignment export`', 'a CSV of the report’s aggregates, sent to you as a DM'],
  ['`/cx-alignment pulse now`', 'open a pulse for everyone now (admins)'],
  ['`/cx-alignment pulse close`', 'close the open pulse now, after a confirmation (admins)'],
  ['`/cx-alignment config`', 'departments, touchpoints, schedules, channels, leaders, anonymity (admins)'],
  [
    '`/cx-alignment themes [add|remove LANG THEME WORDS]`',
    'your own words for a CX theme, per language, e.g. `themes add fr speed sans délai` (admins)',
  ],
  ['`/cx-alignment followups`', 'the follow-ups on divergences: overdue, open and resolved'],
  ['`/cx-alignment help`', 'this message'],
];

/**
 * The help for `/cx-alignment`, optionally preceded by why it is shown (an unknown subcommand).
 * Pure: builds Block Kit and a plain-text fallback.
 */
export function renderHelp(options: { problem?: string; input?: string } = {}): SlackMessage {
  const intro =
    'CX Align shows where our departments agree, and quietly disagree, about what a great customer experience is. ' +
    'Everyone answers a one-minute pulse; leaders see the alignment here and in the weekly digest. ' +
    'Groups smaller than the anonymity threshold are never shown, and no answer is ever attributed to anyone.';
  const blocks: KnownBlock[] = [];
  let text = '';
  if (options.problem) {
    const shown = options.input ? `\`${escapeMrkdwn(options.input.replace(/`/g, "'"))}\`: ` : '';
    const line = `:thinking_face: ${shown}${escapeMrkdwn(options.problem)} Here is what I can do:`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: line } });
    text += `${line}\n`;
  } else {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: 'CX Align', emoji: true } });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: intro } });
    text += `${intro}\n`;
  }
  const list = LINES.map(([cmd, what]) => `• ${cmd}: ${what}`).join('\n');
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: list } });
  blocks.push({
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: 'Your own answers and the button to delete them are on the app’s *Home* tab.' },
    ],
  });
  text += list;
  return { text, blocks };
}
