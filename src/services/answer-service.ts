import { BLOCK } from '../constants/slack-ids';
import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { DeliveryRepository } from '../db/repositories/delivery-repository';
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
  | { kind: 'closed' }
  | { kind: 'not-invited' };

/** Tags a definition; `locale` is the person's Slack locale, which decides its language when known. */
export type Tagger = {
  tag(text: string, options?: { locale?: string }): { themes: string[]; terms: string[]; language?: string };
};

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

/** Who may answer a pulse, and in which department (see the returned function). */
function invitationCheck(
  deps: {
    answers: AnswerRepository;
    people: PeopleRepository;
    deliveries: Pick<DeliveryRepository, 'inviteFor'>;
    pseudonym: Pseudonymizer;
  },
  activeDepartmentId: (departmentId: number | null) => number | null,
) {
  const { answers, people, pseudonym } = deps;
  /**
   * Whether this person may answer this pulse: invited to it (an invitation exists, not
   * cancelled), still on the roster and not opted out. Guests, people who joined after it opened
   * and anyone never asked are not counted, whatever door they come through. With it, the
   * department the answer counts in, fixed for the pulse: the one already answered under, else
   * the one invited under, else the person's own; null when they are to pick one.
   */
  function invitation(
    userId: string,
    pulseId: number,
  ): { personId: number; departmentId: number | null; locale: string | null } | null {
    const person = people.bySlackId(userId);
    if (!person?.active || person.optedOutAt) return null;
    const invite = deps.deliveries.inviteFor(pulseId, person.id);
    if (!invite || invite.status === 'cancelled') return null;
    const answered = answers.find(pulseId, pseudonym(userId))?.answer.departmentId ?? null;
    const departmentId =
      activeDepartmentId(answered) ??
      activeDepartmentId(invite.departmentId) ??
      activeDepartmentId(person.departmentId);
    return { personId: person.id, departmentId, locale: person.locale ?? null };
  }
  return invitation;
}

/** The rules of an answer: checked against its pulse, stored once per person, tagged at write time. */
export function createAnswerService(deps: {
  answers: AnswerRepository;
  pulses: PulseRepository;
  people: PeopleRepository;
  departments: DepartmentRepository;
  deliveries: Pick<DeliveryRepository, 'inviteFor'>;
  pseudonym: Pseudonymizer;
  tagger: () => Tagger;
  clock: () => Date;
}) {
  const { answers, pulses, people, departments, pseudonym, clock } = deps;

  const { activeDepartmentId, resolveDepartment } = departmentChoice(departments);

  const invitation = invitationCheck(deps, activeDepartmentId);

  return {
    isOpen,
    /** The person's department if it is still active; null means the modal asks for one. */
    departmentOf: (userId: string): number | null =>
      activeDepartmentId(people.bySlackId(userId)?.departmentId ?? null),
    /** Whether the person was invited to this pulse and may answer it (see `invitation`). */
    mayAnswer: (userId: string, pulseId: number): boolean => invitation(userId, pulseId) !== null,
    /** The department the person's answer to this pulse counts in; null: the modal asks for one. */
    departmentFor: (userId: string, pulseId: number): number | null =>
      invitation(userId, pulseId)?.departmentId ?? null,
    submit(userId: string, pulseId: number, input: PulseSubmission): SubmitResult {
      const now = clock();
      const pulse = pulses.byId(pulseId);
      if (!pulse || !isOpen(pulse, now)) return { kind: 'closed' };
      const invited = invitation(userId, pulse.id);
      if (!invited) return { kind: 'not-invited' };
      const errors: FieldErrors = {};
      const { departmentId, picked } = resolveDepartment(invited.departmentId, input, errors);
      const { definition, secondAnswer, comment } = checkTexts(input, Boolean(pulse.secondPrompt), errors);
      const isAsked = askedTouchpoints(pulses.touchpoints(pulse.id).map((t) => t.touchpointId));
      const ratings = checkRatings(input, isAsked, errors);
      const priorities = checkPriorities(input, isAsked, errors);

      if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

      if (picked && departmentId !== null) people.setDepartment(invited.personId, departmentId, 'self');
      // the person's Slack locale says which language they write in; else the tagger detects it
      const locale = invited.locale ?? undefined;
      const { themes, terms, language } = deps.tagger().tag(definition, locale ? { locale } : {});
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
          language: language ?? null,
        },
        now,
      );
      return { kind: 'saved', replaced, closesAt: pulse.closesAt };
    },
    ...ownAnswers(answers, pseudonym),
  };
}
export type AnswerService = ReturnType<typeof createAnswerService>;
