import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { utcDay } from '../../util/day';
import type { Db } from '../open-db';
import { answers, answerTerms, answerThemes, priorities, pulses, ratings } from '../schema';
import { forgetQuotesOf, quotableAnswerIds, unlinkQuotesFrom } from './report/frozen-quotes';

export type AnswerRow = typeof answers.$inferSelect;
/** One pulse's pseudonym of one person: how their answer to that pulse is found. */
export type RespondentKey = { pulseId: number; respondent: string };
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
     * once): one transaction, keyed by the unique (pulse, respondent). Its times are kept to the
     * UTC day only, so they line up with no message, reminder or roster change.
     */
    upsert(input: AnswerInput, now: Date): { answerId: number; replaced: boolean } {
      const at = utcDay(now);
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
    /** A person's own answers (their pseudonym in each pulse), newest first, for their App Home. */
    byRespondents(keys: readonly RespondentKey[], limit = 10) {
      return db
        .select({ answer: answers, pulseOpenedAt: pulses.openedAt, pulseStatus: pulses.status })
        .from(answers)
        .innerJoin(pulses, eq(pulses.id, answers.pulseId))
        .where(ofRespondents(keys))
        .orderBy(desc(answers.pulseId))
        .limit(limit)
        .all();
    },
    countForRespondents(keys: readonly RespondentKey[]): number {
      return db.select({ n: sql<number>`count(*)` }).from(answers).where(ofRespondents(keys)).get()?.n ?? 0;
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
     * Deletes every answer of one person (their pseudonym in each pulse; ratings, priorities, themes
     * and terms cascade), and the quotes taken from them in closed pulses' results; those results'
     * figures stay as they are.
     */
    deleteByRespondents(keys: readonly RespondentKey[]): number {
      const mine = ofRespondents(keys);
      return db.transaction(() => {
        forgetQuotesOf(db, quotableAnswerIds(db, mine));
        return db.delete(answers).where(mine).run().changes;
      });
    },
    /**
     * Deletes every answer of these pulses, all at once; their frozen results, quotes included,
     * stay (the quotes forget which answers they came from).
     */
    deleteOfPulses(pulseIds: readonly number[]): number {
      if (pulseIds.length === 0) return 0;
      const old = inArray(answers.pulseId, [...pulseIds]);
      return db.transaction(() => {
        unlinkQuotesFrom(db, quotableAnswerIds(db, old));
        return db.delete(answers).where(old).run().changes;
      });
    },
  };
}

/**
 * The answers under these (pulse, pseudonym) pairs. A pseudonym is an HMAC of its pulse, so the
 * respondent alone picks the row; the pulse is checked too, for exactness. No pair: no row.
 */
function ofRespondents(keys: readonly RespondentKey[]): SQL {
  if (keys.length === 0) return sql`0`;
  const respondents = keys.map((k) => k.respondent);
  const pairs = sql.join(
    keys.map((k) => sql`(${k.pulseId}, ${k.respondent})`),
    sql`, `,
  );
  return and(
    inArray(answers.respondent, respondents),
    sql`(${answers.pulseId}, ${answers.respondent}) in (values ${pairs})`,
  ) as SQL;
}
