/**
 * The "Follow up" modal: owner, departments (prefilled with the two ends of the gap), next step,
 * due date and an optional channel, under one line saying which divergence it is about.
 */
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { FOLLOW_UP_MAX_DEPARTMENTS, FOLLOW_UP_STEP_MAX } from '../../constants/limits';
import { FOLLOW_UP_ACTION, FOLLOW_UP_BLOCKS, FOLLOW_UP_VIEW } from '../../constants/slack-ids';
import { truncate } from '../escape';
import { one, plain } from '../report-format';
import { context } from '../slack-report/blocks';
import { subjectWords } from './outcome-line';

/** Slack's limit on an option's text and value. */
const OPTION_TEXT = 75;

export interface FollowUpModalInput {
  /** Carried back by Slack untouched: which pulse and touchpoint the follow-up is for. */
  privateMetadata: string;
  subjectName: string;
  high: { departmentId: number; department: string; mean: number };
  low: { departmentId: number; department: string; mean: number };
  gap: number;
  /** Every department one may pick (the shown ones), in order. */
  departments: { id: number; name: string }[];
  /** The due date offered, YYYY-MM-DD. */
  initialDueDate: string;
}

const option = (d: { id: number; name: string }): PlainTextOption => ({
  text: { type: 'plain_text', text: truncate(plain(d.name), OPTION_TEXT) || String(d.id) },
  value: String(d.id),
});

const label = (text: string) => ({ type: 'plain_text' as const, text });

function departmentsBlock(input: FollowUpModalInput): KnownBlock {
  const options = input.departments.slice(0, FOLLOW_UP_MAX_DEPARTMENTS).map(option);
  const ends = new Set([String(input.high.departmentId), String(input.low.departmentId)]);
  const initial = options.filter((o) => ends.has(o.value ?? ''));
  return {
    type: 'input',
    block_id: FOLLOW_UP_BLOCKS.departments,
    label: label('Departments involved'),
    element: {
      type: 'multi_static_select',
      action_id: FOLLOW_UP_ACTION,
      options,
      ...(initial.length > 0 ? { initial_options: initial } : {}),
    },
  };
}

export function renderFollowUpModal(input: FollowUpModalInput): ModalView {
  const figures = `${one(input.high.mean)} and ${one(input.low.mean)} (gap ${one(input.gap)})`;
  const blocks: KnownBlock[] = [
    context(
      `${subjectWords({ subjectName: input.subjectName, highDepartment: input.high.department, lowDepartment: input.low.department })}: ${figures}`,
    ),
    {
      type: 'input',
      block_id: FOLLOW_UP_BLOCKS.owner,
      label: label('Owner'),
      element: { type: 'users_select', action_id: FOLLOW_UP_ACTION },
    },
    departmentsBlock(input),
    {
      type: 'input',
      block_id: FOLLOW_UP_BLOCKS.nextStep,
      label: label('Agreed next step'),
      element: {
        type: 'plain_text_input',
        action_id: FOLLOW_UP_ACTION,
        multiline: true,
        max_length: FOLLOW_UP_STEP_MAX,
        placeholder: label('e.g. A round-table on what good support looks like'),
      },
    },
    {
      type: 'input',
      block_id: FOLLOW_UP_BLOCKS.dueDate,
      label: label('Due date'),
      element: { type: 'datepicker', action_id: FOLLOW_UP_ACTION, initial_date: input.initialDueDate },
    },
    {
      type: 'input',
      block_id: FOLLOW_UP_BLOCKS.channel,
      optional: true,
      label: label('Where to discuss it'),
      hint: label('Leave empty to post in the latest digest’s thread.'),
      element: {
        type: 'conversations_select',
        action_id: FOLLOW_UP_ACTION,
        filter: { include: ['public', 'private'], exclude_bot_users: true },
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: FOLLOW_UP_VIEW,
    private_metadata: input.privateMetadata,
    title: label('Follow up'),
    submit: label('Save'),
    close: label('Cancel'),
    blocks,
  };
}
