/**
 * Fires each slotted job (the pulse schedule, the weekly digest) from its last fired slot, kept in
 * the database: at start and every minute it looks for the latest slot after that one which is
 * still inside the job's window, and fires it. A cron tick alone misses a slot when the app is
 * down at that minute or the event loop stalls across it (node-cron skips a missed tick); the
 * database row makes a slot fire once across restarts, and the job's own unique key (a pulse's
 * schedule key, a digest's period and channel) makes a second process or a race a no-op.
 */
import type { Logger } from '../logging/logger';
import { lastSlotBetween } from './cron-slots';

const MINUTE = 60_000;

export type SlotJob = {
  name: string;
  cron: string;
  timezone: string;
  /** How long after its slot a missed run is still worth firing. */
  windowMs: number;
  /** Throws to have the slot tried again next minute (while inside its window). */
  fire: (slot: Date) => Promise<void>;
};

export type SlotStore = {
  lastSlot(job: string): Date | null;
  markFired(job: string, slot: Date, at: Date): void;
};

type Cursor = { spec: string; upTo: number };

const specOf = (job: SlotJob) => `${job.cron}|${job.timezone}`;

export function createSlotRunner(deps: { slots: SlotStore; logger: Logger; clock: () => Date }) {
  const { slots, logger, clock } = deps;
  /** Per job, up to where this process has already looked (so a tick scans a minute, not 72 hours). */
  const cursors = new Map<string, Cursor>();
  /** Per job, the slot whose failure was logged: one line per slot, not one a minute. */
  const failedLogged = new Map<string, number>();
  let running: Promise<void> | null = null;

  async function runJob(job: SlotJob, now: Date): Promise<void> {
    const cursor = cursors.get(job.name);
    const from = Math.max(
      now.getTime() - job.windowMs,
      slots.lastSlot(job.name)?.getTime() ?? Number.NEGATIVE_INFINITY,
      cursor?.spec === specOf(job) ? cursor.upTo : Number.NEGATIVE_INFINITY,
    );
    const slot = lastSlotBetween(job.cron, job.timezone, new Date(from), now);
    const upTo = Math.floor(now.getTime() / MINUTE) * MINUTE;
    if (!slot) {
      cursors.set(job.name, { spec: specOf(job), upTo });
      return;
    }
    try {
      await job.fire(slot);
      slots.markFired(job.name, slot, clock());
      cursors.set(job.name, { spec: specOf(job), upTo });
    } catch (error) {
      // look at this slot again next minute
      cursors.set(job.name, { spec: specOf(job), upTo: slot.getTime() - 1 });
      if (failedLogged.get(job.name) !== slot.getTime()) {
        failedLogged.set(job.name, slot.getTime());
        logger.error(`${job.name} for ${slot.toISOString()} failed; trying again each minute`, error);
      }
    }
  }

  async function runAll(jobs: SlotJob[]): Promise<void> {
    const now = clock();
    for (const job of jobs) {
      try {
        await runJob(job, now);
      } catch (error) {
        logger.error(`${job.name}: could not read its schedule`, error);
      }
    }
  }

  return {
    /** Fires what is due; a call while one runs waits for that one instead of starting another. */
    tick(jobs: SlotJob[]): Promise<void> {
      running ??= runAll(jobs).finally(() => {
        running = null;
      });
      return running;
    },
    /**
     * After an admin changes a job's expression or zone (or turns it on): it starts from its next
     * slot, rather than firing a slot of the new expression that passed before the change.
     */
    rebase(before: SlotJob[], after: SlotJob[]): void {
      const now = clock();
      // a slot at this very minute still fires; one that passed before the change does not
      const minute = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE - MINUTE);
      for (const job of after) {
        const old = before.find((b) => b.name === job.name);
        if (old && specOf(old) === specOf(job)) continue;
        slots.markFired(job.name, minute, now);
        cursors.delete(job.name);
      }
    },
  };
}
export type SlotRunner = ReturnType<typeof createSlotRunner>;
