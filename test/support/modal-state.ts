import type { KnownBlock, ModalView } from '@slack/types';

type Value = Record<string, unknown>;

/**
 * The view_submission state a person would send for a modal left as it was opened: every input's
 * initial value, shaped as Slack sends it. `edits` replace a block's value.
 */
export function initialState(
  view: ModalView,
  edits: Record<string, Value> = {},
): Record<string, Record<string, Value>> {
  const values: Record<string, Record<string, Value>> = {};
  for (const block of view.blocks as KnownBlock[]) {
    if (block.type !== 'input' || !block.block_id) continue;
    const e = block.element as Record<string, unknown> & { type: string; action_id: string };
    let value: Value;
    switch (e.type) {
      case 'plain_text_input':
      case 'number_input':
        value = { type: e.type, value: (e.initial_value as string | undefined) ?? null };
        break;
      case 'checkboxes':
        value = {
          type: e.type,
          selected_options: ((e.initial_options as { value: string }[] | undefined) ?? []).map((o) => ({
            value: o.value,
          })),
        };
        break;
      case 'multi_users_select':
        value = { type: e.type, selected_users: (e.initial_users as string[] | undefined) ?? [] };
        break;
      case 'multi_conversations_select':
        value = {
          type: e.type,
          selected_conversations: (e.initial_conversations as string[] | undefined) ?? [],
        };
        break;
      case 'static_select':
        value = { type: e.type, selected_option: (e.initial_option as Value | undefined) ?? null };
        break;
      case 'multi_static_select':
        value = { type: e.type, selected_options: (e.initial_options as Value[] | undefined) ?? [] };
        break;
      default:
        value = { type: e.type };
    }
    values[block.block_id] = { [e.action_id]: { ...value, ...(edits[block.block_id] ?? {}) } };
  }
  return values;
}
