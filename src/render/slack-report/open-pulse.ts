/**
 * What the leaders' views say about a pulse that is still open: that it is open, until when, about
 * how many have answered so far (rounded, departments at or above the threshold only), and that its results
 * come when it closes. Never a figure of its answers: the views show closed pulses only.
 */
import type { KnownBlock } from '@slack/types';
import type { OpenPulseLine, RoundedParticipation } from '../../analytics/report/index';
import type { SlackMessage } from '../help';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { slackDate } from '../slack-date';
import { context, header, message, section } from './blocks';
import { counted } from './words';

/** Said when no pulse has closed yet (a pulse is open). */
export const NO_CLOSED_RESULTS = REPORT_EN.open.noClosed;

/**
 * "*Pulse #7 is open* until <date>: about 40 of 60 have answered so far (about 67%), across 5 departments. Its
 * results come when it closes."
 */
export function openPulseWords(open: OpenPulseLine, emphasis = true, m: ReportMessages = REPORT_EN): string {
  const pulse = m.open.isOpen(open.pulseId, emphasis);
  const date = slackDate(new Date(open.closesAt));
  return m.open.line(pulse, date, answeredSoFar(open, m), open.departmentsShown > 0);
}

/** The rounded participation, with the invited when any invitation was recorded delivered. */
function roundedWords(r: RoundedParticipation, delivered: number, m: ReportMessages): string {
  switch (r.kind) {
    case 'none':
      return m.open.none(delivered);
    case 'fewer-than-5':
      return m.open.fewerThan5(delivered);
    case 'count':
      return r.percent === null
        ? m.open.about(counted(r.about, 'answer', m))
        : m.open.aboutOf(r.about, delivered, r.percent);
    case 'share':
      return m.open.share(r.percent, delivered);
  }
}

/**
 * "about 40 of 60 have answered so far (about 67%), across 5 departments", or "no department has 5
 * answers yet": the open pulse's rounded count, over the departments at or above the threshold only.
 */
export function answeredSoFar(open: OpenPulseLine, m: ReportMessages = REPORT_EN): string {
  if (open.departmentsShown === 0) return m.open.noDepartment(open.threshold);
  const across = m.words.across(counted(open.departmentsShown, 'department', m));
  return `${roundedWords(open.participation, open.delivered, m)}, ${across}`;
}

/** Why the counts leave some people out and are rounded, and why there are no figures yet. */
export function openPulseNote(open: OpenPulseLine, m: ReportMessages = REPORT_EN): string {
  return m.open.note(open.threshold);
}

/** The open pulse's line and its note. */
export function openPulseBlocks(open: OpenPulseLine, m: ReportMessages = REPORT_EN): KnownBlock[] {
  return [
    section(`:hourglass_flowing_sand: ${openPulseWords(open, true, m)}`),
    context(openPulseNote(open, m)),
  ];
}

/**
 * The message with the open pulse's line added after its header (or first), and first in its
 * fallback text; the message unchanged when no pulse is open.
 */
export function withOpenPulse(
  msg: SlackMessage,
  open: OpenPulseLine | null | undefined,
  m: ReportMessages = REPORT_EN,
): SlackMessage {
  if (open == null) return msg;
  const at = msg.blocks[0]?.type === 'header' ? 1 : 0;
  const blocks = [...msg.blocks.slice(0, at), ...openPulseBlocks(open, m), ...msg.blocks.slice(at)];
  return message(`${openPulseWords(open, false, m)}\n${msg.text}`, blocks);
}

/** No closed pulse yet, while one is open: the open pulse's line and when results come. */
export function noClosedResultsMessage(
  open: OpenPulseLine,
  title = REPORT_EN.report.title,
  m: ReportMessages = REPORT_EN,
): SlackMessage {
  return message(`${title}: ${openPulseWords(open, false, m)}`, [
    header(title),
    ...openPulseBlocks(open, m),
    section(`:seedling: ${m.open.noClosed}`),
  ]);
}
