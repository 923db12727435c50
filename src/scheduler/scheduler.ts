import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logging/logger';
import type { DigestService } from '../services/digests';
import type { PulseService } from '../services/pulses';
import type { RetentionService } from '../services/retention-service';
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

type SchedulerDeps = {
  settings: SettingsService;
  pulses: PulseService;
  digests: Pick<DigestService, 'resume' | 'runWeekly'>;
  retention: Pick<RetentionService, 'run'>;
  logger: Logger;
  clock: () => Date;
};

/**
 * Whether a slot is due under the every-N-weeks rule (N weeks since the last scheduled pulse's
 * slot, less a day of slack). Measured from the slot, not openedAt: a catch-up opens late, and
 * must not push the next slot out.
 */
function dueByInterval(deps: SchedulerDeps, slot: Date): boolean {
  const weeks = deps.settings.get().pulse_schedule.every_weeks;
  const last = deps.pulses.lastScheduled();
  if (!last) return true;
  const lastSlot = slotOfScheduleKey(last.scheduleKey) ?? last.openedAt;
  return slot.getTime() - lastSlot.getTime() >= weeks * 7 * DAY - DAY;
}

async function runPulseSlot(
  deps: SchedulerDeps,
  slot: Date,
  trigger: 'schedule' | 'catch-up',
): Promise<void> {
  if (!deps.settings.get().pulse_schedule.enabled || !dueByInterval(deps, slot)) return;
  try {
    await deps.pulses.open({ trigger, scheduleKey: pulseScheduleKey(slot), slot });
  } catch (error) {
    deps.logger.error(`scheduled pulse for ${slot.toISOString()} failed`, error);
  }
}

/**
 * Every cron job of the app, from the current settings. Times of day are the workspace's (or the
 * schedule's own zone); housekeeping, digest resume and retention run on UTC.
 */
export function scheduledJobs(deps: SchedulerDeps): ScheduledJob[] {
  const s = deps.settings.get();
  const tz = deps.pulses.workspaceTimeZone();
  const list: ScheduledJob[] = [
    {
      name: 'housekeeping',
      cron: '* * * * *',
      timezone: 'UTC',
      run: () => deps.pulses.housekeepingOffLoop(),
    },
    { name: 'digest-resume', cron: '*/5 * * * *', timezone: 'UTC', run: () => deps.digests.resume() },
    {
      name: 'retention',
      cron: '17 3 * * *',
      timezone: 'UTC',
      run: () => {
        deps.retention.run();
      },
    },
  ];
  if (s.pulse_schedule.enabled) {
    list.push({
      name: 'pulse',
      cron: s.pulse_schedule.cron,
      timezone: s.pulse_schedule.timezone ?? tz,
      run: (slot) => runPulseSlot(deps, slot, 'schedule'),
    });
  }
  if (s.digest_schedule.enabled) {
    list.push({
      name: 'digest',
      cron: s.digest_schedule.cron,
      timezone: s.digest_schedule.timezone ?? tz,
      run: (slot) => deps.digests.runWeekly(slot),
    });
  }
  return list;
}

/**
 * Cron ticks only decide and enqueue; the outbox worker sends. Every job lives here: the pulse
 * schedule (with its every-N-weeks rule), a minutely housekeeping tick (close, remind), the
 * weekly digest and its resume, and the nightly retention purge.
 */
export function createScheduler(deps: SchedulerDeps) {
  const { settings, pulses, clock } = deps;
  let tasks: ScheduledTask[] = [];

  return {
    start(): void {
      this.stop();
      for (const job of scheduledJobs(deps)) {
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
      if (slot) await runPulseSlot(deps, slot, 'catch-up');
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
