import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logging/logger';
import type { DigestService } from '../services/digests';
import type { PulseService } from '../services/pulses';
import type { RetentionService } from '../services/retention-service';
import type { SettingsService } from '../services/settings-service';
import { scheduledNoWorkingHourNotice } from '../services/working-hours-text';
import { createSlotRunner, type SlotJob, type SlotStore } from './slot-runner';

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

export { lastSlotBetween } from './cron-slots';

type SchedulerDeps = {
  settings: SettingsService;
  pulses: PulseService;
  digests: Pick<DigestService, 'resume' | 'runWeekly'>;
  retention: Pick<RetentionService, 'run'>;
  slots: SlotStore;
  /** Tells the admins once per key (the admin notices): a scheduled pulse has no one to tell it to. */
  tellAdmins: (key: string, message: string) => Promise<void>;
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

/**
 * Opens the slot's pulse (once: its schedule key); a slot more than a minute old is a catch-up.
 * When someone has no working hour before the close (local time on), the admins hear it once.
 */
async function runPulseSlot(deps: SchedulerDeps, slot: Date): Promise<void> {
  if (!deps.settings.get().pulse_schedule.enabled || !dueByInterval(deps, slot)) return;
  const trigger = deps.clock().getTime() - slot.getTime() < MINUTE ? 'schedule' : 'catch-up';
  const opened = await deps.pulses.open({ trigger, scheduleKey: pulseScheduleKey(slot), slot });
  // a manual pulse's reply says who has no working hour before the close; a scheduled one tells the admins
  if (opened && opened.noWorkingHour > 0)
    await deps
      .tellAdmins(
        `no-working-hour:${opened.pulse.id}`,
        scheduledNoWorkingHourNotice(opened.pulse.id, opened.noWorkingHour),
      )
      .catch((error: unknown) =>
        deps.logger.warn('could not tell the admins who has no working hour', error),
      );
}

/**
 * How long after its minute a weekly digest missed while the app was down is still posted: a day,
 * so a digest due on Friday 09:00 goes out if the app is back by Saturday 09:00, and a week's
 * digest never lands in the next week.
 */
export const DIGEST_WINDOW_MS = DAY;

/**
 * The jobs fired from their last slot (see slot-runner.ts): the pulse schedule, inside its
 * answering window (close_after_hours), and the weekly digest, inside DIGEST_WINDOW_MS. The time
 * zone is read each time, so a fresh install takes the roster's as soon as it is read.
 */
export function slotJobs(deps: SchedulerDeps): SlotJob[] {
  const s = deps.settings.get();
  const tz = () => deps.pulses.workspaceTimeZone();
  const jobs: SlotJob[] = [];
  if (s.pulse_schedule.enabled)
    jobs.push({
      name: 'pulse',
      cron: s.pulse_schedule.cron,
      timezone: s.pulse_schedule.timezone ?? tz(),
      windowMs: s.close_after_hours * 60 * MINUTE,
      fire: (slot) => runPulseSlot(deps, slot),
    });
  if (s.digest_schedule.enabled)
    jobs.push({
      name: 'digest',
      cron: s.digest_schedule.cron,
      timezone: s.digest_schedule.timezone ?? tz(),
      windowMs: DIGEST_WINDOW_MS,
      fire: (slot) => deps.digests.runWeekly(slot),
    });
  return jobs;
}

/** Every cron job of the app: the slotted jobs' minutely check, and the timed ones. */
function scheduledJobs(fireDue: () => Promise<void>, deps: SchedulerDeps): ScheduledJob[] {
  return [
    // every minute, the pulse schedule and the weekly digest from their last fired slots
    { name: 'slots', cron: '* * * * *', timezone: 'UTC', run: fireDue },
    ...timedJobs(deps),
  ];
}

/** Housekeeping (close, remind), digest resume and retention, on UTC. */
function timedJobs(deps: SchedulerDeps): ScheduledJob[] {
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
  return list;
}

/**
 * Cron ticks only decide and enqueue; the outbox worker sends. Every job lives here: the pulse
 * schedule (with its every-N-weeks rule), a minutely housekeeping tick (close, remind), the
 * weekly digest and its resume, and the nightly retention purge.
 */
export function createScheduler(deps: SchedulerDeps) {
  const runner = createSlotRunner({ slots: deps.slots, logger: deps.logger, clock: deps.clock });
  let tasks: ScheduledTask[] = [];
  /** The slotted jobs as last seen, to tell which ones an admin's change touched. */
  let known: SlotJob[] = [];
  const slotted = (): SlotJob[] => {
    known = slotJobs(deps);
    return known;
  };

  function stop(): void {
    for (const task of tasks) void task.destroy();
    tasks = [];
  }

  function start(): void {
    stop();
    known = slotJobs(deps);
    for (const job of scheduledJobs(() => runner.tick(slotted()), deps)) {
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
  }

  return {
    start,
    stop,
    /** After settings change: a changed schedule starts from its next slot (see rebase). */
    reload(): void {
      const before = known;
      runner.rebase(before, slotted());
    },
    /** At start-up (and what every minute does): fire each job's latest due slot, once. */
    catchUp: (): Promise<void> => runner.tick(slotted()),
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
