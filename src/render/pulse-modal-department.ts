/** The pulse modal's department blocks: the pick while none is known, or where the answer counts. */
import type { KnownBlock, PlainTextOption } from '@slack/types';
import { BLOCK, VALUE_ACTION } from '../constants/slack-ids';
import { truncate } from './escape';
import { type Messages, messagesFor } from './i18n';

type Department = { id: number; name: string };

/** Where the answer counts, fixed for the pulse, and the departments the person may move to. */
export type FixedDepartment = {
  name: string;
  next: { departments: Department[]; current: number | null } | null;
};

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, 75)), value });

/** The department picker, asked only while the person's department is unknown. */
export function departmentBlocks(
  departments: Department[] | null,
  m: Messages = messagesFor(null),
): KnownBlock[] {
  if (!departments) return [];
  return [
    {
      type: 'input',
      block_id: BLOCK.department,
      label: plain(m.modal.departmentLabel),
      hint: plain(m.modal.departmentHint),
      element: {
        type: 'static_select',
        action_id: VALUE_ACTION,
        placeholder: plain(m.modal.pickDepartment),
        options: departments.slice(0, 100).map((d) => option(d.name, String(d.id))),
      },
    },
  ];
}

/** Where the answer counts, and the pick for the next pulse when the person may move. */
export function fixedDepartmentBlocks(
  fixed: FixedDepartment | undefined,
  m: Messages = messagesFor(null),
): KnownBlock[] {
  if (!fixed) return [];
  const where = m.modal.countsIn(fixed.name);
  const next = fixed.next;
  if (!next) return [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(where, 3000) }] }];
  const options = next.departments.slice(0, 100).map((d) => option(d.name, String(d.id)));
  const initial = options.find((o) => o.value === String(next.current));
  return [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(`${where} ${m.modal.staysThere}`, 3000),
        },
      ],
    },
    {
      type: 'input',
      block_id: BLOCK.nextDepartment,
      optional: true,
      label: plain(m.modal.nextDepartmentLabel),
      element: {
        type: 'static_select',
        action_id: VALUE_ACTION,
        placeholder: plain(m.modal.pickDepartment),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
  ];
}
