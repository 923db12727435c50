import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../open-db';
import { adminNotices, digests } from '../schema';

export type DigestRow = typeof digests.$inferSelect;

/** Digest posts (one per period and channel) and the admin notices said once. */
export function createDigestRepository(db: Db) {
  return {
    /** The row for (period, channel), created pending when new. */
    claim(periodKey: string, channelId: string, kind: 'company' | 'department'): DigestRow {
      db.insert(digests).values({ periodKey, channelId, kind }).onConflictDoNothing().run();
      const row = db
        .select()
        .from(digests)
        .where(and(eq(digests.periodKey, periodKey), eq(digests.channelId, channelId)))
        .get();
      if (!row) throw new Error('digest row missing after insert');
      return row;
    },
    unfinished(): DigestRow[] {
      return db
        .select()
        .from(digests)
        .where(inArray(digests.status, ['pending', 'posting']))
        .all();
    },
    markPosting(id: number, fileId: string | null): void {
      db.update(digests).set({ status: 'posting', fileId }).where(eq(digests.id, id)).run();
    },
    markPosted(id: number, messageTs: string, at: Date): void {
      db.update(digests)
        .set({ status: 'posted', messageTs, postedAt: at, lastError: null })
        .where(eq(digests.id, id))
        .run();
    },
    markFailed(id: number, error: string): void {
      db.update(digests).set({ status: 'failed', lastError: error }).where(eq(digests.id, id)).run();
    },
    lastPosted(channelId: string): DigestRow | null {
      return (
        db
          .select()
          .from(digests)
          .where(and(eq(digests.channelId, channelId), eq(digests.status, 'posted')))
          .orderBy(digests.postedAt)
          .all()
          .at(-1) ?? null
      );
    },
    /** Records a notice; true only the first time this key is seen (so admins hear it once). */
    noticeOnce(key: string, message: string): boolean {
      return db.insert(adminNotices).values({ key, message }).onConflictDoNothing().run().changes > 0;
    },
    markNotified(key: string, at: Date): void {
      db.update(adminNotices)
        .set({ notifiedAt: at })
        .where(and(eq(adminNotices.key, key), isNull(adminNotices.notifiedAt)))
        .run();
    },
    clearNotice(key: string): void {
      db.delete(adminNotices).where(eq(adminNotices.key, key)).run();
    },
  };
}
export type DigestRepository = ReturnType<typeof createDigestRepository>;
