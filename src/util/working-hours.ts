/**
 * Working hours, per person: pure rules for when an invitation or a reminder may land. Every instant
 * returned lies inside the person's working hours (in their own time zone) and before the limit.
 */
import { wallClock, zonedTimeToInstant } from './zoned-time';

/** Working hours as minutes after local midnight, and the ISO weekdays (1 = Monday … 7 = Sunday). */
export interface WorkingHours {
  startMinute: number;
  endMinute: number;
  days: readonly number[];
}

/** 09:00–18:00, Monday to Friday. */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  startMinute: 9 * 60,
  endMinute: 18 * 60,
  days: [1, 2, 3, 4, 5],
};

/** How many local days ahead a next working period is looked for (a week and a bit). */
const DAYS_AHEAD = 9;

/** True when Node knows `tz` as an IANA time zone. */
export function knownTimeZone(tz: string | null | undefined): tz is string {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The person's zone when Node knows it, else the workspace's. */
export function zoneOrFallback(tz: string | null | undefined, workspaceTz: string): string {
  return knownTimeZone(tz) ? tz : workspaceTz;
}

function atMinute(date: Date, minute: number, timeZone: string): Date {
  return zonedTimeToInstant(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(minute / 60),
      minute: minute % 60,
    },
    timeZone,
  );
}

/**
 * The first instant at or after `from` that lies inside the working hours in `timeZone` and
 * before `limit`; null when there is none.
 */
export function firstWorkingInstant(
  from: Date,
  limit: Date,
  timeZone: string,
  hours: WorkingHours,
): Date | null {
  const w = wallClock(from, timeZone);
  for (let i = 0; i <= DAYS_AHEAD; i++) {
    const date = new Date(Date.UTC(w.year, w.month - 1, w.day + i));
    if (!hours.days.includes(date.getUTCDay() || 7)) continue;
    const start = atMinute(date, hours.startMinute, timeZone);
    const end = atMinute(date, hours.endMinute, timeZone);
    if (end.getTime() <= from.getTime()) continue;
    const at = start.getTime() > from.getTime() ? start : from;
    return at.getTime() < limit.getTime() ? at : null;
  }
  return null;
}

/** True when `instant` lies inside the working hours in `timeZone`. */
export function insideWorkingHours(instant: Date, timeZone: string, hours: WorkingHours): boolean {
  const found = firstWorkingInstant(instant, new Date(instant.getTime() + 1), timeZone, hours);
  return found !== null && found.getTime() === instant.getTime();
}

export interface InvitationWindow {
  /** When the person would ideally get it (the scheduled local time, or the open for a manual pulse). */
  desired: Date;
  opensAt: Date;
  closesAt: Date;
}

export interface InvitationTime {
  at: Date;
  /** No working hour of this person falls inside the window: invited at once at the open instead. */
  noWorkingHour: boolean;
}

/**
 * When a person is invited: the desired instant if it is still ahead and inside their working
 * hours, else the start of their next working period, while the pulse is open. A person with no
 * working hour before the close is invited at once at the open (and counted, so the admin is told).
 */
export function invitationInstant(
  window: InvitationWindow,
  timeZone: string,
  hours: WorkingHours,
): InvitationTime {
  const from = window.desired.getTime() > window.opensAt.getTime() ? window.desired : window.opensAt;
  const at = firstWorkingInstant(from, window.closesAt, timeZone, hours);
  return at ? { at, noWorkingHour: false } : { at: window.opensAt, noWorkingHour: true };
}

/** Reminders never land in the last hour before the close. */
export const REMINDER_QUIET_MS = 60 * 60 * 1000;

/**
 * When a person is reminded: the first working instant at or after `desired` (and `now`) that is
 * at least an hour before the close; null when there is none (no reminder rather than one at night).
 */
export function reminderInstant(
  desired: Date,
  now: Date,
  closesAt: Date,
  timeZone: string,
  hours: WorkingHours,
): Date | null {
  const from = desired.getTime() > now.getTime() ? desired : now;
  const limit = new Date(closesAt.getTime() - REMINDER_QUIET_MS);
  return firstWorkingInstant(from, limit, timeZone, hours);
}
