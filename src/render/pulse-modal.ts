import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../constants/limits';
import { BLOCK, DONT_KNOW, VALUE_ACTION, VIEWS } from '../constants/slack-ids';
import { truncate } from './escape';
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
  secondPrompt: string | null;
  initial?: {
    definition: string;
    secondAnswer: string | null;
    comment: string | null;
    ratings: Map<number, number>;
    priorities: number[];
  };
  /** Whether an answer is stored already (the button says "Update answer"); defaults to !!initial. */
  replacing?: boolean;
  /** Shown at the top, e.g. what is still missing when the form is shown again. */
  notice?: string;
};

const RATING_LABELS = ['1 — very poor', '2 — poor', '3 — okay', '4 — good', '5 — excellent'];
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, 75)), value });
const RATING_OPTIONS: PlainTextOption[] = [
  ...RATING_LABELS.map((label, i) => option(label, String(i + 1))).reverse(),
  option('Don’t know', DONT_KNOW),
];

/** The pulse modal: department (when unknown), definition, second prompt, ratings, priorities, comment. */
export function renderPulseModal(input: PulseModalInput): ModalView {
  const word = input.customerWord;
  const plural = input.customerWordPlural;
  const init = input.initial;
  const blocks: KnownBlock[] = [
    ...(input.notice
      ? [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: truncate(input.notice, 3000) } }]
      : []),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `About a minute. Open until ${slackDate(input.closesAt)}; you can change your answer until then. Shown only for groups of ${input.threshold}+, never with your name.`,
        },
      ],
    },
  ];
  if (input.departments) {
    blocks.push({
      type: 'input',
      block_id: BLOCK.department,
      label: plain('Which department are you in?'),
      hint: plain('Asked once; an admin can change it later.'),
      element: {
        type: 'static_select',
        action_id: VALUE_ACTION,
        placeholder: plain('Pick your department'),
        options: input.departments.slice(0, 100).map((d) => option(d.name, String(d.id))),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: BLOCK.definition,
    label: plain(
      plural
        ? `In a sentence or two, what does a great ${word} experience look like for our ${plural}?`
        : `In a sentence or two, what does a great ${word} experience look like?`,
    ),
    element: {
      type: 'plain_text_input',
      action_id: VALUE_ACTION,
      multiline: true,
      min_length: 3,
      max_length: DEFINITION_MAX,
      placeholder: plain('In your own words'),
      ...(init?.definition ? { initial_value: init.definition } : {}),
    },
  });
  if (input.secondPrompt) {
    blocks.push({
      type: 'input',
      block_id: BLOCK.second,
      optional: true,
      label: plain(truncate(input.secondPrompt, 2000)),
      element: {
        type: 'plain_text_input',
        action_id: VALUE_ACTION,
        multiline: true,
        max_length: SECOND_ANSWER_MAX,
        ...(init?.secondAnswer ? { initial_value: init.secondAnswer } : {}),
      },
    });
  }
  blocks.push({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: `*How well do we deliver each of these today?*\n1 = very poor, 5 = excellent. Pick “Don’t know” or leave it blank when you can’t say: a guess is noise.`,
    },
  });
  for (const t of input.touchpoints) {
    const current = init?.ratings.get(t.id);
    const initialOption = current ? RATING_OPTIONS.find((o) => o.value === String(current)) : undefined;
    blocks.push({
      type: 'input',
      block_id: `${BLOCK.ratingPrefix}${t.id}`,
      optional: true,
      label: plain(truncate(t.name, 2000)),
      element: {
        type: 'static_select',
        action_id: VALUE_ACTION,
        placeholder: plain('Rate 1–5'),
        options: RATING_OPTIONS,
        ...(initialOption ? { initial_option: initialOption } : {}),
      },
    });
  }
  const touchpointOptions = input.touchpoints.slice(0, 100).map((t) => option(t.name, String(t.id)));
  const initialPriorities = touchpointOptions.filter((o) => init?.priorities.includes(Number(o.value)));
  blocks.push({
    type: 'input',
    block_id: BLOCK.priorities,
    optional: true,
    label: plain(
      plural
        ? `Which (up to) ${MAX_PRIORITIES} touchpoints matter most to our ${plural}?`
        : `Which (up to) ${MAX_PRIORITIES} touchpoints matter most to the ${word} experience?`,
    ),
    element: {
      type: 'multi_static_select',
      action_id: VALUE_ACTION,
      max_selected_items: MAX_PRIORITIES,
      placeholder: plain(`Pick up to ${MAX_PRIORITIES}`),
      options: touchpointOptions,
      ...(initialPriorities.length > 0 ? { initial_options: initialPriorities } : {}),
    },
  });
  blocks.push({
    type: 'input',
    block_id: BLOCK.comment,
    optional: true,
    label: plain('Anything else? (optional)'),
    element: {
      type: 'plain_text_input',
      action_id: VALUE_ACTION,
      multiline: true,
      max_length: COMMENT_MAX,
      ...(init?.comment ? { initial_value: init.comment } : {}),
    },
  });
  return {
    type: 'modal',
    callback_id: VIEWS.pulseAnswer,
    private_metadata: JSON.stringify({ pulseId: input.pulseId }),
    title: plain('CX pulse'),
    submit: plain((input.replacing ?? init) ? 'Update answer' : 'Send'),
    close: plain('Not now'),
    blocks,
  };
}

/** A modal that just says something (thanks, closed, …). */
export function renderNoticeModal(title: string, text: string): ModalView {
  return {
    type: 'modal',
    title: plain(truncate(title, 24)),
    close: plain('Close'),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } }],
  };
}
