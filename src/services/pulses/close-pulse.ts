import type { PulseServiceDeps } from './deps';
import { enqueueReminders } from './pulse-dms';

/** Closing pulses, and the minute's housekeeping that closes due ones and sends due reminders. */
export function pulseClosing(deps: PulseServiceDeps) {
  const { pulses, logger, clock } = deps;
  /** Pulses being closed on a worker thread now: a second tick does not start them again. */
  const closing = new Set<number>();

  function close(pulseId: number): void {
    const pulse = pulses.byId(pulseId);
    if (pulse?.status !== 'open') return;
    pulses.close(pulseId, clock());
    logger.info(`pulse #${pulseId} closed`);
    deps.onClosed?.(pulse);
  }

  /** As {@link close}, with the close transaction on a worker thread: the event loop stays free. */
  async function closeOffLoop(pulseId: number): Promise<void> {
    const pulse = pulses.byId(pulseId);
    if (pulse?.status !== 'open' || closing.has(pulseId)) return;
    closing.add(pulseId);
    try {
      if (!(await pulses.closeOffLoop(pulseId, clock()))) return;
    } finally {
      closing.delete(pulseId);
    }
    logger.info(`pulse #${pulseId} closed`);
    deps.onClosed?.(pulse);
  }

  return {
    close,
    closeOffLoop,

    /** Runs every minute: closes due pulses and queues reminders that are due. */
    housekeeping(): void {
      const now = clock();
      for (const pulse of pulses.dueToClose(now)) close(pulse.id);
      for (const pulse of pulses.dueForReminder(now)) enqueueReminders(deps, pulse, now);
    },

    /** The scheduler's minute: {@link housekeeping}, closing due pulses off the event loop. */
    async housekeepingOffLoop(): Promise<void> {
      const now = clock();
      for (const pulse of pulses.dueToClose(now)) await closeOffLoop(pulse.id);
      for (const pulse of pulses.dueForReminder(now)) enqueueReminders(deps, pulse, now);
    },
  };
}
