/**
 * The bulk lane's pause after a 429: until when nothing is sent. Read from the injected clock only,
 * so a fake clock drives the pause the way it drives everything else.
 */
export function createRateLimitPause(clock: () => Date) {
  let until = 0;
  return {
    /** Holds sends for Retry-After seconds from now (never shortens a longer pause). */
    hold(retryAfterSeconds: number): void {
      until = Math.max(until, clock().getTime() + retryAfterSeconds * 1000);
    },
    /** Milliseconds left in the pause; 0 or less when sends may go. */
    remainingMs(): number {
      return until - clock().getTime();
    },
    /** When the pause ends, while one is in force; null otherwise. */
    endsAt(): Date | null {
      return until > clock().getTime() ? new Date(until) : null;
    },
  };
}
export type RateLimitPause = ReturnType<typeof createRateLimitPause>;
