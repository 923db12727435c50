import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../constants/limits';
import { BLOCK, DONT_KNOW } from '../constants/slack-ids';
import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { PeopleRepository } from '../db/repositories/people-repository';
import type { PulseRepository } from '../db/repositories/pulse-repository';
import { cleanText } from '../util/clean-text';
import type { PulseSubmission } from './inputs';
import type { Pseudonymizer } from './pseudonym';

export type SubmitResult =
  | { kind: 'saved'; replaced: boolean; closesAt: Date }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'closed' };

export type Tagger = { tag(text: string): { themes: string[]; terms: string[] } };

/** The rules of an answer: checked against its pulse, stored once per person, tagged at write time. */
export function createAnswerService(deps: {
  answers: AnswerRepository;
  pulses: PulseRepository;
  people: PeopleRepository;
  departments: DepartmentRepository;
  pseudonym: Pseudonymizer;
  tagger: () => Tagger;
  clock: () => Date;
}) {
  const { answers, pulses, people, departments, pseudonym, clock } = deps;

  function isOpen(pulse: { status: string; closesAt: Date }, now: Date): boolean {
    return pulse.status === 'open' && pulse.closesAt.getTime() > now.getTime();
  }

  /** A department the person can be counted in: null when unknown or archived (they pick one then). */
  function activeDepartmentId(departmentId: number | null): number | null {
    if (departmentId === null) return null;
    const department = departments.byId(departmentId);
    return department && !department.archivedAt ? department.id : null;
  }

  return {
    isOpen,
    /** The person's department if it is still active; null means the modal asks for one. */
    departmentOf: (userId: string): number | null =>
      activeDepartmentId(people.bySlackId(userId)?.departmentId ?? null),
    submit(userId: string, pulseId: number, input: PulseSubmission): SubmitResult {
      const now = clock();
      const pulse = pulses.byId(pulseId);
      if (!pulse || !isOpen(pulse, now)) return { kind: 'closed' };
      const errors: Record<string, string> = {};
      const person = people.ensure(userId, now);

      let departmentId = activeDepartmentId(person.departmentId);
      let pickedDepartment = false;
      if (departmentId === null) {
        const picked = input.departmentId !== null ? Number(input.departmentId) : Number.NaN;
        const department = Number.isInteger(picked) ? departments.byId(picked) : null;
        if (!department || department.archivedAt)
          errors[BLOCK.department] = 'Please pick your department from the list.';
        else {
          departmentId = department.id;
          pickedDepartment = true;
        }
      }

      const definition = cleanText(input.definition ?? '');
      if (definition.length < 3)
        errors[BLOCK.definition] = 'Please write a sentence or two (at least 3 characters).';
      else if (definition.length > DEFINITION_MAX)
        errors[BLOCK.definition] = `Please keep it under ${DEFINITION_MAX} characters.`;

      const secondAnswer = pulse.secondPrompt ? cleanText(input.secondAnswer ?? '') : '';
      if (secondAnswer.length > SECOND_ANSWER_MAX)
        errors[BLOCK.second] = `Please keep it under ${SECOND_ANSWER_MAX} characters.`;
      const comment = cleanText(input.comment ?? '');
      if (comment.length > COMMENT_MAX)
        errors[BLOCK.comment] = `Please keep it under ${COMMENT_MAX} characters.`;

      const asked = new Set(pulses.touchpoints(pulse.id).map((t) => t.touchpointId));
      // an id exactly as the modal wrote it: "07" next to "7" would rate one touchpoint twice
      const isAsked = (id: string) => /^[1-9]\d*$/.test(id) && asked.has(Number(id));
      const ratings: { touchpointId: number; rating: number }[] = [];
      for (const [key, value] of input.ratings) {
        const touchpointId = Number(key);
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
        ratings.push({ touchpointId, rating: Number(value) });
      }
      const unknownBlock = input.unknownBlocks[0];
      if (unknownBlock !== undefined)
        errors[BLOCK.definition] ??= 'This form is out of date; please close it and open the pulse again.';

      const priorities = [...new Set(input.priorities)];
      if (priorities.length > MAX_PRIORITIES)
        errors[BLOCK.priorities] = `Please pick at most ${MAX_PRIORITIES}.`;
      else if (priorities.some((p) => !isAsked(p)))
        errors[BLOCK.priorities] = 'Please pick touchpoints from the list.';

      if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

      if (pickedDepartment && departmentId !== null) people.setDepartment(person.id, departmentId, 'self');
      const { themes, terms } = deps.tagger().tag(definition);
      const { replaced } = answers.upsert(
        {
          pulseId: pulse.id,
          respondent: pseudonym(userId),
          departmentId,
          definition,
          secondPrompt: pulse.secondPrompt,
          secondAnswer: secondAnswer || null,
          comment: comment || null,
          ratings,
          priorities: priorities.map(Number),
          themes,
          terms,
        },
        now,
      );
      return { kind: 'saved', replaced, closesAt: pulse.closesAt };
    },

    /** The person's current answer to a pulse, to prefill the modal. */
    current(userId: string, pulseId: number) {
      const found = answers.find(pulseId, pseudonym(userId));
      if (!found) return undefined;
      return {
        definition: found.answer.definition,
        secondAnswer: found.answer.secondAnswer,
        comment: found.answer.comment,
        ratings: new Map(found.ratings.map((r) => [r.touchpointId, r.rating])),
        priorities: found.priorities,
      };
    },

    ownAnswers: (userId: string, limit?: number) => answers.byRespondent(pseudonym(userId), limit),
    countOwn: (userId: string) => answers.countForRespondent(pseudonym(userId)),

    /** Deletes every answer of this person; returns how many. */
    deleteOwn(userId: string): number {
      return answers.deleteByRespondent(pseudonym(userId));
    },
  };
}
export type AnswerService = ReturnType<typeof createAnswerService>;
