import type { KnownBlock } from '@slack/types';
import { ACTIONS } from '../constants/slack-ids';
import type { SlackMessage } from './help';
import { type Messages, messagesFor } from './i18n';
import { slackDate } from './slack-date';

export type PulseDmInput = {
  pulseId: number;
  kind: 'invite' | 'reminder';
  closesAt: Date;
  customerWord: string;
  threshold: number;
  /** The receiving person's messages (their Slack locale); English when absent. */
  messages?: Messages;
};

function buttons(pulseId: number, withNotNow: boolean, m: Messages): KnownBlock {
  return {
    type: 'actions',
    block_id: `pulse_${pulseId}`,
    elements: [
      {
        type: 'button',
        action_id: ACTIONS.answerPulse,
        text: { type: 'plain_text', text: m.dm.answerButton, emoji: true },
        style: 'primary',
        value: String(pulseId),
      },
      ...(withNotNow
        ? [
            {
              type: 'button' as const,
              action_id: ACTIONS.notNow,
              text: { type: 'plain_text' as const, text: m.dm.notNowButton, emoji: true },
              value: String(pulseId),
            },
          ]
        : []),
    ],
  };
}

/** The pulse DM (or its reminder): what it is, how long it takes, until when, and the buttons. */
export function renderPulseDm(input: PulseDmInput): SlackMessage {
  const m = input.messages ?? messagesFor(null);
  const until = slackDate(input.closesAt);
  const word = input.customerWord;
  const lead = input.kind === 'invite' ? m.dm.inviteLead(word) : m.dm.reminderLead(word);
  const text = `${lead.replace(/\*/g, '')} ${m.dm.openUntil(until)}`;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `${lead}\n${m.dm.openUntil(until)}` } },
      buttons(input.pulseId, true, m),
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: m.dm.privacy(input.threshold),
          },
        ],
      },
    ],
  };
}

/** What the DM becomes after "Not now": the answer button stays. */
export function renderNotNow(pulseId: number, closesAt: Date, m: Messages = messagesFor(null)): SlackMessage {
  const line = m.dm.notNow(slackDate(closesAt));
  return {
    text: line,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }, buttons(pulseId, false, m)],
  };
}
