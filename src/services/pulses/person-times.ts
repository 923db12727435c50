/** Each person's invitation and reminder instants with local time on: the working-hours rules. */

import {
  invitationInstant,
  reminderInstant,
  type WorkingHours,
  zoneOrFallback,
} from '../../util/working-hours';
import { wallClock, zonedTimeToInstant } from '../../util/zoned-time';
import type { Settings } from '../settings-schema';

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The stored setting as the pure rules take it. */
export function workingHoursOf(s: Pick<Settings, 'working_hours'>): WorkingHours {
  return {
    startMinute: minutes(s.working_hours.start),
    endMinute: minutes(s.working_hours.end),
    days: s.working_hours.days,
  };
}

/** When `personTz` shows the wall-clock time that `instant` shows in `baseTz`. */
function sameWallClock(instant: Date, baseTz: string, personTz: string): Date {
  return zonedTimeToInstant(wallClock(instant, baseTz), personTz);
}

export interface PulseWindow {
  openedAt: Date;
  closesAt: Date;
}

/**
 * A person's invitation: the slot's wall-clock time in their zone (a manual pulse: the open), moved
 * into their working hours while the pulse is open.
 */
export function personInvitation(
  pulse: PulseWindow,
  slot: Date | null,
  zones: { person: string | null; base: string },
  hours: WorkingHours,
): { at: Date; noWorkingHour: boolean } {
  const tz = zoneOrFallback(zones.person, zones.base);
  const desired = slot ? sameWallClock(slot, zones.base, tz) : pulse.openedAt;
  return invitationInstant({ desired, opensAt: pulse.openedAt, closesAt: pulse.closesAt }, tz, hours);
}

/**
 * A person's reminder: the pulse's reminder time in their zone, inside working hours, never in the
 * last hour before the close; null for none (no reminder rather than one outside working hours).
 * Someone `away` (their Slack status says so) gets it at the start of their next working period
 * instead: deferred, never after the close.
 */
export function personReminder(
  pulse: PulseWindow & { remindAt: Date },
  now: Date,
  zones: { person: string | null; base: string },
  hours: WorkingHours,
  away = false,
): Date | null {
  const tz = zoneOrFallback(zones.person, zones.base);
  const desired = sameWallClock(pulse.remindAt, zones.base, tz);
  const at = reminderInstant(desired, now, pulse.closesAt, tz, hours);
  return at && away ? reminderInstant(endOfWorkingDay(at, tz, hours), now, pulse.closesAt, tz, hours) : at;
}

/** The end of the working period that `at` (inside working hours) lies in. */
function endOfWorkingDay(at: Date, tz: string, hours: WorkingHours): Date {
  const w = wallClock(at, tz);
  const end = hours.endMinute;
  return zonedTimeToInstant({ ...w, hour: Math.floor(end / 60), minute: end % 60 }, tz);
}
