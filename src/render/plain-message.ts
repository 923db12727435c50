import type { SlackMessage } from './help';

/** A one-paragraph mrkdwn reply: the text, and the same text as its only section block. */
export const plainMessage = (text: string): SlackMessage => ({
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
});
