/**
 * What the leaders' views say about a pulse that is still open: that it is open, until when, about
 * how many have answered so far (rounded, departments at or above the threshold only), and that its results
 * come when it closes. Never a figure of its answers: the views show closed pulses only.
 */
import type { KnownBlock } from '@slack/types';
import type { OpenPulseLine, RoundedParticipation } from '../../analytics/report/index';
import type { SlackMessage } from '../help';
import { slackDate } from '../slack-date';
import { context, header, message, section } from './blocks';
import { plural } from './words';

/** Said when no pulse has closed yet (a pulse is open). */
export const NO_CLOSED_RESULTS =
  'There are no results yet: a pulse’s results show here once it has closed, never while people are still answering.';

/**
 * "*Pulse #7 is open* until <date>: about 40 of 60 have answered so far (about 67%), across 5 departments. Its
 * results come when it closes."
 */
export function openPulseWords(open: OpenPulseLine, emphasis = true): string {
  const pulse = emphasis ? `*Pulse #${open.pulseId} is open*` : `Pulse #${open.pulseId} is open`;
  const until = `${pulse} until ${slackDate(new Date(open.closesAt))}`;
  const after = 'Its results come when it closes.';
  if (open.departmentsShown === 0) return `${until}; ${answeredSoFar(open)}. ${after}`;
  return `${until}: ${answeredSoFar(open)}. ${after}`;
}

/** The rounded participation, with the invited when any invitation was recorded delivered. */
function roundedWords(r: RoundedParticipation, delivered: number): string {
  const of = delivered > 0 ? ` of ${delivered} have answered` : '';
  switch (r.kind) {
    case 'none':
      return delivered > 0 ? `none of ${delivered} has answered yet` : 'no answers yet';
    case 'fewer-than-5':
      return delivered > 0 ? `fewer than 5${of} so far` : 'fewer than 5 answers so far';
    case 'count':
      return r.percent === null
        ? `about ${plural(r.about, 'answer')} so far`
        : `about ${r.about}${of} so far (about ${r.percent}%)`;
    case 'share':
      return `${r.percent === 0 ? 'under 5%' : `about ${r.percent}%`} of the ${delivered} invited have answered so far`;
  }
}

/**
 * "about 40 of 60 have answered so far (about 67%), across 5 departments", or "no department has 5
 * answers yet": the open pulse's rounded count, over the departments at or above the threshold only.
 */
export function answeredSoFar(open: OpenPulseLine): string {
  if (open.departmentsShown === 0) return `no department has ${open.threshold} answers yet`;
  return `${roundedWords(open.participation, open.delivered)}, across ${plural(open.departmentsShown, 'department')}`;
}

/** Why the counts leave some people out and are rounded, and why there are no figures yet. */
export function openPulseNote(open: OpenPulseLine): string {
  return `Counts include only departments with at least ${open.threshold} answers so far; they are rounded (to a multiple of 5 under 100 answers, else to 5% of those invited) and updated at most once an hour. Results show only for closed pulses, so nobody’s answer can be worked out from a report that changes as people answer.`;
}

/** The open pulse's line and its note. */
export function openPulseBlocks(open: OpenPulseLine): KnownBlock[] {
  return [section(`:hourglass_flowing_sand: ${openPulseWords(open)}`), context(openPulseNote(open))];
}

/**
 * The message with the open pulse's line added after its header (or first), and first in its
 * fallback text; the message unchanged when no pulse is open.
 */
export function withOpenPulse(msg: SlackMessage, open: OpenPulseLine | null | undefined): SlackMessage {
  if (open == null) return msg;
  const at = msg.blocks[0]?.type === 'header' ? 1 : 0;
  const blocks = [...msg.blocks.slice(0, at), ...openPulseBlocks(open), ...msg.blocks.slice(at)];
  return message(`${openPulseWords(open, false)}\n${msg.text}`, blocks);
}

/** No closed pulse yet, while one is open: the open pulse's line and when results come. */
export function noClosedResultsMessage(open: OpenPulseLine, title = 'CX alignment report'): SlackMessage {
  return message(`${title}: ${openPulseWords(open, false)}`, [
    header(title),
    ...openPulseBlocks(open),
    section(`:seedling: ${NO_CLOSED_RESULTS}`),
  ]);
}
