import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open-db';
import { answers, people, upgrades } from '../schema';

/** An answer as the rekeying sees it: which pulse, and the pseudonym it is stored under. */
export type StoredRespondent = { id: number; pulseId: number; respondent: string };

/**
 * The one-off data upgrades a migration left owed (see the `upgrades` table): each runs in one
 * transaction with its marker, so a crash leaves it wholly undone and the next start-up does it.
 */
export function createUpgradeRepository(db: Db) {
  const owed = (name: string) =>
    db
      .select({ name: upgrades.name })
      .from(upgrades)
      .where(and(eq(upgrades.name, name), isNull(upgrades.doneAt)))
      .get() !== undefined;
  return {
    owed,
    /**
     * If `name` is owed: gives every answer the respondent `rekey` returns for it and marks `name`
     * done, in one transaction. Returns how many answers it rekeyed, or null when nothing was owed.
     * `rekey` is handed every person's Slack user id, to map old pseudonyms back.
     */
    rekeyAnswers(
      name: string,
      at: Date,
      rekey: (slackUserIds: string[]) => (row: StoredRespondent) => string,
    ): number | null {
      return db.transaction((tx) => {
        if (!owed(name)) return null;
        const ids = tx
          .select({ id: people.slackUserId })
          .from(people)
          .all()
          .map((p) => p.id);
        const next = rekey(ids);
        const rows = tx
          .select({ id: answers.id, pulseId: answers.pulseId, respondent: answers.respondent })
          .from(answers)
          .all();
        for (const row of rows)
          tx.update(answers)
            .set({ respondent: next(row) })
            .where(eq(answers.id, row.id))
            .run();
        tx.update(upgrades).set({ doneAt: at }).where(eq(upgrades.name, name)).run();
        return rows.length;
      });
    },
  };
}
export type UpgradeRepository = ReturnType<typeof createUpgradeRepository>;
