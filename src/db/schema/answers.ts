/** Answers and what is derived from them at write time (ratings, priorities, themes, terms). */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { departments, touchpoints } from './org';
import { pulses } from './pulses';

/**
 * One counted answer per respondent per pulse. `respondent` is HMAC-SHA256(secret, pulse + user id),
 * never the id; the times are UTC days.
 */
export const answers = sqliteTable(
  'answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pulseId: integer('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    respondent: text('respondent').notNull(),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    definition: text('definition').notNull(),
    secondPrompt: text('second_prompt'),
    secondAnswer: text('second_answer'),
    comment: text('comment'),
    /** The person ticked "You may quote this answer, without my name"; only such answers are quoted. */
    /** The answer's language (ISO 639-1, or `xx` when not one the lexicons know), decided when tagged. */
    language: text('language'),
    quoteConsent: integer('quote_consent', { mode: 'boolean' }).notNull().default(false),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('answers_pulse_respondent_unique').on(t.pulseId, t.respondent),
    index('answers_respondent_idx').on(t.respondent),
    index('answers_pulse_department_idx').on(t.pulseId, t.departmentId),
  ],
);

/** A 1–5 rating of one touchpoint; "don't know" is no row. */
export const ratings = sqliteTable(
  'ratings',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    touchpointId: integer('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
    rating: integer('rating').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.answerId, t.touchpointId] }),
    index('ratings_touchpoint_idx').on(t.touchpointId),
    check('ratings_rating_range', sql`${t.rating} BETWEEN 1 AND 5`),
  ],
);

/** Up to three touchpoints the respondent says matter most. */
export const priorities = sqliteTable(
  'priorities',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    touchpointId: integer('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.touchpointId] })],
);

/** CX themes tagged at write time from the answer's definition, so reports never re-read text. */
export const answerThemes = sqliteTable(
  'answer_themes',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    theme: text('theme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.theme] }), index('answer_themes_theme_idx').on(t.theme)],
);

/** Notable words of the definition outside the theme lexicon ("frequent terms"). */
export const answerTerms = sqliteTable(
  'answer_terms',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.term] })],
);
