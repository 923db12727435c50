import type { ModalView } from '@slack/types';
import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../constants/limits';
import { BLOCK } from '../constants/slack-ids';
import type { PeopleRepository } from '../db/repositories/people-repository';
import { type Messages, messagesFor } from '../render/i18n';
import { type PulseModalInput, renderNoticeModal, renderPulseModal } from '../render/pulse-modal';
import { slackDate } from '../render/slack-date';
import { SlackCallError, type SlackGateway } from '../slack-client/gateway';
import type { AnswerService, SubmitResult } from './answer-service';
import type { PulseSubmission } from './inputs';
import type { OrgService } from './org-service';
import type { PulseService } from './pulses';
import type { SettingsService } from './settings-service';

export type SubmissionReply =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update'; view: ModalView };

/** Said when Slack rate-limits views.open: the trigger has expired, so only a new click can open it. */
export const BUSY_TEXT =
  'Slack is busy right now, so your pulse did not open. Please click Answer again in a moment.';

export const CLOSED_TEXT = messagesFor(null).notices.closed;

export const NOT_INVITED_TEXT =
  'This pulse was sent to the people on CX Align’s roster when it opened, and you were not among them (people who joined since, people who opted out and, unless an admin includes them, guests are not asked), so an answer from you would not be counted. If you think that is wrong, ask a CX Align admin.';

/** Told to an invited person with no department while an admin requires mapped ones. */
export const NO_DEPARTMENT_TEXT =
  'CX Align counts each answer in a department, and this workspace takes departments only from Slack (a user group or the profile field) or from an admin, not from a pick of your own. Yours is not set, so an answer from you would not be counted. Ask a CX Align admin to set your department.';

export type PulseUiDeps = {
  pulses: PulseService;
  answers: AnswerService;
  org: OrgService;
  people: PeopleRepository;
  settings: SettingsService;
  gateway: SlackGateway;
  clock: () => Date;
};

/** The answer modal for a person and an open pulse; null once the pulse is over. */
function modalFor(
  deps: PulseUiDeps,
  userId: string,
  pulseId: number,
  again?: Pick<PulseModalInput, 'initial' | 'notice'>,
): ModalView | null {
  const { pulses, answers, org, settings } = deps;
  const messages = messagesOf(deps, userId);
  const pulse = pulses.byId(pulseId);
  if (!pulse || !answers.isOpen(pulse, deps.clock())) return null;
  const s = settings.get();
  const stored = answers.current(userId, pulse.id);
  const department = answers.modalDepartment(userId, pulse.id);
  const list = () => org.departments().map((d) => ({ id: d.id, name: d.name }));
  return renderPulseModal({
    pulseId: pulse.id,
    closesAt: pulse.closesAt,
    customerWord: pulse.customerWord,
    // the pulse froze its word; the settings' plural fits it only while the word is the same
    customerWordPlural: s.customer_word === pulse.customerWord ? s.customer_word_plural : undefined,
    threshold: s.anonymity_threshold,
    touchpoints: pulses.touchpoints(pulse.id).map((t) => ({ id: t.touchpointId, name: t.name })),
    // an archived department counts as none: the person picks again
    departments: department?.kind === 'pick' ? list() : null,
    ...(department?.kind === 'fixed'
      ? {
          fixedDepartment: {
            name: department.name,
            next: department.next && { departments: list(), current: department.next.current },
          },
        }
      : {}),
    secondPrompt: pulse.secondPrompt,
    initial: again ? again.initial : stored,
    replacing: stored !== undefined,
    notice: again?.notice,
    messages,
  });
}

/** The person's messages, in their Slack language (English when it is unknown). */
function messagesOf(deps: PulseUiDeps, userId: string): Messages {
  return messagesFor(deps.people.bySlackId(userId)?.locale);
}

