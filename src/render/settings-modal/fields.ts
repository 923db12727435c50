/** The settings modal's field builders: every text, number and heading block is made here. */
import type { KnownBlock } from '@slack/types';
import { SETTINGS_ACTION } from '../../constants/slack-ids';
import { truncate } from '../escape';

export const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** A plain-text input, prefilled with the current value (cut to the field's maximum). */
export function textInput(
  id: string,
  label: string,
  value: string,
  opts: { hint?: string; multiline?: boolean; optional?: boolean; max?: number } = {},
): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? false,
    label: plain(label),
    ...(opts.hint ? { hint: plain(opts.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: SETTINGS_ACTION,
      multiline: opts.multiline ?? false,
      max_length: opts.max ?? 200,
      ...(value ? { initial_value: truncate(value, opts.max ?? 200) } : {}),
    },
  };
}

/** A whole-number input within [min, max], prefilled with the current value. */
export function numberInput(
  id: string,
  label: string,
  value: string,
  min: number,
  max: number,
  optional = false,
  hint?: string,
): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element: {
      type: 'number_input',
      action_id: SETTINGS_ACTION,
      is_decimal_allowed: false,
      min_value: String(min),
      max_value: String(max),
      ...(value ? { initial_value: value } : {}),
    },
  };
}

/** A section heading. */
export const header = (t: string): KnownBlock => ({ type: 'header', text: plain(t) });
