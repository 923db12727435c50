/** A clock that stands still until the test moves it. */
export function fixedClock(start: string | Date) {
  let at = new Date(start).getTime();
  return {
    /** The `clock` dependency: a fresh Date of the current fixed time. */
    now: (): Date => new Date(at),
    advance(ms: number): void {
      at += ms;
    },
    set(to: string | Date): void {
      at = new Date(to).getTime();
    },
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
