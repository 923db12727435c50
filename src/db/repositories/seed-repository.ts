/**
 * Writes a synthetic organisation (src/demo) into the database, for the demo, the tests and the
 * benchmark. One synchronous transaction with prepared statements, so 100,000 respondents seed in
 * seconds. Definitions are tagged with the real theme tagger at write time, as live answers are.
 */

import { createThemeTagger, type ThemeTags } from '../../analytics/themes/index';
import type { Db } from '../open-db';
import { thresholdInForce } from './report/anonymity-threshold';
import { freezeResults } from './report/results';

/** Database ids of what was written, by the organisation's indices. */
export interface SeededIds {
  departmentIds: number[];
  touchpointIds: number[];
  pulseIds: number[];
  personIds: number[];
}

/** Anything that tags a definition (the real tagger by default). */
export interface DefinitionTagger {
  tag(text: string, options?: { locale?: string }): ThemeTags;
}

/** Tags each distinct text once per language: synthetic definitions repeat, so this makes seeding fast. */
function memoised(tagger: DefinitionTagger): (text: string, locale: string | undefined) => ThemeTags {
  const cache = new Map<string, ThemeTags>();
  return (text, locale) => {
    const key = `${locale?.slice(0, 2) ?? ''}\u0000${text}`;
    let tags = cache.get(key);
    if (tags === undefined) {
      tags = tagger.tag(text, locale === undefined ? {} : { locale });
      cache.set(key, tags);
    }
    return tags;
  };
}

function statements(db: Db) {
  const c = db.$client;
  return {
    department: c.prepare('insert into departments (name, sort_order) values (?, ?) on conflict do nothing'),
    departmentId: c.prepare('select id from departments where lower(name) = lower(?)').pluck(),
    touchpoint: c.prepare('insert into touchpoints (name, sort_order) values (?, ?) on conflict do nothing'),
    touchpointId: c.prepare('select id from touchpoints where lower(name) = lower(?)').pluck(),
    person: c.prepare(
      `insert into people (slack_user_id, tz, department_id, department_source, active, locale) values (?, 'Europe/London', ?, 'admin', 1, ?)`,
    ),
    pulse: c.prepare(
      `insert into pulses (status, trigger, opened_at, closes_at, closed_at, enqueued_at, anonymity_threshold) values (?, 'demo', ?, ?, ?, ?, ?)`,
    ),
    pulseTouchpoint: c.prepare(
      'insert into pulse_touchpoints (pulse_id, touchpoint_id, position, name) values (?, ?, ?, ?)',
    ),
    delivery: c.prepare(
      `insert into deliveries (pulse_id, person_id, kind, status, department_id, not_before, attempts, updated_at)
       values (?, ?, 'invite', ?, ?, ?, 1, ?)`,
    ),
    answer: c.prepare(
      // the demo's synthetic people all agree to be quoted, so its reports show quotes
      'insert into answers (pulse_id, respondent, department_id, definition, language, quote_consent, submitted_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)',
    ),
    rating: c.prepare('insert into ratings (answer_id, touchpoint_id, rating) values (?, ?, ?)'),
    priority: c.prepare('insert into priorities (answer_id, touchpoint_id) values (?, ?)'),
    theme: c.prepare('insert into answer_themes (answer_id, theme) values (?, ?)'),
    term: c.prepare('insert into answer_terms (answer_id, term) values (?, ?)'),
  };
}

/**
 * What the seed writes, in the repository's own terms: the demo's synthetic organisation has this
 * shape (and more), so the database layer needs nothing from the demo.
 */
export type SeedOrganisation = {
  /** The threshold its pulses were asked under; else the setting, else the default. */
  anonymityThreshold?: number;
  departments: readonly { name: string }[];
  touchpoints: readonly string[];
  /** `locale` is the person's Slack locale (`fr-CA`): it decides their definitions' language. */
  people: readonly { slackUserId: string; department: number; respondent: string; locale?: string }[];
  pulses: readonly {
    status: 'open' | 'closed';
    openedAt: number;
    closesAt: number;
    closedAt: number | null;
    deliveries: readonly { person: number; status: 'sent' | 'failed' }[];
    answers: readonly {
      person: number;
      department: number;
      definition: string;
      ratings: readonly (number | null)[];
      priorities: readonly number[];
      submittedAt: number;
    }[];
  }[];
};

function idOf(value: unknown, what: string): number {
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  throw new Error(`seeding: no id for ${what}`);
}

/**
 * Writes departments, touchpoints, people, pulses with their frozen touchpoints, invitations,
 * answers, ratings, priorities and the definitions' themes and terms. Departments and touchpoints
 * that already exist (same name, any case) are reused.
 */
export function seedOrganisation(
  db: Db,
  org: SeedOrganisation,
  tagger: DefinitionTagger = createThemeTagger(),
): SeededIds {
  const s = statements(db);
  const tag = memoised(tagger);
  const threshold = org.anonymityThreshold ?? thresholdInForce(db);
  const write = db.$client.transaction((): SeededIds => {
    const departmentIds = org.departments.map((d, i) => {
      s.department.run(d.name, i);
      return idOf(s.departmentId.get(d.name), d.name);
    });
    const touchpointIds = org.touchpoints.map((name, i) => {
      s.touchpoint.run(name, i);
      return idOf(s.touchpointId.get(name), name);
    });
    const personIds = org.people.map((p) =>
      idOf(
        s.person.run(p.slackUserId, departmentIds[p.department] ?? null, p.locale ?? null).lastInsertRowid,
        'person',
      ),
    );
    const pulseIds = org.pulses.map((pulse) => {
      const pulseId = idOf(
        s.pulse.run(pulse.status, pulse.openedAt, pulse.closesAt, pulse.closedAt, pulse.openedAt, threshold)
          .lastInsertRowid,
        'pulse',
      );
      touchpointIds.forEach((id, position) => {
        s.pulseTouchpoint.run(pulseId, id, position, org.touchpoints[position] ?? '');
      });
      for (const d of pulse.deliveries) {
        const person = org.people[d.person];
        const departmentId = person === undefined ? null : (departmentIds[person.department] ?? null);
        s.delivery.run(pulseId, personIds[d.person], d.status, departmentId, pulse.openedAt, pulse.openedAt);
      }
      for (const a of pulse.answers) {
        const person = org.people[a.person];
        const respondent = person?.respondent ?? `missing-${a.person}`;
        const tags = tag(a.definition, person?.locale);
        const answerId = idOf(
          s.answer.run(
            pulseId,
            respondent,
            departmentIds[a.department] ?? null,
            a.definition,
            tags.language,
            a.submittedAt,
            a.submittedAt,
          ).lastInsertRowid,
          'answer',
        );
        a.ratings.forEach((value, t) => {
          if (value !== null) s.rating.run(answerId, touchpointIds[t], value);
        });
        for (const t of a.priorities) s.priority.run(answerId, touchpointIds[t]);
        for (const theme of tags.themes) s.theme.run(answerId, theme);
        for (const term of tags.terms) s.term.run(answerId, term);
      }
      return pulseId;
    });
    // a closed pulse's results are frozen as a close would have frozen them
    org.pulses.forEach((pulse, i) => {
      const pulseId = pulseIds[i];
      if (pulse.status === 'closed' && pulseId !== undefined)
        freezeResults(db, pulseId, new Date(pulse.closedAt ?? pulse.closesAt));
    });
    return { departmentIds, touchpointIds, pulseIds, personIds };
  });
  return write();
}
