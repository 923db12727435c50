import { MAX_TOUCHPOINTS } from '../constants/limits';
import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { DeliveryRepository } from '../db/repositories/delivery-repository';
import type { PeopleRepository } from '../db/repositories/people-repository';
import type { PulseRepository, PulseRow } from '../db/repositories/pulse-repository';
import { UserError } from '../errors';
import type { Logger } from '../logging/logger';
import { slackDate } from '../render/slack-date';
import { sameLocalTime } from '../util/zoned-time';
import { type OrgService, withCustomerWord } from './org-service';
import type { Pseudonymizer } from './pseudonym';
import type { RosterService } from './roster-service';
import type { SettingsService } from './settings-service';
import { workspaceTimeZone as workspaceTz } from './workspace-time-zone';

const HOUR = 3_600_000;

export type OpenRequest =
  | { trigger: 'manual'; openedBy: string }
  | { trigger: 'schedule' | 'catch-up'; scheduleKey: string; slot: Date };

/**
 * Opening, fanning out, reminding and closing pulses. Fan-out only enqueues into the outbox (one
 * transaction); the delivery worker sends.
 */
export function createPulseService(deps: {
  pulses: PulseRepository;
  deliveries: DeliveryRepository;
  people: PeopleRepository;
  answers: AnswerRepository;
  org: OrgService;
  roster: RosterService;
  settings: SettingsService;
  pseudonym: Pseudonymizer;
  logger: Logger;
  clock: () => Date;
  onEnqueued: () => void;
  onClosed?: (pulse: PulseRow) => void;
}) {
  const { pulses, deliveries, people, settings, logger, clock } = deps;

  const workspaceTimeZone = () => workspaceTz({ settings, people });

  /** The bank's prompts are asked in turn: the new pulse records the turn it takes. */
  function nextPrompt(): { secondPrompt: string | null; promptIndex: number | null } {
    const none = { secondPrompt: null, promptIndex: null };
    const s = settings.get();
    if (!s.second_prompt_enabled) return none;
    const bank = deps.org.prompts();
    if (bank.length === 0) return none;
    const index = pulses.nextPromptIndex();
    const prompt = bank[index % bank.length];
    if (!prompt) return none;
    const words = { singular: s.customer_word, plural: s.customer_word_plural };
    return { secondPrompt: withCustomerWord(prompt.text, words), promptIndex: index };
  }

  /** Enqueues one invite per person on the roster (idempotent: re-running adds only who is missing). */
  function enqueueInvites(pulse: PulseRow, slot: Date | null): number {
    const now = clock();
    const s = settings.get();
    const baseTz = workspaceTimeZone();
    const rows = people.listRoster().map((p) => ({
      pulseId: pulse.id,
      personId: p.id,
      kind: 'invite' as const,
      departmentId: p.departmentId,
      notBefore: s.pulse_local_time && slot && p.tz ? sameLocalTime(slot, baseTz, p.tz, now) : now,
    }));
    const added = deliveries.enqueue(rows, now);
    pulses.markEnqueued(pulse.id, now);
    deps.onEnqueued();
    return added;
  }

  function refuseWhileOpen(open: PulseRow[]): void {
    const first = open[0];
    if (!first) return;
    throw new UserError(
      `Pulse #${first.id} is still open (until ${slackDate(first.closesAt, undefined, 'its close time')}).`,
      'One pulse runs at a time, so answers stay comparable. It closes by itself; the next one can start after that.',
    );
  }

  /** One roster refresh at a time: concurrent opens share the refresh that is under way. */
  let refreshing: Promise<void> | null = null;
  function refreshRoster(): Promise<void> {
    refreshing ??= (async () => {
      try {
        await deps.roster.refresh();
      } catch (error) {
        if (people.countActive() === 0) {
          logger.error('roster refresh failed', error);
          throw new UserError(
            'I could not read the member list from Slack, so no pulse was opened. Please try again in a minute.',
          );
        }
        logger.warn('roster refresh failed; using the roster from last time', error);
      }
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    workspaceTimeZone,

    async open(request: OpenRequest): Promise<{ pulse: PulseRow; recipients: number } | null> {
      const now = clock();
      if (request.trigger === 'manual') refuseWhileOpen(pulses.listOpen());
      const touchpoints = deps.org.touchpoints().slice(0, MAX_TOUCHPOINTS);
      if (touchpoints.length === 0)
        throw new UserError(
          'There are no touchpoints to ask about. Add some in `/cx-alignment config` first.',
        );
      await refreshRoster();
      // From here to the enqueue there is no await (better-sqlite3 is synchronous), so no other
      // open can slip in between this re-read of the open pulses and the create.
      const open = pulses.listOpen();
      if (request.trigger === 'manual') refuseWhileOpen(open);
      const s = settings.get();
      // reminder and close run from now, also for a late catch-up (people get the full answering
      // window); the every-N-weeks interval is measured from the slot (see the scheduler)
      const remindAt =
        s.remind_after_hours > 0 && s.remind_after_hours < s.close_after_hours
          ? new Date(now.getTime() + s.remind_after_hours * HOUR)
          : null;
      const pulse = pulses.create(
        {
          trigger: request.trigger,
          scheduleKey: request.trigger === 'manual' ? null : request.scheduleKey,
          openedBy: request.trigger === 'manual' ? request.openedBy : null,
          openedAt: now,
          remindAt,
          closesAt: new Date(now.getTime() + s.close_after_hours * HOUR),
          customerWord: s.customer_word,
          ...nextPrompt(),
        },
        touchpoints.map((t) => ({ touchpointId: t.id, name: t.name })),
      );
      if (!pulse) return null; // this schedule window has its pulse already
      // a scheduled pulse replaces one still open from before
      for (const old of open) this.close(old.id);
      const recipients = enqueueInvites(pulse, request.trigger === 'manual' ? null : request.slot);
      logger.info(`pulse #${pulse.id} opened (${request.trigger}); ${recipients} DMs queued`);
      return { pulse, recipients };
    },

    /** After a crash between opening and enqueueing: finish the enqueue for open pulses. */
    resumeEnqueue(): void {
      for (const pulse of pulses.listOpen()) if (!pulse.enqueuedAt) enqueueInvites(pulse, pulse.openedAt);
    },

    close(pulseId: number): void {
      const pulse = pulses.byId(pulseId);
      if (pulse?.status !== 'open') return;
      pulses.close(pulseId, clock());
      logger.info(`pulse #${pulseId} closed`);
      deps.onClosed?.(pulse);
    },

    /** Runs every minute: closes due pulses and queues reminders that are due. */
    housekeeping(): void {
      const now = clock();
      for (const pulse of pulses.dueToClose(now)) this.close(pulse.id);
      for (const pulse of pulses.dueForReminder(now)) {
        const invited = deliveries.invited(pulse.id);
        const roster = new Set(people.listRoster().map((p) => p.id));
        const byPseudonym = new Map(invited.map((p) => [deps.pseudonym(p.slackUserId), p]));
        const answered = deps.answers.answeredAmong(pulse.id, [...byPseudonym.keys()]);
        const rows = [...byPseudonym.entries()]
          .filter(([pseudonym, p]) => !answered.has(pseudonym) && roster.has(p.personId))
          .map(([, p]) => ({
            pulseId: pulse.id,
            personId: p.personId,
            kind: 'reminder' as const,
            departmentId: p.departmentId,
            notBefore: now,
          }));
        const added = deliveries.enqueue(rows, now);
        pulses.clearRemindAt(pulse.id);
        if (added > 0) deps.onEnqueued();
        logger.info(`pulse #${pulse.id}: ${added} reminders queued`);
      }
    },

    lastScheduled: () => pulses.latestScheduled(),
    current(): PulseRow | null {
      return pulses.listOpen().at(-1) ?? null;
    },
    byId: (id: number) => pulses.byId(id),
    touchpoints: (id: number) => pulses.touchpoints(id),
    deliveryCounts: (id: number) => deliveries.counts(id),
  };
}
export type PulseService = ReturnType<typeof createPulseService>;
