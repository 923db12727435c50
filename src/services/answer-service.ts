import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { DeliveryRepository } from '../db/repositories/delivery-repository';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { PeopleRepository, PersonRow } from '../db/repositories/people-repository';
import type { PulseRepository } from '../db/repositories/pulse-repository';
import { messagesFor } from '../render/i18n';
import {
  askedTouchpoints,
  checkPriorities,
  checkRatings,
  checkTexts,
  type FieldErrors,
} from './answer-checks';
import { departmentRules } from './answer-departments';
import type { PulseSubmission } from './inputs';
import type { Pseudonymizer } from './pseudonym';
import type { SettingsService } from './settings-service';

export type SubmitResult =
  | {
      kind: 'saved';
      replaced: boolean;
      closesAt: Date;
      /** The department the answer stays in, when the submission asked for another for this pulse. */
      kept?: string;
      /** The department the person is counted in from the next pulse, when they changed it. */
      next?: string;
    }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'closed' }
  | { kind: 'not-invited' }
  | { kind: 'no-department' };

/** Tags a definition; `locale` is the person's Slack locale, which decides its language when known. */
export type Tagger = {
  tag(text: string, options?: { locale?: string }): { themes: string[]; terms: string[]; language?: string };
};

/**
 * A person's own answers, found by their pseudonym in each pulse there is (it differs from pulse
 * to pulse): to prefill, list, count and delete.
 */
