import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../open-db';
import { adminNotices, digestChannelSources, digests } from '../schema';

export type DigestRow = typeof digests.$inferSelect;
/** What a digest channel now shows: the company digest (department null) or a department's. */
export type ChannelShown = { channelId: string; departmentId: number | null; source: string };

/** Digest posts (one per period and channel), what each channel last showed, and the admin notices said once. */
export function createDigestRepository(db: Db) {
  return { ...digestPosts(db), ...channelSources(db), ...notices(db) };
}
export type DigestRepository = ReturnType<typeof createDigestRepository>;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function digestPosts(db: Db) {
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
    /** Marks the row posted and records what its channel now shows, in one transaction. */
    markPosted(id: number, posted: { messageTs: string; at: Date; shown: ChannelShown }): void {
      const { messageTs, at, shown } = posted;
      db.transaction((tx) => {
        tx.update(digests)
          .set({ status: 'posted', messageTs, postedAt: at, lastError: null })
          .where(eq(digests.id, id))
          .run();
        recordShown(tx, shown, at);
      });
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
  };
}

/** The one row per (channel, department) – each kind has its own partial unique index to conflict on. */
function recordShown(tx: Tx, shown: ChannelShown, at: Date): void {
  const t = digestChannelSources;
  const conflict =
    shown.departmentId === null
      ? { target: t.channelId, targetWhere: isNull(t.departmentId) }
      : { target: [t.channelId, t.departmentId], targetWhere: isNotNull(t.departmentId) };
  tx.insert(t)
    .values({ ...shown, updatedAt: at })
    .onConflictDoUpdate({ ...conflict, set: { source: shown.source, updatedAt: at } })
    .run();
}

function channelSources(db: Db) {
  return {
    /** What the channel's last digest showed (of this department, or the company digest for null). */
    lastShown(channelId: string, departmentId: number | null): string | null {
      const t = digestChannelSources;
      return (
        db
          .select({ source: t.source })
          .from(t)
          .where(
            and(
              eq(t.channelId, channelId),
              departmentId === null ? isNull(t.departmentId) : eq(t.departmentId, departmentId),
            ),
          )
          .get()?.source ?? null
      );
    },
  };
}

function notices(db: Db) {
  return {
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
