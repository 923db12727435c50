import { eq } from 'drizzle-orm';
import type { Db } from '../open-db';
import { scheduleSlots } from '../schema';

/** The last slot each scheduled job fired for (see schema/schedule.ts). */
export function createScheduleSlotRepository(db: Db) {
  return {
    lastSlot(job: string): Date | null {
      return db.select().from(scheduleSlots).where(eq(scheduleSlots.job, job)).get()?.lastSlot ?? null;
    },
    /** Moves the job's last slot forward to `slot` (never back). */
    markFired(job: string, slot: Date, at: Date): void {
      const current = this.lastSlot(job);
      if (current && current.getTime() >= slot.getTime()) return;
      db.insert(scheduleSlots)
        .values({ job, lastSlot: slot, firedAt: at })
        .onConflictDoUpdate({ target: scheduleSlots.job, set: { lastSlot: slot, firedAt: at } })
        .run();
    },
  };
}
export type ScheduleSlotRepository = ReturnType<typeof createScheduleSlotRepository>;
