import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { answers, answerTerms, answerThemes, priorities, pulses, ratings } from '../schema';
import { forgetQuotesOf, quotableAnswerIds, unlinkQuotesFrom } from './report/frozen-quotes';

export type AnswerRow = typeof answers.$inferSelect;
export type AnswerInput = {
  pulseId: number;
  respondent: string;
  departmentId: number | null;
  definition: string;
  secondPrompt: string | null;
  secondAnswer: string | null;
  comment: string | null;
  /** "You may quote this answer, without my name" was ticked; absent means no. */
  quoteConsent?: boolean;
  ratings: { touchpointId: number; rating: number }[];
  priorities: number[];
  themes: string[];
  terms: string[];
  /** The definition's language as tagged (ISO 639-1, `xx` without a lexicon); null when unknown. */
  language?: string | null;
};

/** Answers: storing one (the latest counts, once), reading them back, and erasing them. */
export function createAnswerRepository(db: Db) {
  return { ...answerWrites(db), ...answerReads(db), ...answerErasure(db) };
}
export type AnswerRepository = ReturnType<typeof createAnswerRepository>;

/** Writing an answer with its ratings, priorities, themes and terms. */
function answerWrites(db: Db) {
  return {
    /**
     * Stores the respondent's answer for the pulse, replacing an earlier one (the latest counts,
     * once): one transaction, keyed by the unique (pulse, respondent).
     */
    upsert(input: AnswerInput, at: Date): { answerId: number; replaced: boolean } {
      return db.transaction((tx) => {
        const fields = {
          departmentId: input.departmentId,
          definition: input.definition,
          secondPrompt: input.secondPrompt,
          secondAnswer: input.secondAnswer,
          comment: input.comment,
          quoteConsent: input.quoteConsent ?? false,
          language: input.language ?? null,
          updatedAt: at,
        };
        const existing = tx
          .select({ id: answers.id })
          .from(answers)
          .where(and(eq(answers.pulseId, input.pulseId), eq(answers.respondent, input.respondent)))
          .get();
        let answerId: number;
        if (existing) {
          answerId = existing.id;
          tx.update(answers).set(fields).where(eq(answers.id, answerId)).run();
          tx.delete(ratings).where(eq(ratings.answerId, answerId)).run();
          tx.delete(priorities).where(eq(priorities.answerId, answerId)).run();
          tx.delete(answerThemes).where(eq(answerThemes.answerId, answerId)).run();
          tx.delete(answerTerms).where(eq(answerTerms.answerId, answerId)).run();
        } else {
          answerId = tx
            .insert(answers)
            .values({ ...fields, pulseId: input.pulseId, respondent: input.respondent, submittedAt: at })
            .returning({ id: answers.id })
            .get().id;
        }
        for (const r of input.ratings)
          tx.insert(ratings)
            .values({ answerId, ...r })
            .run();
        for (const touchpointId of new Set(input.priorities))
          tx.insert(priorities).values({ answerId, touchpointId }).run();
        for (const theme of new Set(input.themes)) tx.insert(answerThemes).values({ answerId, theme }).run();
        for (const term of new Set(input.terms)) tx.insert(answerTerms).values({ answerId, term }).run();
        return { answerId, replaced: Boolean(existing) };
      });
    },
  };
}

/** Reading answers back: one respondent's, or who answered a pulse and how many. */
function answerReads(db: Db) {
  return {
    find(pulseId: number, respondent: string) {
      const answer = db
        .select()
        .from(answers)
        .where(and(eq(answers.pulseId, pulseId), eq(answers.respondent, respondent)))
        .get();
      if (!answer) return null;
      return {
        answer,
        ratings: db
          .select({ touchpointId: ratings.touchpointId, rating: ratings.rating })
          .from(ratings)
          .where(eq(ratings.answerId, answer.id))
          .all(),
        priorities: db
          .select({ touchpointId: priorities.touchpointId })
          .from(priorities)
          .where(eq(priorities.answerId, answer.id))
          .all()
          .map((p) => p.touchpointId),
      };
    },
    /** A person's own answers, newest first, for their App Home. */
    byRespondent(respondent: string, limit = 10) {
      return db
        .select({ answer: answers, pulseOpenedAt: pulses.openedAt, pulseStatus: pulses.status })
        .from(answers)
        .innerJoin(pulses, eq(pulses.id, answers.pulseId))
        .where(eq(answers.respondent, respondent))
        .orderBy(desc(answers.pulseId))
        .limit(limit)
        .all();
    },
    countForRespondent(respondent: string): number {
      return (
        db.select({ n: sql<number>`count(*)` }).from(answers).where(eq(answers.respondent, respondent)).get()
          ?.n ?? 0
      );
    },
    /** Which of these pseudonyms answered the pulse. */
    answeredAmong(pulseId: number, respondents: string[]): Set<string> {
      const out = new Set<string>();
      for (let i = 0; i < respondents.length; i += 500) {
        const rows = db
          .select({ r: answers.respondent })
          .from(answers)
          .where(
            and(eq(answers.pulseId, pulseId), inArray(answers.respondent, respondents.slice(i, i + 500))),
          )
          .all();
        for (const row of rows) out.add(row.r);
      }
      return out;
    },
    countForPulse(pulseId: number): number {
      return (
        db.select({ n: sql<number>`count(*)` }).from(answers).where(eq(answers.pulseId, pulseId)).get()?.n ??
        0
      );
    },
  };
}

/** Erasing answers: a person's on request, everyone's past the retention cutoff. */
function answerErasure(db: Db) {
  return {
    /**
     * Deletes every answer of a respondent (ratings, priorities, themes and terms cascade), and the
     * quotes taken from them in closed pulses' results; those results' figures stay as they are.
     */
    deleteByRespondent(respondent: string): number {
      const mine = eq(answers.respondent, respondent);
      return db.transaction(() => {
        forgetQuotesOf(db, quotableAnswerIds(db, mine));
        return db.delete(answers).where(mine).run().changes;
      });
    },
    /** Deletes answers submitted before `cutoff`; closed pulses' results, quotes included, stay. */
    deleteOlderThan(cutoff: Date): number {
      const old = lt(answers.submittedAt, cutoff);
      return db.transaction(() => {
        unlinkQuotesFrom(db, quotableAnswerIds(db, old));
        return db.delete(answers).where(old).run().changes;
      });
    },
  };
}
