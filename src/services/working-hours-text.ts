/** The working-hours field of the settings modal as text: "09:00-18:00 Mon-Fri" or "08:30-17:00 Mon,Tue,Thu". */
import type { Settings } from './settings-schema';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const LABEL = (d: number) => {
  const name = DAY_NAMES[d - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
};

type Hours = Settings['working_hours'];

/** The setting as the modal shows it: consecutive days as a range. */
export function formatWorkingHours(h: Hours): string {
  const days = [...h.days].sort((a, b) => a - b);
  const first = days[0] ?? 1;
  const consecutive = days.length > 1 && days.every((d, i) => d === first + i);
  const dayText = consecutive ? `${LABEL(first)}-${LABEL(days.at(-1) ?? first)}` : days.map(LABEL).join(',');
  return `${h.start}-${h.end} ${dayText}`;
}

function dayIndex(word: string): number | null {
  const i = DAY_NAMES.indexOf(word.trim().slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function parseDays(text: string): number[] | null {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to, ...rest] = part.split(/[-–]/);
    const a = dayIndex(from ?? '');
    const b = to === undefined ? a : dayIndex(to);
    if (a === null || b === null || rest.length > 0 || b < a) return null;
    for (let d = a; d <= b; d++) out.add(d);
  }
  return [...out].sort((x, y) => x - y);
}

/**
 * Reads the field; null when it is not of the form "HH:MM-HH:MM Days". The values are then checked
 * by the settings schema (times, end after start).
 */
export function parseWorkingHours(text: string): Hours | null {
  const match = /^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s+(.+?)\s*$/.exec(text);
  if (!match) return null;
  const [, start = '', end = '', dayText = ''] = match;
  const days = parseDays(dayText.replace(/\s+/g, ''));
  if (!days) return null;
  return { start: start.padStart(5, '0'), end: end.padStart(5, '0'), days };
}

export const WORKING_HOURS_HELP = 'Please write working hours like 09:00-18:00 Mon-Fri.';

/** The admin's note on who has no working hour while the pulse is open (local time on). */
export function noWorkingHourLine(n: number): string {
  if (n === 0) return '';
  const who = n === 1 ? '1 person has' : `${n} people have`;
  return ` ${who} no working hour before it closes, so they were invited at once rather than in their working hours: a longer close time reaches them inside their hours.`;
}

/** What the admins are told, once, when a scheduled pulse invited someone outside their hours. */
export function scheduledNoWorkingHourNotice(pulseId: number, n: number): string {
  return `:alarm_clock: Scheduled pulse #${pulseId} is open.${noWorkingHourLine(n)} Change it in \`/cx-alignment config\`.`;
}
