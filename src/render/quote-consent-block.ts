/** The pulse modal's consent to quote: one checkbox, off unless the person ticks it (or ticked it before). */
import type { KnownBlock } from '@slack/types';
import { BLOCK, QUOTE_CONSENT, VALUE_ACTION } from '../constants/slack-ids';
import { type Messages, messagesFor } from './i18n';

/** The words of the checkbox. */
export const QUOTE_CONSENT_TEXT = messagesFor(null).modal.quoteOption;

/** The checkbox, ticked only when the answer being edited had consented. */
export function quoteConsentBlock(
  threshold: number,
  consented: boolean,
  m: Messages = messagesFor(null),
): KnownBlock {
  const option = {
    text: { type: 'plain_text' as const, text: m.modal.quoteOption, emoji: true },
    description: {
      type: 'plain_text' as const,
      text: m.modal.quoteDescription(threshold),
      emoji: true,
    },
    value: QUOTE_CONSENT,
  };
  return {
    type: 'input',
    block_id: BLOCK.quoteConsent,
    optional: true,
    label: { type: 'plain_text', text: m.modal.quoteLabel, emoji: true },
    hint: {
      type: 'plain_text',
      text: m.modal.quoteHint,
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
