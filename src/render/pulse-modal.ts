import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../constants/limits';
import { BLOCK, DONT_KNOW, VALUE_ACTION, VIEWS } from '../constants/slack-ids';
import { truncate } from './escape';
import { type Messages, messagesFor } from './i18n';
import { departmentBlocks, type FixedDepartment, fixedDepartmentBlocks } from './pulse-modal-department';
import { quoteConsentBlock } from './quote-consent-block';
import { slackDate } from './slack-date';

export type PulseModalInput = {
  pulseId: number;
  closesAt: Date;
  customerWord: string;
  /** The plural of customerWord; without it the wording avoids the plural. */
  customerWordPlural?: string;
  threshold: number;
  touchpoints: { id: number; name: string }[];
  /** Only when the person's department is not known yet. */
  departments: { id: number; name: string }[] | null;
  /**
   * The department the answer counts in, fixed for the pulse; with `next` when the person picks
   * their own and may pick another from the next pulse on.
   */
  fixedDepartment?: FixedDepartment;
  secondPrompt: string | null;
  initial?: {
    definition: string;
    secondAnswer: string | null;
    comment: string | null;
    ratings: Map<number, number>;
    priorities: number[];
    /** The answer being edited may be quoted (the checkbox starts ticked); absent means no. */
    quoteConsent?: boolean;
  };
  /** Whether an answer is stored already (the button says "Update answer"); defaults to !!initial. */
  replacing?: boolean;
  /** Shown at the top, e.g. what is still missing when the form is shown again. */
  notice?: string;
  /** The person's messages (their Slack locale); English when absent. */
  messages?: Messages;
};

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, 75)), value });
/** The 5 to 1 ratings, then "Don't know", in the person's language. */
const ratingOptions = (m: Messages): PlainTextOption[] => [
  ...m.modal.ratingLabels.map((label, i) => option(label, String(i + 1))).reverse(),
  option(m.modal.dontKnow, DONT_KNOW),
];

type Initial = PulseModalInput['initial'];

/** The notice (when any) and the one-line promise: how long, until when, who sees what. */
function introBlocks(input: PulseModalInput, m: Messages): KnownBlock[] {
  return [
    ...(input.notice
      ? [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: truncate(input.notice, 3000) } }]
      : []),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: m.modal.intro(slackDate(input.closesAt), input.threshold),
        },
      ],
    },
  ];
}

/** "What does a great experience look like?", in the organisation's word for customer. */
function definitionBlock(input: PulseModalInput, m: Messages): KnownBlock {
  const word = input.customerWord;
  const plural = input.customerWordPlural;
  return {
    type: 'input',
    block_id: BLOCK.definition,
    label: plain(plural ? m.modal.definitionLabelPlural(word, plural) : m.modal.definitionLabel(word)),
    element: {
      type: 'plain_text_input',
      action_id: VALUE_ACTION,
      multiline: true,
      min_length: 3,
      max_length: DEFINITION_MAX,
      placeholder: plain(m.modal.definitionPlaceholder),
      ...(input.initial?.definition ? { initial_value: input.initial.definition } : {}),
    },
  };
}

/** The pulse's second prompt from the bank, when it has one. */
function secondPromptBlocks(secondPrompt: string | null, init: Initial): KnownBlock[] {
  if (!secondPrompt) return [];
  return [
    {
      type: 'input',
      block_id: BLOCK.second,
      optional: true,
      label: plain(truncate(secondPrompt, 2000)),
      element: {
        type: 'plain_text_input',
        action_id: VALUE_ACTION,
        multiline: true,
        max_length: SECOND_ANSWER_MAX,
        ...(init?.secondAnswer ? { initial_value: init.secondAnswer } : {}),
      },
    },
  ];
}

/** How the ratings work, then one optional 1–5 (or "don't know") select per touchpoint. */
function ratingBlocks(touchpoints: PulseModalInput['touchpoints'], init: Initial, m: Messages): KnownBlock[] {
  const options = ratingOptions(m);
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: m.modal.ratingsHeading,
      },
    },
  ];
  for (const t of touchpoints) {
    const current = init?.ratings.get(t.id);
    const initialOption = current ? options.find((o) => o.value === String(current)) : undefined;
    blocks.push({
      type: 'input',
      block_id: `${BLOCK.ratingPrefix}${t.id}`,
      optional: true,
      label: plain(truncate(t.name, 2000)),
      element: {
        type: 'static_select',
        action_id: VALUE_ACTION,
        placeholder: plain(m.modal.ratePlaceholder),
        options,
        ...(initialOption ? { initial_option: initialOption } : {}),
      },
    });
  }
  return blocks;
}

/** The top-priorities multi-select over the pulse's touchpoints. */
function prioritiesBlock(input: PulseModalInput, m: Messages): KnownBlock {
  const init = input.initial;
  const touchpointOptions = input.touchpoints.slice(0, 100).map((t) => option(t.name, String(t.id)));
  const initialPriorities = touchpointOptions.filter((o) => init?.priorities.includes(Number(o.value)));
  return {
    type: 'input',
    block_id: BLOCK.priorities,
    optional: true,
    label: plain(
      input.customerWordPlural
        ? m.modal.prioritiesLabelPlural(MAX_PRIORITIES, input.customerWordPlural)
        : m.modal.prioritiesLabel(MAX_PRIORITIES, input.customerWord),
    ),
    element: {
      type: 'multi_static_select',
      action_id: VALUE_ACTION,
      max_selected_items: MAX_PRIORITIES,
      placeholder: plain(m.modal.pickUpTo(MAX_PRIORITIES)),
      options: touchpointOptions,
      ...(initialPriorities.length > 0 ? { initial_options: initialPriorities } : {}),
    },
  };
}

/** The optional free comment. */
function commentBlock(init: Initial, m: Messages): KnownBlock {
  return {
    type: 'input',
    block_id: BLOCK.comment,
    optional: true,
    label: plain(m.modal.comment),
    element: {
      type: 'plain_text_input',
      action_id: VALUE_ACTION,
      multiline: true,
      max_length: COMMENT_MAX,
      ...(init?.comment ? { initial_value: init.comment } : {}),
    },
  };
}

/** The pulse modal: department (when unknown), definition, consent to quote it, second prompt, ratings, priorities, comment. */
export function renderPulseModal(input: PulseModalInput): ModalView {
  const init = input.initial;
  const m = input.messages ?? messagesFor(null);
  const blocks: KnownBlock[] = [
    ...introBlocks(input, m),
    ...departmentBlocks(input.departments, m),
    ...fixedDepartmentBlocks(input.fixedDepartment, m),
    definitionBlock(input, m),
    quoteConsentBlock(input.threshold, init?.quoteConsent === true, m),
    ...secondPromptBlocks(input.secondPrompt, init),
    ...ratingBlocks(input.touchpoints, init, m),
    prioritiesBlock(input, m),
    commentBlock(init, m),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.pulseAnswer,
    private_metadata: JSON.stringify({ pulseId: input.pulseId }),
    title: plain(truncate(m.modal.title, 24)),
    submit: plain(truncate((input.replacing ?? init) ? m.modal.update : m.modal.send, 24)),
    close: plain(truncate(m.modal.notNow, 24)),
    blocks,
  };
}

/** A modal that just says something (thanks, closed, …). */
export function renderNoticeModal(title: string, text: string, m: Messages = messagesFor(null)): ModalView {
  return {
    type: 'modal',
    title: plain(truncate(title, 24)),
    close: plain(truncate(m.modal.close, 24)),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } }],
  };
}
