import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../open-db';
import { digests, followUpAudit, followUps } from '../schema';

export type FollowUpRow = typeof followUps.$inferSelect;
export type NewFollowUp = Omit<
  typeof followUps.$inferInsert,
  'id' | 'status' | 'doneNote' | 'outcome' | 'createdAt' | 'updatedAt' | 'announcedAt'
>;
export type FollowUpAuditRow = typeof followUpAudit.$inferSelect;

/** Follow-ups and their audit trail. Synchronous, one transaction per change with its audit row. */
export function createFollowUpRepository(db: Db) {
  const byKey = (key: string): FollowUpRow | null =>
    db.select().from(followUps).where(eq(followUps.idempotencyKey, key)).get() ?? null;
  const byId = (id: number): FollowUpRow | null =>
    db.select().from(followUps).where(eq(followUps.id, id)).get() ?? null;

  return {
    byId,
    byKey,
    latestDigestPost: () => latestDigestPost(db),
    create: (row: NewFollowUp, at: Date) => createFollowUp(db, row, at),
    /** Every follow-up, oldest due first. */
    all(): FollowUpRow[] {
      return db.select().from(followUps).orderBy(asc(followUps.dueDate), asc(followUps.id)).all();
    },
    /** Open or done (not yet resolved) follow-ups on one subject, for measuring after a pulse. */
    unresolvedOn(subjectKind: 'touchpoint' | 'theme', subjectKey: string): FollowUpRow[] {
      return db
        .select()
        .from(followUps)
        .where(
          and(
            eq(followUps.subjectKind, subjectKind),
            eq(followUps.subjectKey, subjectKey),
            inArray(followUps.status, ['open', 'done']),
          ),
        )
        .all();
    },
    /** Applies a change and writes its audit row in one transaction. */
    update(
      id: number,
      change: Partial<Pick<FollowUpRow, 'status' | 'doneNote' | 'outcome' | 'announcedAt'>>,
      at: Date,
      audit: { actor: string; what: string } | null,
    ): void {
      db.transaction((tx) => {
        tx.update(followUps)
          .set({ ...change, updatedAt: at })
          .where(eq(followUps.id, id))
          .run();
        if (audit)
          tx.insert(followUpAudit)
            .values({ followUpId: id, at, ...audit })
            .run();
      });
    },
    audit(id: number): FollowUpAuditRow[] {
      return db
        .select()
        .from(followUpAudit)
        .where(eq(followUpAudit.followUpId, id))
        .orderBy(desc(followUpAudit.at), desc(followUpAudit.id))
        .all();
    },
  };
}
export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;

/** The latest posted company digest (its channel and message), for a follow-up's thread. */
export function latestDigestPost(db: Db): { channelId: string; messageTs: string } | null {
  const row = db
    .select({ channelId: digests.channelId, messageTs: digests.messageTs })
    .from(digests)
    .where(and(eq(digests.status, 'posted'), eq(digests.kind, 'company'), isNotNull(digests.messageTs)))
    .orderBy(desc(digests.postedAt), desc(digests.id))
    .get();
  return row?.messageTs ? { channelId: row.channelId, messageTs: row.messageTs } : null;
}

/**
 * Inserts the follow-up and its "created" audit row in one transaction, unless a row with the
 * same idempotency key exists: then nothing is written. Returns the row and whether it is new.
 */
export function createFollowUp(db: Db, row: NewFollowUp, at: Date): { row: FollowUpRow; created: boolean } {
  return db.transaction((tx) => {
    const inserted = tx
      .insert(followUps)
      .values({ ...row, updatedAt: at })
      .onConflictDoNothing()
      .returning()
      .get();
    if (inserted) {
      tx.insert(followUpAudit)
        .values({ followUpId: inserted.id, actor: row.createdBy, at, what: 'created' })
        .run();
      return { row: inserted, created: true };
    }
    const found = tx.select().from(followUps).where(eq(followUps.idempotencyKey, row.idempotencyKey)).get();
    if (!found) throw new Error('follow-up missing after a conflicting insert');
    return { row: found, created: false };
  });
}
