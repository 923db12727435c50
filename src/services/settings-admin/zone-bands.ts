/** How many people on the roster are in each time-zone band (their UTC offset now), for the modal. */
import { zoneOrFallback } from '../../util/working-hours';
import { wallClock } from '../../util/zoned-time';

export type ZoneBand = { offsetMinutes: number; people: number };

function offsetMinutes(at: Date, tz: string): number {
  const w = wallClock(at, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The bands, west to east; people without a known zone count in the workspace's. */
export function zoneBands(zones: readonly (string | null)[], workspaceTz: string, at: Date): ZoneBand[] {
  const byZone = new Map<string, number>();
  for (const tz of zones) {
    const zone = zoneOrFallback(tz, workspaceTz);
    byZone.set(zone, (byZone.get(zone) ?? 0) + 1);
  }
  const bands = new Map<number, number>();
  for (const [zone, n] of byZone) {
    const offset = offsetMinutes(at, zone);
    bands.set(offset, (bands.get(offset) ?? 0) + n);
  }
  return [...bands.entries()]
    .sort(([a], [b]) => a - b)
    .map(([offsetMinutes, people]) => ({ offsetMinutes, people }));
}
