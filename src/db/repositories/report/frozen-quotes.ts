/**
 * The quotes in closed pulses' frozen results, as their authors' answers go: "Delete my data"
 * removes a quote taken from the person's answer; a retention purge keeps the quote (it is part of
 * the results, and names nobody) but forgets which answer it came from.
 */
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../open-db';
import { answers, pulseResults } from '../../schema';
import { resultsSchema } from './results';

type FrozenQuote = z.infer<typeof resultsSchema>['input']['quotes'][number];

/** Rewrites the frozen quotes of the pulses these answers belong to; returns how many changed. */
function rewriteQuotes(
  db: Db,
  answerIds: readonly number[],
  change: (quote: FrozenQuote, gone: Set<number>) => FrozenQuote | null,
): number {
  if (answerIds.length === 0) return 0;
  const gone = new Set(answerIds);
  const pulseIds = db
    .selectDistinct({ pulseId: answers.pulseId })
    .from(answers)
    .where(inArray(answers.id, [...answerIds]))
    .all()
    .map((r) => r.pulseId);
  if (pulseIds.length === 0) return 0;
  let changed = 0;
  for (const row of db.select().from(pulseResults).where(inArray(pulseResults.pulseId, pulseIds)).all()) {
    const parsed = resultsSchema.safeParse(JSON.parse(row.results));
    if (!parsed.success) continue;
    const before = parsed.data.input.quotes;
    const after = before.flatMap((q) =>
      q.answerIds?.some((id) => gone.has(id)) ? (change(q, gone) ?? []) : [q],
    );
    const touched = before.filter((q) => q.answerIds?.some((id) => gone.has(id))).length;
    if (touched === 0) continue;
    changed += touched;
    const results = JSON.stringify({ ...parsed.data, input: { ...parsed.data.input, quotes: after } });
    db.update(pulseResults).set({ results }).where(eq(pulseResults.pulseId, row.pulseId)).run();
  }
  return changed;
}

/** The answers matching `where` that could have been quoted (their authors agreed to it). */
export function quotableAnswerIds(db: Db, where: SQL | undefined): number[] {
  return db
    .select({ id: answers.id })
    .from(answers)
    .where(and(where, eq(answers.quoteConsent, true)))
    .all()
    .map((r) => r.id);
}

/** Removes from closed pulses' results every quote taken from these answers (call before deleting them). */
export function forgetQuotesOf(db: Db, answerIds: readonly number[]): number {
  return rewriteQuotes(db, answerIds, () => null);
}

/** Keeps the quotes taken from these answers but forgets that they came from them (call before purging). */
export function unlinkQuotesFrom(db: Db, answerIds: readonly number[]): number {
  return rewriteQuotes(db, answerIds, (q, gone) => {
    const rest = (q.answerIds ?? []).filter((id) => !gone.has(id));
    const { answerIds: _ids, ...quote } = q;
    return rest.length > 0 ? { ...quote, answerIds: rest } : quote;
  });
}
