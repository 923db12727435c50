/** Re-tagging stored answers: those of open pulses after a lexicon edit, and old ones without a language. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../open-db';
import { answers, answerTerms, answerThemes, pulses } from '../schema';

/** An answer's definition, to tag again. */
export type TaggableAnswer = { id: number; definition: string; language: string | null };
/** New tags of an answer. */
export type AnswerTags = {
  id: number;
  themes: readonly string[];
  terms: readonly string[];
  language: string;
};

export function createAnswerTagsRepository(db: Db) {
  return {
    /** Answers of open pulses (closed ones are frozen), by id, `limit` after `afterId`. */
    openPulseAnswers(afterId: number, limit: number): TaggableAnswer[] {
      return db
        .select({ id: answers.id, definition: answers.definition, language: answers.language })
        .from(answers)
        .innerJoin(pulses, eq(pulses.id, answers.pulseId))
        .where(and(eq(pulses.status, 'open'), gt(answers.id, afterId)))
        .orderBy(answers.id)
        .limit(limit)
        .all();
    },
    /** Answers stored before their language was, by id, `limit` after `afterId`. */
    withoutLanguage(afterId: number, limit: number): TaggableAnswer[] {
      return db
        .select({ id: answers.id, definition: answers.definition, language: answers.language })
        .from(answers)
        .where(and(isNull(answers.language), gt(answers.id, afterId)))
        .orderBy(answers.id)
        .limit(limit)
        .all();
    },
    /** Replaces the themes, terms and language of these answers, in one transaction. */
    replaceTags(rows: readonly AnswerTags[]): void {
      db.transaction((tx) => {
        for (const r of rows) {
          tx.update(answers).set({ language: r.language }).where(eq(answers.id, r.id)).run();
          tx.delete(answerThemes).where(eq(answerThemes.answerId, r.id)).run();
          tx.delete(answerTerms).where(eq(answerTerms.answerId, r.id)).run();
          for (const theme of new Set(r.themes))
            tx.insert(answerThemes).values({ answerId: r.id, theme }).run();
          for (const term of new Set(r.terms)) tx.insert(answerTerms).values({ answerId: r.id, term }).run();
        }
      });
    },
  };
}
export type AnswerTagsRepository = ReturnType<typeof createAnswerTagsRepository>;