/** What the person typed, to show it again in a fresh form. */
function typed(submission: PulseSubmission): PulseModalInput['initial'] {
  const ratings = new Map<number, number>();
  for (const [id, value] of submission.ratings)
    if (/^[1-9]\d*$/.test(id) && value && /^[1-5]$/.test(value)) ratings.set(Number(id), Number(value));
  // within the inputs' limits, or Slack refuses the view
  return {
    definition: (submission.definition ?? '').slice(0, DEFINITION_MAX),
    secondAnswer: submission.secondAnswer?.slice(0, SECOND_ANSWER_MAX) ?? null,
    comment: submission.comment?.slice(0, COMMENT_MAX) ?? null,
    ratings,
    priorities: submission.priorities
      .filter((p) => /^[1-9]\d*$/.test(p))
      .map(Number)
      .slice(0, MAX_PRIORITIES),
    quoteConsent: submission.quoteConsent === true,
  };
}

/** Saves a submitted answer and says what the modal shows next. */
function submit(
  deps: PulseUiDeps,
  userId: string,
  pulseId: number,
  submission: PulseSubmission,
): SubmissionReply {
  const result = deps.answers.submit(userId, pulseId, submission);
  const m = messagesOf(deps, userId);
  switch (result.kind) {
    case 'invalid': {
      // the department is needed but the form had no picker (it was archived, or unset, after
      // the form opened): Slack rejects errors for a block not in the view, so show the form again
      if (result.errors[BLOCK.department] && !submission.hasDepartmentBlock) {
        const view = modalFor(deps, userId, pulseId, {
          initial: typed(submission),
          notice: m.modal.pickDepartmentNotice,
        });
        if (view) return { response_action: 'update', view };
      }
      return { response_action: 'errors', errors: result.errors };
    }
    case 'closed':
      return {
        response_action: 'update',
        view: renderNoticeModal(m.notices.closedTitle, m.notices.closed, m),
      };
    case 'not-invited':
      return { response_action: 'update', view: renderNoticeModal('Not counted', NOT_INVITED_TEXT) };
    case 'no-department':
      return { response_action: 'update', view: renderNoticeModal('Not counted', NO_DEPARTMENT_TEXT) };
    case 'saved':
      return {
        response_action: 'update',
        view: renderNoticeModal(m.notices.thanksTitle, savedText(result, m), m),
      };
  }
}

/** The thanks: saved or updated, until when it can change, and where it counts when that was asked. */
function savedText(result: Extract<SubmitResult, { kind: 'saved' }>, m: Messages): string {
  const until = slackDate(result.closesAt);
  const lines = [result.replaced ? m.notices.updated(until) : m.notices.saved(until)];
  if (result.kept) lines.push(m.notices.kept(result.kept));
  if (result.next) lines.push(m.notices.next(result.next));
  return lines.join('\n\n');
}

/** What a person does with a pulse: open the modal, submit it. */
export function createPulseUiService(deps: PulseUiDeps) {
  const { pulses, gateway } = deps;
  return {
    /**
     * Opens the answer modal; 'closed' when the pulse is over, 'not-invited' for someone it was
     * not sent to, 'no-department' for someone with none while mapped ones are required, 'busy' when Slack rate-limited views.open (the caller tells the person).
     */
    async openAnswerModal(
      userId: string,
      pulseId: number,
      triggerId: string,
    ): Promise<'opened' | 'closed' | 'busy' | 'not-invited' | 'no-department'> {
      const view = modalFor(deps, userId, pulseId);
      if (!view) return 'closed';
      const refused = deps.answers.refusal(userId, pulseId);
      if (refused) return refused;
      try {
        await gateway.openView(triggerId, view);
      } catch (error) {
        if (error instanceof SlackCallError && error.failure.kind === 'rate_limited') return 'busy';
        throw error;
      }
      return 'opened';
    },
    /** The open pulse's id, for buttons that do not name one (App Home). */
    currentPulseId: (): number | null => pulses.current()?.id ?? null,
    pulse: (id: number) => pulses.byId(id),
    /** The person's messages, in their Slack language. */
    messages: (userId: string): Messages => messagesOf(deps, userId),
    submit: (userId: string, pulseId: number, submission: PulseSubmission): SubmissionReply =>
      submit(deps, userId, pulseId, submission),
  };
}
export type PulseUiService = ReturnType<typeof createPulseUiService>;
