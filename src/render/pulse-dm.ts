import type { KnownBlock } from '@slack/types';
import { ACTIONS } from '../constants/slack-ids';
import type { SlackMessage } from './help';
import { slackDate } from './slack-date';

export type PulseDmInput = {
  pulseId: number;
  kind: 'invite' | 'reminder';
  closesAt: Date;
  customerWord: string;
  threshold: number;
};

function buttons(pulseId: number, withNotNow: boolean): KnownBlock {
  return {
    type: 'actions',
    block_id: `pulse_${pulseId}`,
    elements: [
      {
        type: 'button',
        action_id: ACTIONS.answerPulse,
        text: { type: 'plain_text', text: 'Answer (1 min)', emoji: true },
        style: 'primary',
        value: String(pulseId),
      },
      ...(withNotNow
        ? [
            {
              type: 'button' as const,
              action_id: ACTIONS.notNow,
              text: { type: 'plain_text' as const, text: 'Not now', emoji: true },
              value: String(pulseId),
            },
          ]
        : []),
    ],
  };
}

/** The pulse DM (or its reminder): what it is, how long it takes, until when, and the buttons. */
export function renderPulseDm(input: PulseDmInput): SlackMessage {
  const until = slackDate(input.closesAt);
  const word = input.customerWord;
  const lead =
    input.kind === 'invite'
      ? `:wave: *A one-minute pulse on ${word} experience.* What does a great ${word} experience look like to you, how well do we deliver each touchpoint today, and which matter most? Your view, next to every other department’s, shows where we agree and where we don’t.`
      : `:hourglass_flowing_sand: *A gentle reminder:* the one-minute pulse on ${word} experience is still open, and every department’s view counts.`;
  const text = `${lead.replace(/\*/g, '')} Open until ${until}.`;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `${lead}\nOpen until ${until}.` } },
      buttons(input.pulseId, true),
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `:lock: Answers are stored under a pseudonym and only ever shown for groups of ${input.threshold} or more people, never with your name. You can change your answer until the pulse closes, and delete your data from the app’s Home tab.`,
          },
        ],
      },
    ],
  };
}

/** What the DM becomes after "Not now": the answer button stays. */
export function renderNotNow(pulseId: number, closesAt: Date): SlackMessage {
  const line = `No problem. The pulse stays open until ${slackDate(closesAt)}: answer here or from the app’s Home tab whenever suits you.`;
  return {
    text: line,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }, buttons(pulseId, false)],
  };
}
