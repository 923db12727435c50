/** Queueing a pulse's DMs into the outbox: the invites when it opens, the reminders when due. */
import type { PersonRow } from '../../db/repositories/people-repository';
import type { PulseRow } from '../../db/repositories/pulse-repository';
import { zoneOrFallback } from '../../util/working-hours';
import { workspaceTimeZone } from '../workspace-time-zone';
import type { PulseServiceDeps } from './deps';
import { personInvitation, personReminder, workingHoursOf } from './person-times';

type InviteDeps = Pick<
  PulseServiceDeps,
  'pulses' | 'deliveries' | 'people' | 'org' | 'settings' | 'clock' | 'onEnqueued'
>;
type ReminderDeps = Pick<
  PulseServiceDeps,
  'pulses' | 'deliveries' | 'people' | 'answers' | 'pseudonym' | 'logger' | 'onEnqueued' | 'settings'
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
 * left out: `noDepartment` counts them. With local time on, each invite waits for the person's
 * working hours (`person-times.ts`); `noWorkingHour` counts those invited at once for having none
 * before the close. Off: everyone at once, as before.
 */
export function enqueueInvites(
  deps: InviteDeps,
  pulse: PulseRow,
  slot: Date | null,
): { added: number; noDepartment: number; noWorkingHour: number } {
  const { pulses, deliveries, people, settings } = deps;
  const now = deps.clock();
  const s = settings.get();
  const base = zoneOrFallback(workspaceTimeZone({ settings, people }), 'UTC');
  const hours = workingHoursOf(s);
  const roster = people.listRoster();
  const invited = s.require_mapped_departments ? withMappedDepartment(deps, roster) : roster;
  const window = { openedAt: now > pulse.openedAt ? now : pulse.openedAt, closesAt: pulse.closesAt };
  let noWorkingHour = 0;
  const rows = invited.map((p) => {
    const timed = s.pulse_local_time ? personInvitation(window, slot, { person: p.tz, base }, hours) : null;
    if (timed?.noWorkingHour) noWorkingHour++;
    return {
      pulseId: pulse.id,
      personId: p.id,
      kind: 'invite' as const,
      departmentId: p.departmentId,
      notBefore: timed ? timed.at : now,
    };
  });
  const added = deliveries.enqueue(rows, now);
  pulses.markEnqueued(pulse.id, now);
  deps.onEnqueued();
  return { added, noDepartment: roster.length - invited.length, noWorkingHour };
}

/**
 * Queues a reminder for everyone invited, still on the roster, who has not answered; once per pulse.
 * With local time on, each lands at the reminder time in the person's zone inside their working
 * hours, never in the last hour before the close (none for who has no such hour left); `away` (Slack
 * ids whose status says out of office, holiday, sick) are deferred to their next working period.
 */
export function enqueueReminders(
  deps: ReminderDeps,
  pulse: PulseRow,
  now: Date,
  away: ReadonlySet<string> = new Set(),
): void {
  const { pulses, deliveries, people } = deps;
  const s = deps.settings.get();
  const base = zoneOrFallback(workspaceTimeZone({ settings: deps.settings, people }), 'UTC');
  const hours = workingHoursOf(s);
  const invited = deliveries.invited(pulse.id);
  const roster = new Map(people.listRoster().map((p) => [p.id, p]));
  const byPseudonym = new Map(invited.map((p) => [deps.pseudonym(pulse.id, p.slackUserId), p]));
  const answered = deps.answers.answeredAmong(pulse.id, [...byPseudonym.keys()]);
  const remindAt = pulse.remindAt ?? now;
  const rows = [...byPseudonym.entries()]
    .filter(([pseudonym, p]) => !answered.has(pseudonym) && roster.has(p.personId))
    .map(([, p]) => {
      const tz = roster.get(p.personId)?.tz ?? null;
      const at = s.pulse_local_time
        ? personReminder({ ...pulse, remindAt }, now, { person: tz, base }, hours, away.has(p.slackUserId))
        : now;
      return {
        pulseId: pulse.id,
        personId: p.personId,
        kind: 'reminder' as const,
        departmentId: p.departmentId,
        at,
      };
    })
    .flatMap(({ at, ...row }) => (at ? [{ ...row, notBefore: at }] : []));
  const added = deliveries.enqueue(rows, now);
  pulses.clearRemindAt(pulse.id);
  if (added > 0) deps.onEnqueued();
  deps.logger.info(`pulse #${pulse.id}: ${added} reminders queued`);
}
