import type { KnownBlock, ModalView } from '@slack/types';
import type { DeliveryRepository } from '../db/repositories/delivery-repository';
import type { PeopleRepository } from '../db/repositories/people-repository';
import { UserError } from '../errors';
import { deletedNotice, renderHome } from '../render/home';
import type { SlackGateway } from '../slack-client/gateway';
import type { AccessService } from './access-service';
import type { AnswerService } from './answer-service';
import type { PulseService } from './pulses';
import type { SettingsService } from './settings-service';

/** App Home: what each person sees, and their own data controls. */
export function createHomeService(deps: {
  access: AccessService;
  answers: AnswerService;
  pulses: PulseService;
  people: PeopleRepository;
  deliveries: DeliveryRepository;
  settings: SettingsService;
  gateway: SlackGateway;
  clock: () => Date;
  dashboard?: () => KnownBlock[];
  settingsModal?: () => ModalView;
  reportModal?: () => ModalView;
}) {
  const { access, answers, pulses, people, gateway, clock } = deps;

  return {
    async view(userId: string, notice?: string) {
      const role = await access.role(userId);
      const open = pulses.current();
      const own = answers.ownAnswers(userId, 5);
      const person = people.bySlackId(userId);
      return renderHome({
        role,
        threshold: deps.settings.get().anonymity_threshold,
        pulse: open
          ? { id: open.id, closesAt: open.closesAt, answered: answers.current(userId, open.id) !== undefined }
          : null,
        optedOut: Boolean(person?.optedOutAt),
        ownAnswers: own.map((a) => ({
          pulseId: a.answer.pulseId,
          openedAt: a.pulseOpenedAt,
          definition: a.answer.definition,
          open: a.pulseStatus === 'open',
        })),
        totalAnswers: own.length < 5 ? own.length : answers.countOwn(userId),
        ...(notice ? { notice } : {}),
        ...(role !== 'employee' && deps.dashboard ? { dashboard: deps.dashboard() } : {}),
      });
    },
    async publish(userId: string, notice?: string): Promise<void> {
      await gateway.publishHome(userId, await this.view(userId, notice));
    },
    async deleteData(userId: string): Promise<void> {
      const deleted = answers.deleteOwn(userId);
      await this.publish(userId, deletedNotice(deleted));
    },
    async setOptOut(userId: string, optOut: boolean): Promise<void> {
      const now = clock();
      const person = people.ensure(userId, now);
      people.setOptedOut(userId, optOut ? now : null);
      const cancelled = optOut ? deps.deliveries.cancelPendingFor(person.id, now) : 0;
      await this.publish(
        userId,
        optOut
          ? `You will get no more pulses${cancelled ? ' (an unsent one was cancelled)' : ''}. Your past answers stay until you delete them.`
          : 'You will get pulses again.',
      );
    },
    async openSettings(userId: string, triggerId: string): Promise<void> {
      if (!(await access.isAdmin(userId)) || !deps.settingsModal)
        throw new UserError('Only CX Align admins can change settings.');
      await gateway.openView(triggerId, deps.settingsModal());
    },
    async openReport(userId: string, triggerId: string): Promise<void> {
      if (!(await access.isLeader(userId)) || !deps.reportModal)
        throw new UserError('The report is for leaders.');
      await gateway.openView(triggerId, deps.reportModal());
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
