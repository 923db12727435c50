import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logging/logger';
import type { PulseService } from '../services/pulse-service';
import type { SettingsService } from '../services/settings-service';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type ScheduledJob = {
  name: string;
  cron: string;
  timezone: string;
  run: (slot: Date) => Promise<void> | void;
};

/** The schedule window a slot belongs to: one pulse per key, whoever opens it (tick or catch-up). */
export function pulseScheduleKey(slot: Date): string {
  return `pulse:${new Date(Math.floor(slot.getTime() / MINUTE) * MINUTE).toISOString()}`;
}

/** The slot a schedule key was made from (see pulseScheduleKey), or null for another shape. */
export function slotOfScheduleKey(key: string | null): Date | null {
  if (!key?.startsWith('pulse:')) return null;
  const slot = new Date(key.slice('pulse:'.length));
  return Number.isNaN(slot.getTime()) ? null : slot;
}

/** The latest minute in (from, to] that matches the cron in the time zone, or null. */
export function lastSlotBetween(expression: string, timezone: string, from: Date, to: Date): Date | null {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    let t = Math.floor(to.getTime() / MINUTE) * MINUTE;
    for (; t > from.getTime(); t -= MINUTE) if (task.match(new Date(t))) return new Date(t);
    return null;
  } finally {
    void task.destroy();
  }
}

/**
 * Cron ticks only decide and enqueue; the outbox worker sends. Jobs: the pulse schedule (with its
 * every-N-weeks rule), a minutely housekeeping tick (close, remind), and extra jobs (the digest).
 */
export function createScheduler(deps: {
  settings: SettingsService;
  pulses: PulseService;
  logger: Logger;
  clock: () => Date;
  extraJobs?: () => ScheduledJob[];
}) {
  const { settings, pulses, logger, clock } = deps;
  let tasks: ScheduledTask[] = [];

  /**
   * Whether a slot is due under the every-N-weeks rule (N weeks since the last scheduled pulse's
   * slot, less a day of slack). Measured from the slot, not openedAt: a catch-up opens late, and
   * must not push the next slot out.
   */
  function dueByInterval(slot: Date): boolean {
    const weeks = settings.get().pulse_schedule.every_weeks;
    const last = pulses.lastScheduled();
    if (!last) return true;
    const lastSlot = slotOfScheduleKey(last.scheduleKey) ?? last.openedAt;
    return slot.getTime() - lastSlot.getTime() >= weeks * 7 * DAY - DAY;
  }

  async function runPulseSlot(slot: Date, trigger: 'schedule' | 'catch-up'): Promise<void> {
    if (!settings.get().pulse_schedule.enabled || !dueByInterval(slot)) return;
    try {
      await pulses.open({ trigger, scheduleKey: pulseScheduleKey(slot), slot });
    } catch (error) {
      logger.error(`scheduled pulse for ${slot.toISOString()} failed`, error);
    }
  }

  function jobs(): ScheduledJob[] {
    const s = settings.get();
    const tz = pulses.workspaceTimeZone();
    const list: ScheduledJob[] = [
      { name: 'housekeeping', cron: '* * * * *', timezone: 'UTC', run: () => pulses.housekeeping() },
    ];
    if (s.pulse_schedule.enabled) {
      list.push({
        name: 'pulse',
        cron: s.pulse_schedule.cron,
        timezone: s.pulse_schedule.timezone ?? tz,
        run: (slot) => runPulseSlot(slot, 'schedule'),
      });
    }
    return [...list, ...(deps.extraJobs?.() ?? [])];
  }

  return {
    start(): void {
      this.stop();
      for (const job of jobs()) {
        const task = cron.createTask(
          job.cron,
          async (ctx) => {
            await job.run(ctx.date);
          },
          { timezone: job.timezone, noOverlap: true, name: job.name },
        );
        void task.start();
        tasks.push(task);
      }
    },
    /** After settings change: the same jobs, with their new expressions. */
    reload(): void {
      this.start();
    },
    stop(): void {
      for (const task of tasks) void task.destroy();
      tasks = [];
    },
    /**
     * At start-up: a pulse slot missed while the app was down, and still inside its answering
     * window, is opened once (its schedule key makes a second catch-up, or the tick, a no-op).
     */
    async catchUp(): Promise<void> {
      const s = settings.get();
      if (!s.pulse_schedule.enabled) return;
      const now = clock();
      const from = new Date(now.getTime() - s.close_after_hours * 60 * MINUTE);
      const slot = lastSlotBetween(
        s.pulse_schedule.cron,
        s.pulse_schedule.timezone ?? pulses.workspaceTimeZone(),
        from,
        new Date(now.getTime() - MINUTE),
      );
      if (slot) await runPulseSlot(slot, 'catch-up');
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
