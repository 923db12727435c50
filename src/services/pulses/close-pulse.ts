import type { PulseServiceDeps } from './deps';
import { enqueueReminders } from './pulse-dms';

/** Closing pulses, and the minute's housekeeping that closes due ones and sends due reminders. */
export function pulseClosing(deps: PulseServiceDeps) {
  const { pulses, logger, clock } = deps;

  function close(pulseId: number): void {
    const pulse = pulses.byId(pulseId);
    if (pulse?.status !== 'open') return;
    pulses.close(pulseId, clock());
    logger.info(`pulse #${pulseId} closed`);
    deps.onClosed?.(pulse);
  }

  return {
    close,

    /** Runs every minute: closes due pulses and queues reminders that are due. */
    housekeeping(): void {
      const now = clock();
      for (const pulse of pulses.dueToClose(now)) close(pulse.id);
      for (const pulse of pulses.dueForReminder(now)) enqueueReminders(deps, pulse, now);
    },
  };
}
