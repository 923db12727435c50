/** The roster's time-zone bands as one context line of the settings modal. */
import type { KnownBlock } from '@slack/types';
import { truncate } from '../escape';

export type ZoneBandLine = { offsetMinutes: number; people: number };

/** A context element's text holds at most 3000 characters. */
const CONTEXT_TEXT_MAX = 3000;

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "Roster by time zone (UTC offset today): UTC−05:00 · 5 people, …"; nothing for an empty roster. */
export function zoneBandsBlocks(bands: readonly ZoneBandLine[]): KnownBlock[] {
  if (bands.length === 0) return [];
  const parts = bands.map(
    (b) => `${offsetLabel(b.offsetMinutes)} · ${b.people} ${b.people === 1 ? 'person' : 'people'}`,
  );
  const text = `:earth_africa: Roster by time zone (UTC offset today): ${parts.join(', ')}. With local time on, each gets the pulse in their own working hours.`;
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, CONTEXT_TEXT_MAX) }] }];
}
