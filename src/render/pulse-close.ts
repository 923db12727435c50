/**
 * What an admin reads around `/cx-alignment pulse close`: the confirmation with its two buttons,
 * and what the confirmation becomes once a button is pressed. Pure. The counts are the open
 * pulse's progress (departments at or above the threshold only), never a hidden group's size:
 * rounded while it is open, exact (as frozen) once it is closed.
 */
import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { OpenPulseLine, OpenPulseProgress } from '../analytics/report/index';
import { PULSE_CLOSE_ACTIONS } from '../constants/slack-ids';
import type { SlackMessage } from './help';
import { plainMessage } from './plain-message';
import { slackDate } from './slack-date';
import { answeredSoFar } from './slack-report/index';

export const NO_OPEN_PULSE = 'There is no open pulse to close.';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const date = (ms: number) => slackDate(new Date(ms));

function buttons(pulseId: number): ActionsBlock {
  return {
    type: 'actions',
    block_id: `pulse_close_${pulseId}`,
    elements: [
      {
        type: 'button',
        action_id: PULSE_CLOSE_ACTIONS.closeNow,
        text: { type: 'plain_text', text: 'Close it now', emoji: true },
        style: 'danger',
        value: String(pulseId),
      },
      {
        type: 'button',
        action_id: PULSE_CLOSE_ACTIONS.keepOpen,
        text: { type: 'plain_text', text: 'Keep it open', emoji: true },
        value: String(pulseId),
      },
    ],
  };
}

/** Asks before closing: which pulse, about how many have answered so far (rounded), and what closing means. */
export function renderCloseConfirmation(open: OpenPulseLine): SlackMessage {
  const which = `*Close pulse #${open.pulseId} now?* It opened ${date(open.openedAt)} and is due to close ${date(open.closesAt)}.`;
  const count = `${capitalised(answeredSoFar(open))}.`;
  const effect =
    'Closing freezes its results: after that nobody can answer or change an answer. The results are then posted as for a pulse that closes on time.';
  const note = `Counts include only departments with at least ${open.threshold} answers so far, and are rounded while the pulse is open.`;
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `:warning: ${which}\n${count}` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: note }] },
    { type: 'section', text: { type: 'mrkdwn', text: effect } },
    buttons(open.pulseId),
  ];
  return { text: `Close pulse #${open.pulseId} now? ${count} ${effect}`, blocks };
}

const inChannels = (channels: readonly string[]) => {
  const links = channels.map((c) => `<#${c}>`);
  return links.length > 1 ? `${links.slice(0, -1).join(', ')} and ${links.at(-1)}` : (links[0] ?? '');
};

/** After "Close it now": closed, how many answered (as counted at close), and where the results went. */
export function renderClosed(closed: OpenPulseProgress, digestChannels: readonly string[]): SlackMessage {
  const head = `:white_check_mark: Closed. Pulse #${closed.pulseId}`;
  if (closed.departmentsShown === 0)
    return plainMessage(
      `${head} had no department with ${closed.threshold} answers, so its results show no department.`,
    );
  const answered = `${head}: ${closed.answered} answered, across ${closed.departmentsShown} department${closed.departmentsShown === 1 ? '' : 's'}.`;
  if (digestChannels.length === 0)
    return plainMessage(
      `${answered} No digest channel is set, so the results are not posted in a channel: leaders see them with \`/cx-alignment\`, and you can pick a channel in \`/cx-alignment config\` → Digest channels.`,
    );
  return plainMessage(`${answered} The results are posted in ${inChannels(digestChannels)}.`);
}

/**
 * "Close it now" on a confirmation that no longer holds: the pulse closed meanwhile, another pulse
 * is the open one now, or there is no such pulse. Nothing was changed.
 */
export function renderNotClosed(
  pulseId: number,
  asked: { status: 'open' | 'closed'; closedAt: Date | null } | null,
  openNow: number | null,
): SlackMessage {
  const again =
    openNow !== null
      ? ` Pulse #${openNow} is the open one now: to close it, run \`/cx-alignment pulse close\` again.`
      : '';
  if (asked === null) return plainMessage(`There is no pulse #${pulseId}, so nothing changed.${again}`);
  if (asked.status === 'closed') {
    const when = asked.closedAt ? ` (${slackDate(asked.closedAt)})` : '';
    return plainMessage(`Pulse #${pulseId} closed already${when}, so nothing changed.${again}`);
  }
  return plainMessage(`Nothing changed.${again}`);
}

/** After "Keep it open"; `closesAt` is null when the pulse is not open any more. */
export function renderKeptOpen(pulseId: number, closesAt: Date | null): SlackMessage {
  return plainMessage(
    closesAt
      ? `:ok_hand: Nothing changed: pulse #${pulseId} stays open until ${slackDate(closesAt)}.`
      : `Nothing changed. Pulse #${pulseId} is not open any more.`,
  );
}
