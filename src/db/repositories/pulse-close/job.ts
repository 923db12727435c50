/** What the main thread hands the close worker, and what it answers. */
export type CloseJob = { path: string; pulseId: number; at: number };

export const isCloseJob = (value: unknown): value is CloseJob =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CloseJob).path === 'string' &&
  Number.isInteger((value as CloseJob).pulseId) &&
  Number.isFinite((value as CloseJob).at);

/** The worker's answer: whether it closed the pulse, or the message of what failed. */
export type CloseAnswer = { closed: boolean } | { error: string };

export const isCloseAnswer = (value: unknown): value is CloseAnswer =>
  typeof value === 'object' &&
  value !== null &&
  (typeof (value as { closed: unknown }).closed === 'boolean' ||
    typeof (value as { error: unknown }).error === 'string');
