import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../constants/limits';
import { BLOCK, DONT_KNOW } from '../constants/slack-ids';
import { type Messages, messagesFor } from '../render/i18n';
import { cleanText } from '../util/clean-text';
import type { PulseSubmission } from './inputs';

/** Field errors of a submission, keyed by the modal block they belong under. */
export type FieldErrors = Record<string, string>;

/** The error wording, in the person's language. */
type ErrorText = Messages['errors'];
const english: ErrorText = messagesFor(null).errors;

/** The free-text fields, cleaned, with a message on each one too short or too long. */
export function checkTexts(
  input: PulseSubmission,
  hasSecondPrompt: boolean,
  errors: FieldErrors,
  say: ErrorText = english,
): { definition: string; secondAnswer: string; comment: string } {
  const definition = cleanText(input.definition ?? '');
  if (definition.length < 3) errors[BLOCK.definition] = say.tooShort;
  else if (definition.length > DEFINITION_MAX) errors[BLOCK.definition] = say.tooLong(DEFINITION_MAX);

  const secondAnswer = hasSecondPrompt ? cleanText(input.secondAnswer ?? '') : '';
  if (secondAnswer.length > SECOND_ANSWER_MAX) errors[BLOCK.second] = say.tooLong(SECOND_ANSWER_MAX);
  const comment = cleanText(input.comment ?? '');
  if (comment.length > COMMENT_MAX) errors[BLOCK.comment] = say.tooLong(COMMENT_MAX);
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
  say: ErrorText = english,
): { touchpointId: number; rating: number }[] {
  const ratings: { touchpointId: number; rating: number }[] = [];
  for (const [key, value] of input.ratings) {
    const block = `${BLOCK.ratingPrefix}${key}`;
    if (!isAsked(key)) {
      errors[block] = say.notInPulse;
      continue;
    }
    if (value === null || value === DONT_KNOW) continue;
    if (!/^[1-5]$/.test(value)) {
      errors[block] = say.badRating;
      continue;
    }
    ratings.push({ touchpointId: Number(key), rating: Number(value) });
  }
  if (input.unknownBlocks[0] !== undefined) errors[BLOCK.definition] ??= say.outOfDate;
  return ratings;
}

/** The priorities picked, once each, at most MAX_PRIORITIES and all from the pulse. */
export function checkPriorities(
  input: PulseSubmission,
  isAsked: (id: string) => boolean,
  errors: FieldErrors,
  say: ErrorText = english,
): number[] {
  const priorities = [...new Set(input.priorities)];
  if (priorities.length > MAX_PRIORITIES) errors[BLOCK.priorities] = say.tooManyPriorities(MAX_PRIORITIES);
  else if (priorities.some((p) => !isAsked(p))) errors[BLOCK.priorities] = say.prioritiesFromList;
  return priorities.map(Number);
}
