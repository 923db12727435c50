/** Queueing a pulse's DMs into the outbox: the invites when it opens, the reminders when due. */
import type { PulseRow } from '../../db/repositories/pulse-repository';
import { sameLocalTime } from '../../util/zoned-time';
import { workspaceTimeZone } from '../workspace-time-zone';
import type { PulseServiceDeps } from './deps';

type InviteDeps = Pick<
  PulseServiceDeps,
  'pulses' | 'deliveries' | 'people' | 'settings' | 'clock' | 'onEnqueued'
>;
type ReminderDeps = Pick<
  PulseServiceDeps,
  'pulses' | 'deliveries' | 'people' | 'answers' | 'pseudonym' | 'logger' | 'onEnqueued'
>;

/** Enqueues one invite per person on the roster (idempotent: re-running adds only who is missing). */
export function enqueueInvites(deps: InviteDeps, pulse: PulseRow, slot: Date | null): number {
  const { pulses, deliveries, people, settings } = deps;
  const now = deps.clock();
  const s = settings.get();
  const baseTz = workspaceTimeZone({ settings, people });
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

/** Queues a reminder for everyone invited, still on the roster, who has not answered; once per pulse. */
export function enqueueReminders(deps: ReminderDeps, pulse: PulseRow, now: Date): void {
  const { pulses, deliveries, people } = deps;
  const invited = deliveries.invited(pulse.id);
  const roster = new Set(people.listRoster().map((p) => p.id));
  const byPseudonym = new Map(invited.map((p) => [deps.pseudonym(pulse.id, p.slackUserId), p]));
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
  deps.logger.info(`pulse #${pulse.id}: ${added} reminders queued`);
}
