import type { KnownBlock, ModalView } from '@slack/types';
import type { FakeSlack, Member } from './fake-slack';

/** A workspace of departments mapped to user groups, with a bot and a deactivated account besides. */
export function seedWorkspace(
  fake: FakeSlack,
  departments: { name: string; usergroup: string; size: number }[],
) {
  const people: { id: string; department: string }[] = [];
  const members: Member[] = [];
  fake.usergroups = departments.map((d, di) => {
    const users = Array.from(
      { length: d.size },
      (_, i) => `U${String(di + 1).padStart(2, '0')}${String(i).padStart(4, '0')}`,
    );
    for (const id of users) {
      people.push({ id, department: d.name });
      members.push({ id, tz: 'Europe/London' });
    }
    return { id: d.usergroup, handle: d.name.toLowerCase(), name: d.name, users };
  });
  members.push({ id: 'UBOTUSER1', is_bot: true }, { id: 'UGONE0001', deleted: true }, { id: 'USLACKBOT' });
  fake.members = members;
  return people;
}

type StateValue = Record<string, unknown>;

/** Fills a pulse modal as a person would: every select and text input gets a value. */
export function fillPulseModal(
  view: ModalView,
  answers: {
    definition: string;
    rating?: (touchpointIndex: number) => string;
    priorities?: number;
    department?: string;
    /** Tick "You may quote this answer" (left unticked otherwise, as the modal opens). */
    quoteConsent?: boolean;
  },
): Record<string, Record<string, StateValue>> {
  const values: Record<string, Record<string, StateValue>> = {};
  let touchpointIndex = 0;
  for (const block of view.blocks as KnownBlock[]) {
    if (block.type !== 'input' || !block.block_id) continue;
    const element = block.element as {
      type: string;
      action_id: string;
      options?: { value: string; text: { text: string } }[];
    };
    let value: StateValue;
    if (block.block_id === 'dept') {
      const option = element.options?.find((o) => o.text.text === answers.department) ?? element.options?.[0];
      value = { type: 'static_select', selected_option: option ? { value: option.value } : null };
    } else if (block.block_id === 'definition') {
      value = { type: 'plain_text_input', value: answers.definition };
    } else if (block.block_id.startsWith('rate_')) {
      const rating = answers.rating?.(touchpointIndex++) ?? '4';
      value = { type: 'static_select', selected_option: rating === '' ? null : { value: rating } };
    } else if (block.block_id === 'priorities') {
      value = {
        type: 'multi_static_select',
        selected_options: (element.options ?? [])
          .slice(0, answers.priorities ?? 3)
          .map((o) => ({ value: o.value })),
      };
    } else if (block.block_id === 'quote_consent') {
      value = { type: 'checkboxes', selected_options: answers.quoteConsent ? [{ value: 'yes' }] : [] };
    } else {
      value = { type: 'plain_text_input', value: null };
    }
    values[block.block_id] = { [element.action_id]: value };
  }
  return values;
}
