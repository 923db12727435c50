import type { ModalView } from '@slack/types';
import type { PeopleRepository } from '../db/repositories/people-repository';
import { renderNoticeModal, renderPulseModal } from '../render/pulse-modal';
import { slackDate } from '../render/slack-date';
import { SlackCallError, type SlackGateway } from '../slack/gateway';
import type { PulseSubmission } from '../slack/parse/pulse-submission';
import type { AnswerService } from './answer-service';
import type { OrgService } from './org-service';
import type { PulseService } from './pulse-service';
import type { SettingsService } from './settings-service';

export type SubmissionReply =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update'; view: ModalView };

/** Said when Slack rate-limits views.open: the trigger has expired, so only a new click can open it. */
export const BUSY_TEXT =
  'Slack is busy right now, so your pulse did not open. Please click Answer again in a moment.';

export const CLOSED_TEXT =
  'This pulse has closed, so answers can no longer be added or changed. Thank you all the same: the next pulse will reach you by DM.';

/** What a person does with a pulse: open the modal, submit it. */
export function createPulseUiService(deps: {
  pulses: PulseService;
  answers: AnswerService;
  org: OrgService;
  people: PeopleRepository;
  settings: SettingsService;
  gateway: SlackGateway;
  clock: () => Date;
}) {
  const { pulses, answers, org, people, settings, gateway, clock } = deps;

  function modalFor(userId: string, pulseId: number): ModalView | null {
    const pulse = pulses.byId(pulseId);
    if (!pulse || !answers.isOpen(pulse, clock())) return null;
    const person = people.bySlackId(userId);
    const s = settings.get();
    return renderPulseModal({
      pulseId: pulse.id,
      closesAt: pulse.closesAt,
      customerWord: pulse.customerWord,
      threshold: s.anonymity_threshold,
      touchpoints: pulses.touchpoints(pulse.id).map((t) => ({ id: t.touchpointId, name: t.name })),
      departments: person?.departmentId ? null : org.departments().map((d) => ({ id: d.id, name: d.name })),
      secondPrompt: pulse.secondPrompt,
      initial: answers.current(userId, pulse.id),
    });
  }

  return {
    /**
     * Opens the answer modal; 'closed' when the pulse is over, 'busy' when Slack rate-limited
     * views.open (the caller tells the person either way).
     */
    async openAnswerModal(
      userId: string,
      pulseId: number,
      triggerId: string,
    ): Promise<'opened' | 'closed' | 'busy'> {
      const view = modalFor(userId, pulseId);
      if (!view) return 'closed';
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
    submit(userId: string, pulseId: number, submission: PulseSubmission): SubmissionReply {
      const result = answers.submit(userId, pulseId, submission);
      switch (result.kind) {
        case 'invalid':
          return { response_action: 'errors', errors: result.errors };
        case 'closed':
          return { response_action: 'update', view: renderNoticeModal('Pulse closed', CLOSED_TEXT) };
        case 'saved':
          return {
            response_action: 'update',
            view: renderNoticeModal(
              'Thank you',
              `:white_check_mark: ${result.replaced ? 'Your answer is updated' : 'Your answer is saved'}. You can change it until ${slackDate(result.closesAt)} from the pulse DM or the app’s Home tab; the latest answer is the one that counts.`,
            ),
          };
      }
    },
  };
}
export type PulseUiService = ReturnType<typeof createPulseUiService>;