function ownAnswers(
  answers: AnswerRepository,
  pulses: Pick<PulseRepository, 'ids'>,
  pseudonym: Pseudonymizer,
) {
  const keys = (userId: string) =>
    pulses.ids().map((pulseId) => ({ pulseId, respondent: pseudonym(pulseId, userId) }));
  return {
    /** The person's current answer to a pulse, to prefill the modal. */
    current(userId: string, pulseId: number) {
      const found = answers.find(pulseId, pseudonym(pulseId, userId));
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

    ownAnswers: (userId: string, limit?: number) => answers.byRespondents(keys(userId), limit),
    countOwn: (userId: string) => answers.countForRespondents(keys(userId)),

    /** Deletes every answer of this person, in every pulse there is; returns how many. */
    deleteOwn(userId: string): number {
      return answers.deleteByRespondents(keys(userId));
    },
  };
}

/** Open to answers: not closed, and its window not yet over. */
function isOpen(pulse: { status: string; closesAt: Date }, now: Date): boolean {
  return pulse.status === 'open' && pulse.closesAt.getTime() > now.getTime();
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
  requireMapped: () => boolean,
) {
  const { answers, people, pseudonym } = deps;
  /**
   * Whether this person may answer this pulse: invited to it (an invitation exists, not
   * cancelled), still on the roster and not opted out. Guests, people who joined after it opened
   * and anyone never asked are not counted, whatever door they come through. With it, the
   * department the answer counts in, fixed for the pulse: the one already answered under, else
   * the one invited under, else the person's own (not a self-picked one when mapped departments
   * are required); null when they are to pick one.
   */
  function invitation(
    userId: string,
    pulseId: number,
  ): { person: PersonRow; personId: number; departmentId: number | null; locale: string | null } | null {
    const person = people.bySlackId(userId);
    if (!person?.active || person.optedOutAt) return null;
    const invite = deps.deliveries.inviteFor(pulseId, person.id);
    if (!invite || invite.status === 'cancelled') return null;
    const answered = answers.find(pulseId, pseudonym(pulseId, userId))?.answer.departmentId ?? null;
    const own = requireMapped() && person.departmentSource === 'self' ? null : person.departmentId;
    const departmentId =
      activeDepartmentId(answered) ?? activeDepartmentId(invite.departmentId) ?? activeDepartmentId(own);
    return { person, personId: person.id, departmentId, locale: person.locale ?? null };
  }
  return invitation;
}

/**
 * Why a person cannot answer, given their invitation (see `invitationCheck`); null when they can.
 * While mapped departments are required, someone left out for having none is told that.
 */
function refusalOf(
  people: PeopleRepository,
  userId: string,
  invited: { departmentId: number | null } | null,
  requireMapped: boolean,
  activeDepartmentId: (departmentId: number | null) => number | null,
): 'not-invited' | 'no-department' | null {
  if (!requireMapped) return invited ? null : 'not-invited';
  if (invited) return invited.departmentId === null ? 'no-department' : null;
  const person = people.bySlackId(userId);
  if (!person?.active || person.optedOutAt) return 'not-invited';
  const mapped = person.departmentSource !== 'self' && activeDepartmentId(person.departmentId) !== null;
  return mapped ? 'not-invited' : 'no-department';
}

export type AnswerServiceDeps = {
  answers: AnswerRepository;
  pulses: PulseRepository;
  people: PeopleRepository;
  departments: DepartmentRepository;
  deliveries: Pick<DeliveryRepository, 'inviteFor'>;
  pseudonym: Pseudonymizer;
  settings: Pick<SettingsService, 'get'>;
  tagger: () => Tagger;
  clock: () => Date;
};

/** Every field of a submission checked; problems land in `errors`, in the person's language. */
function checkFields(
  input: PulseSubmission,
  pulse: { secondPrompt: boolean; asked: number[] },
  errors: FieldErrors,
  say: Parameters<typeof checkRatings>[3],
) {
  const texts = checkTexts(input, pulse.secondPrompt, errors, say);
  const isAsked = askedTouchpoints(pulse.asked);
  const ratings = checkRatings(input, isAsked, errors, say);
  const priorities = checkPriorities(input, isAsked, errors, say);
  return { ...texts, ratings, priorities };
}

/** The rules of an answer: checked against its pulse, stored once per person, tagged at write time. */
export function createAnswerService(deps: AnswerServiceDeps) {
  const { answers, pulses, people, departments, pseudonym, clock } = deps;
  const rules = departmentRules(departments);
  const { activeDepartmentId } = rules;
  const requireMapped = () => deps.settings.get().require_mapped_departments;
  const invitation = invitationCheck(deps, activeDepartmentId, requireMapped);
  const refusal = (userId: string, pulseId: number) =>
    refusalOf(people, userId, invitation(userId, pulseId), requireMapped(), activeDepartmentId);

  return {
    isOpen,
    /** The person's department if it is still active; null means the modal asks for one. */
    departmentOf: (userId: string): number | null =>
      activeDepartmentId(people.bySlackId(userId)?.departmentId ?? null),
    /** Whether the person was invited to this pulse and may answer it (see `invitation`). */
    mayAnswer: (userId: string, pulseId: number): boolean => refusal(userId, pulseId) === null,
    /** Why the person may not answer this pulse ('not-invited', 'no-department'); null if they may. */
    refusal,
    /** The department the person's answer to this pulse counts in; null: the modal asks for one. */
    departmentFor: (userId: string, pulseId: number): number | null =>
      invitation(userId, pulseId)?.departmentId ?? null,
    /** What the modal offers for the department (see `ModalDepartment`); null: not invited. */
    modalDepartment(userId: string, pulseId: number) {
      const invited = invitation(userId, pulseId);
      return invited && rules.modalDepartment(invited.person, invited.departmentId, requireMapped());
    },
    submit(userId: string, pulseId: number, input: PulseSubmission): SubmitResult {
      const now = clock();
      const pulse = pulses.byId(pulseId);
      if (!pulse || !isOpen(pulse, now)) return { kind: 'closed' };
      const invited = invitation(userId, pulse.id);
      const refused = refusalOf(people, userId, invited, requireMapped(), activeDepartmentId);
      if (refused || !invited) return { kind: refused ?? 'not-invited' };
      const errors: FieldErrors = {};
      const { departmentId, kept, next, own } = rules.submitted(invited, requireMapped(), input, errors);
      const say = messagesFor(invited.locale).errors; // in the person's language
      const asked = pulses.touchpoints(pulse.id).map((t) => t.touchpointId);
      const { definition, secondAnswer, comment, ratings, priorities } = checkFields(
        input,
        { secondPrompt: Boolean(pulse.secondPrompt), asked },
        errors,
        say,
      );

      if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

      if (own !== null) people.setDepartment(invited.personId, own, 'self');
      // the person's Slack locale says which language they write in; else the tagger detects it
      const locale = invited.locale ?? undefined;
      const { themes, terms, language } = deps.tagger().tag(definition, locale ? { locale } : {});
      const { replaced } = answers.upsert(
        {
          pulseId: pulse.id,
          respondent: pseudonym(pulse.id, userId),
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
      return {
        kind: 'saved',
        replaced,
        closesAt: pulse.closesAt,
        ...(kept ? { kept } : {}),
        ...(next ? { next } : {}),
      };
    },
    ...ownAnswers(answers, pulses, pseudonym),
  };
}
export type AnswerService = ReturnType<typeof createAnswerService>;
