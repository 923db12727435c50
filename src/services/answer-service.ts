import { BLOCK } from '../constants/slack-ids';
import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { PeopleRepository } from '../db/repositories/people-repository';
import type { PulseRepository } from '../db/repositories/pulse-repository';
import {
  askedTouchpoints,
  checkPriorities,
  checkRatings,
  checkTexts,
  type FieldErrors,
} from './answer-checks';
import type { PulseSubmission } from './inputs';
import type { Pseudonymizer } from './pseudonym';

export type SubmitResult =
  | { kind: 'saved'; replaced: boolean; closesAt: Date }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'closed' };

export type Tagger = { tag(text: string): { themes: string[]; terms: string[] } };

/** A person's own answers, found by their pseudonym: to prefill, list, count and delete. */
function ownAnswers(answers: AnswerRepository, pseudonym: Pseudonymizer) {
  return {
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
        quoteConsent: found.answer.quoteConsent,
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

/** Open to answers: not closed, and its window not yet over. */
function isOpen(pulse: { status: string; closesAt: Date }, now: Date): boolean {
  return pulse.status === 'open' && pulse.closesAt.getTime() > now.getTime();
}

/** Which department an answer counts in, from the person's own or the one they picked. */
function departmentChoice(departments: DepartmentRepository) {
  /** A department the person can be counted in: null when unknown or archived (they pick one then). */
  function activeDepartmentId(departmentId: number | null): number | null {
    if (departmentId === null) return null;
    const department = departments.byId(departmentId);
    return department && !department.archivedAt ? department.id : null;
  }

  /** The department the answer counts in: the person's own, else the one picked in the modal. */
  function resolveDepartment(
    own: number | null,
    input: PulseSubmission,
    errors: FieldErrors,
  ): { departmentId: number | null; picked: boolean } {
    const departmentId = activeDepartmentId(own);
    if (departmentId !== null) return { departmentId, picked: false };
    const pickedId = input.departmentId !== null ? Number(input.departmentId) : Number.NaN;
    const department = Number.isInteger(pickedId) ? departments.byId(pickedId) : null;
    if (!department || department.archivedAt) {
      errors[BLOCK.department] = 'Please pick your department from the list.';
      return { departmentId: null, picked: false };
    }
    return { departmentId: department.id, picked: true };
  }
  return { activeDepartmentId, resolveDepartment };
}

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

  const { activeDepartmentId, resolveDepartment } = departmentChoice(departments);

  return {
    isOpen,
    /** The person's department if it is still active; null means the modal asks for one. */
    departmentOf: (userId: string): number | null =>
      activeDepartmentId(people.bySlackId(userId)?.departmentId ?? null),
    submit(userId: string, pulseId: number, input: PulseSubmission): SubmitResult {
      const now = clock();
      const pulse = pulses.byId(pulseId);
      if (!pulse || !isOpen(pulse, now)) return { kind: 'closed' };
      const errors: FieldErrors = {};
      const person = people.ensure(userId, now);
      const { departmentId, picked } = resolveDepartment(person.departmentId, input, errors);
      const { definition, secondAnswer, comment } = checkTexts(input, Boolean(pulse.secondPrompt), errors);
      const isAsked = askedTouchpoints(pulses.touchpoints(pulse.id).map((t) => t.touchpointId));
      const ratings = checkRatings(input, isAsked, errors);
      const priorities = checkPriorities(input, isAsked, errors);

      if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

      if (picked && departmentId !== null) people.setDepartment(person.id, departmentId, 'self');
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
          // opt-in: only a ticked box lets the definition be quoted
          quoteConsent: input.quoteConsent === true,
          ratings,
          priorities,
          themes,
          terms,
        },
        now,
      );
      return { kind: 'saved', replaced, closesAt: pulse.closesAt };
    },
    ...ownAnswers(answers, pseudonym),
  };
}
export type AnswerService = ReturnType<typeof createAnswerService>;
