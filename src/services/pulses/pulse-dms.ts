/** Queueing a pulse's DMs into the outbox: the invites when it opens, the reminders when due. */
import type { PersonRow } from '../../db/repositories/people-repository';
import type { PulseRow } from '../../db/repositories/pulse-repository';
import { sameLocalTime } from '../../util/zoned-time';
import { workspaceTimeZone } from '../workspace-time-zone';
import type { PulseServiceDeps } from './deps';

type InviteDeps = Pick<
  PulseServiceDeps,
  'pulses' | 'deliveries' | 'people' | 'org' | 'settings' | 'clock' | 'onEnqueued'
>;
type ReminderDeps = Pick<
  PulseServiceDeps,
  'pulses' | 'deliveries' | 'people' | 'answers' | 'pseudonym' | 'logger' | 'onEnqueued'
>;

/** Those whose department is set, active and not their own pick. */
function withMappedDepartment<P extends Pick<PersonRow, 'departmentId' | 'departmentSource'>>(
  deps: Pick<InviteDeps, 'org'>,
  roster: P[],
): P[] {
  const active = new Set(deps.org.departments().map((d) => d.id));
  return roster.filter(
    (p) => p.departmentId !== null && p.departmentSource !== 'self' && active.has(p.departmentId),
  );
}

/**
 * Enqueues one invite per person on the roster (idempotent: re-running adds only who is missing).
 * While mapped departments are required, people without one (none, archived or self-picked) are
 * left out: `noDepartment` counts them.
 */
export function enqueueInvites(
  deps: InviteDeps,
  pulse: PulseRow,
  slot: Date | null,
): { added: number; noDepartment: number } {
  const { pulses, deliveries, people, settings } = deps;
  const now = deps.clock();
  const s = settings.get();
  const baseTz = workspaceTimeZone({ settings, people });
  const roster = people.listRoster();
  const invited = s.require_mapped_departments ? withMappedDepartment(deps, roster) : roster;
  const rows = invited.map((p) => ({
    pulseId: pulse.id,
    personId: p.id,
    kind: 'invite' as const,
    departmentId: p.departmentId,
    notBefore: s.pulse_local_time && slot && p.tz ? sameLocalTime(slot, baseTz, p.tz, now) : now,
  }));
  const added = deliveries.enqueue(rows, now);
  pulses.markEnqueued(pulse.id, now);
  deps.onEnqueued();
  return { added, noDepartment: roster.length - invited.length };
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
