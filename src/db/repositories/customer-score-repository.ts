import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { customerScores, touchpoints } from '../schema';

export type CustomerScoreRow = typeof customerScores.$inferSelect;
export type NewCustomerScore = Omit<typeof customerScores.$inferInsert, 'id'>;
/** A stored score with its touchpoint's current name. */
export type CustomerScoreListing = CustomerScoreRow & { touchpoint: string };

const UPSERT = `insert into customer_scores
  (period, touchpoint_id, metric, raw_score, scale, normalised, n, imported_at, source)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?)
  on conflict (period, touchpoint_id, metric) do update set raw_score = excluded.raw_score,
  scale = excluded.scale, normalised = excluded.normalised, n = excluded.n,
  imported_at = excluded.imported_at, source = excluded.source`;

/** Customer scores: one row per (period, touchpoint, metric). Queries only. */
export function createCustomerScoreRepository(db: Db) {
  const count = (): number => db.select({ n: sql<number>`count(*)` }).from(customerScores).get()?.n ?? 0;
  return {
    count,
    /**
     * Writes every row in one transaction (all or nothing); a row whose key is stored already
     * replaces it. Returns how many keys were new and how many replaced.
     */
    upsertAll(rows: readonly NewCustomerScore[]): { added: number; replaced: number } {
      // one prepared statement run per row: drizzle building a 500-row INSERT took about 4 s for
      // 100k rows on this machine, the prepared statement about 0.3 s (better-sqlite3 is in-process)
      const upsert = db.$client.prepare(UPSERT);
      return db.$client.transaction(() => {
        const before = count();
        for (const r of rows)
          upsert.run(
            r.period,
            r.touchpointId,
            r.metric,
            r.rawScore,
            r.scale,
            r.normalised,
            r.n,
            r.importedAt.getTime(),
            r.source,
          );
        const added = count() - before;
        return { added, replaced: rows.length - added };
      })();
    },
    /** Every distinct period label. */
    periods(): string[] {
      return db
        .selectDistinct({ period: customerScores.period })
        .from(customerScores)
        .all()
        .map((r) => r.period);
    },
    /** The scores of one period. */
    ofPeriod(period: string): CustomerScoreRow[] {
      return db
        .select()
        .from(customerScores)
        .where(eq(customerScores.period, period))
        .orderBy(asc(customerScores.touchpointId), asc(customerScores.metric))
        .all();
    },
    /** Stored scores with their touchpoint's name, optionally of one period. */
    list(period?: string): CustomerScoreListing[] {
      const query = db
        .select({ row: customerScores, touchpoint: touchpoints.name })
        .from(customerScores)
        .innerJoin(touchpoints, eq(touchpoints.id, customerScores.touchpointId));
      const rows = period === undefined ? query.all() : query.where(eq(customerScores.period, period)).all();
      return rows.map((r) => ({ ...r.row, touchpoint: r.touchpoint }));
    },
  };
}
export type CustomerScoreRepository = ReturnType<typeof createCustomerScoreRepository>;
