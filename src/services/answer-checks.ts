import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../constants/limits';
import { BLOCK, DONT_KNOW } from '../constants/slack-ids';
import { cleanText } from '../util/clean-text';
import type { PulseSubmission } from './inputs';

/** Field errors of a submission, keyed by the modal block they belong under. */
export type FieldErrors = Record<string, string>;

/** The free-text fields, cleaned, with a message on each one too short or too long. */
export function checkTexts(
  input: PulseSubmission,
  hasSecondPrompt: boolean,
  errors: FieldErrors,
): { definition: string; secondAnswer: string; comment: string } {
  const definition = cleanText(input.definition ?? '');
  if (definition.length < 3)
    errors[BLOCK.definition] = 'Please write a sentence or two (at least 3 characters).';
  else if (definition.length > DEFINITION_MAX)
    errors[BLOCK.definition] = `Please keep it under ${DEFINITION_MAX} characters.`;

  const secondAnswer = hasSecondPrompt ? cleanText(input.secondAnswer ?? '') : '';
  if (secondAnswer.length > SECOND_ANSWER_MAX)
    errors[BLOCK.second] = `Please keep it under ${SECOND_ANSWER_MAX} characters.`;
  const comment = cleanText(input.comment ?? '');
  if (comment.length > COMMENT_MAX) errors[BLOCK.comment] = `Please keep it under ${COMMENT_MAX} characters.`;
  return { definition, secondAnswer, comment };
}

/** A test for a touchpoint id exactly as the modal wrote it, among those the pulse asked. */
export function askedTouchpoints(askedIds: number[]): (id: string) => boolean {
  const asked = new Set(askedIds);
  // an id exactly as the modal wrote it: "07" next to "7" would rate one touchpoint twice
  return (id) => /^[1-9]\d*$/.test(id) && asked.has(Number(id));
}

/** The 1–5 ratings given ("Don't know" and blank are no rating), with a message on each bad one. */
export function checkRatings(
  input: PulseSubmission,
  isAsked: (id: string) => boolean,
  errors: FieldErrors,
): { touchpointId: number; rating: number }[] {
  const ratings: { touchpointId: number; rating: number }[] = [];
  for (const [key, value] of input.ratings) {
    const block = `${BLOCK.ratingPrefix}${key}`;
    if (!isAsked(key)) {
      errors[block] = 'This touchpoint is not part of this pulse.';
      continue;
    }
    if (value === null || value === DONT_KNOW) continue;
    if (!/^[1-5]$/.test(value)) {
      errors[block] = 'Please pick a rating from 1 to 5, or “Don’t know”.';
      continue;
    }
    ratings.push({ touchpointId: Number(key), rating: Number(value) });
  }
  if (input.unknownBlocks[0] !== undefined)
    errors[BLOCK.definition] ??= 'This form is out of date; please close it and open the pulse again.';
  return ratings;
}

/** The priorities picked, once each, at most MAX_PRIORITIES and all from the pulse. */
export function checkPriorities(
  input: PulseSubmission,
  isAsked: (id: string) => boolean,
  errors: FieldErrors,
): number[] {
  const priorities = [...new Set(input.priorities)];
  if (priorities.length > MAX_PRIORITIES) errors[BLOCK.priorities] = `Please pick at most ${MAX_PRIORITIES}.`;
  else if (priorities.some((p) => !isAsked(p)))
    errors[BLOCK.priorities] = 'Please pick touchpoints from the list.';
  return priorities.map(Number);
}
