import type { PulseServiceDeps } from './deps';
import { enqueueReminders } from './pulse-dms';

/**
 * With local time on, who is away by their Slack status now (their reminder is deferred); a failed
 * read defers nobody (one log line) rather than holding the reminders back.
 */
async function awayNow(deps: PulseServiceDeps): Promise<ReadonlySet<string>> {
  if (!deps.settings.get().pulse_local_time) return new Set();
  try {
    return await deps.roster.awayNow();
  } catch (e) {
    deps.logger.warn(`could not read Slack statuses for the reminders, so nobody is deferred: ${String(e)}`);
    return new Set();
  }
}

/** Closing pulses, and the minute's housekeeping that closes due ones and sends due reminders. */
export function pulseClosing(deps: PulseServiceDeps) {
  const { pulses, logger, clock } = deps;
  /** Pulses being closed on a worker thread now, with the close's run: a second call joins it. */
  const closing = new Map<number, Promise<boolean>>();

  function close(pulseId: number): void {
    const pulse = pulses.byId(pulseId);
    // one being closed off the loop is closed by that run (waiting here would block on its lock)
    if (pulse?.status !== 'open' || closing.has(pulseId)) return;
    pulses.close(pulseId, clock());
    logger.info(`pulse #${pulseId} closed`);
    deps.onClosed?.(pulse);
  }

  /**
   * As {@link close}, with the close transaction on a worker thread: the event loop stays free.
   * Settles once the pulse is closed: true for the call that closed it; false when it was not
   * open, or for a call made while a close of it ran (that call waits for the run, then says false).
   */
  function closeOffLoop(pulseId: number): Promise<boolean> {
    const running = closing.get(pulseId);
    if (running) return running.then(() => false);
    const pulse = pulses.byId(pulseId);
    if (pulse?.status !== 'open') return Promise.resolve(false);
    const run = (async () => {
      try {
        if (!(await pulses.closeOffLoop(pulseId, clock()))) return false;
      } finally {
        closing.delete(pulseId);
      }
      logger.info(`pulse #${pulseId} closed`);
      deps.onClosed?.(pulse);
      return true;
    })();
    closing.set(pulseId, run);
    return run;
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
      if (pulses.dueForReminder(now).length === 0) return;
      const away = await awayNow(deps);
      for (const pulse of pulses.dueForReminder(now)) enqueueReminders(deps, pulse, now, away);
    },
  };
}
