/**
 * The open pulse's line as every Slack surface shows it: rounded (`roundParticipation`) and
 * computed at most once per pulse per UTC hour, so that reading it before and after one
 * colleague answers gives the same figure. A per-process cache: a restart empties it, and the
 * first read after it computes afresh. The rounding still protects that read (one answer moves
 * the figure by at most one step of 5, or of 5%, that any of several answers could have made),
 * and a leader cannot restart the app to get one.
 */
import { type OpenPulseLine, type OpenPulseProgress, toOpenPulseLine } from '../analytics/report';

const HOUR_MS = 3_600_000;
/** Lines kept: one per pulse, threshold and close time in the hour; more means an odd churn, so start over. */
const MAX_LINES = 64;

/** `read` gives the exact progress now; the returned function gives the line shown this hour. */
export function hourlyOpenLine(
  read: () => OpenPulseProgress | null,
  clock: () => Date,
): () => OpenPulseLine | null {
  const lines = new Map<string, OpenPulseLine>();
  let hourOfLines = Number.NaN;
  return () => {
    const progress = read();
    if (progress === null) return null;
    const hour = Math.floor(clock().getTime() / HOUR_MS);
    if (hour !== hourOfLines || lines.size >= MAX_LINES) {
      lines.clear();
      hourOfLines = hour;
    }
    // a changed threshold or close time is another line (the figure must hold under its rule)
    const key = `${progress.pulseId}:${progress.threshold}:${progress.closesAt}`;
    const kept = lines.get(key);
    if (kept !== undefined) return kept;
    const line = toOpenPulseLine(progress);
    lines.set(key, line);
    return line;
  };
}
