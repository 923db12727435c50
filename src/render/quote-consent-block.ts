/** The pulse modal's consent to quote: one checkbox, off unless the person ticks it (or ticked it before). */
import type { KnownBlock } from '@slack/types';
import { BLOCK, QUOTE_CONSENT, VALUE_ACTION } from '../constants/slack-ids';

/** The words of the checkbox. */
export const QUOTE_CONSENT_TEXT = 'You may quote this answer, without my name';

/** The checkbox, ticked only when the answer being edited had consented. */
export function quoteConsentBlock(threshold: number, consented: boolean): KnownBlock {
  const option = {
    text: { type: 'plain_text' as const, text: QUOTE_CONSENT_TEXT, emoji: true },
    description: {
      type: 'plain_text' as const,
      text: `Names, contacts and links removed; groups of ${threshold}+ only.`,
      emoji: true,
    },
    value: QUOTE_CONSENT,
  };
  return {
    type: 'input',
    block_id: BLOCK.quoteConsent,
    optional: true,
    label: { type: 'plain_text', text: 'Quotes in reports', emoji: true },
    hint: {
      type: 'plain_text',
      text: 'Off unless you tick it. Only your answer to the question above can be quoted.',
      emoji: true,
    },
    element: {
      type: 'checkboxes',
      action_id: VALUE_ACTION,
      options: [option],
      ...(consented ? { initial_options: [option] } : {}),
    },
  };
}
