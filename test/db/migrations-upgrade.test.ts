/**
 * Upgrading a database of the previous release: built here with only the first migration
 * (`0000_init`, a copy of migrations/ whose journal lists that entry alone), filled with realistic
 * rows as that release wrote them, then opened with the app's openDb.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, closeSqlite, type Db, MIGRATIONS_FOLDER, openDb, openSqlite } from '../../src/db/open-db';
import { createAnswerRepository } from '../../src/db/repositories/answer-repository';
import { createDepartmentRepository } from '../../src/db/repositories/department-repository';
import { createDigestRepository } from '../../src/db/repositories/digest-repository';
import { createPeopleRepository } from '../../src/db/repositories/people-repository';
import { createPulseRepository } from '../../src/db/repositories/pulse-repository';
import { freezeMissingResults } from '../../src/db/repositories/report-repository';
import { createSettingsRepository } from '../../src/db/repositories/settings-repository';
import { createUpgradeRepository } from '../../src/db/repositories/upgrade-repository';
import { createLogger } from '../../src/logging/logger';
import { createPseudonymizer, legacyPseudonym } from '../../src/services/pseudonym';
import { PER_PULSE_PSEUDONYMS, rekeyLegacyAnswers } from '../../src/services/rekey-answers';
import { loadReport } from '../../src/services/report-loader';
import { TEST_PSEUDONYM_SECRET } from '../support/test-bot';
import { tempDir } from '../support/test-db';

type Journal = { entries: { idx: number; tag: string; when: number }[] };

const JOURNAL = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as Journal;
const DEPARTMENTS = ['Sales', 'Customer Service', 'Marketing'];
const TOUCHPOINTS = ['Website & app', 'Sales conversations', 'Customer support', 'Advertising'];
const PER_DEPARTMENT = 6;
const DAY = 86_400_000;
const pseudonym = createPseudonymizer(TEST_PSEUDONYM_SECRET);
const logger = createLogger({ level: 'error' });
const userId = (d: number, i: number) => `U0${d}OLD${String(i).padStart(3, '0')}`;

/** A copy of migrations/ whose journal stops after the first entry: the previous release. */
function previousReleaseMigrations(dir: string): string {
  const folder = join(dir, 'migrations-previous');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journal = { ...JOURNAL, entries: JOURNAL.entries.slice(0, 1) };
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal, null, 2));
  return folder;
}

/** A database as the previous release left it: its schema, with a closed and an open pulse. */
function buildPreviousReleaseDb(path: string, migrationsFolder: string): void {
  const sqlite = openSqlite(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder });
    const now = Date.now();
    const run = (query: string, ...params: unknown[]) => sqlite.prepare(query).run(...params);
    sqlite.transaction(() => {
      const setting = (key: string, value: unknown) =>
        run(
          'insert into settings (key, value, updated_at, updated_by) values (?, ?, ?, ?)',
          key,
          JSON.stringify(value),
          now - 30 * DAY,
          'UADMIN001',
        );
      setting('anonymity_threshold', 5);
      setting('digest_channels', ['C0DIGEST1']);
      setting('retention_months', 24);
      run(
        "insert into settings_audit (actor, key, old_value, new_value, at) values ('UADMIN001', 'digest_channels', '[]', ?, ?)",
        JSON.stringify(['C0DIGEST1']),
        now - 30 * DAY,
      );
      for (const [i, name] of DEPARTMENTS.entries())
        run(
          'insert into departments (name, usergroup_id, sort_order) values (?, ?, ?)',
          name,
          `S0OLD${i}`,
          i,
        );
      for (const [i, name] of TOUCHPOINTS.entries())
        run('insert into touchpoints (name, sort_order) values (?, ?)', name, i);
      run("insert into prompts (text, sort_order) values ('Who is our ideal {customer}?', 0)");
      for (let d = 1; d <= DEPARTMENTS.length; d++)
        for (let i = 0; i < PER_DEPARTMENT; i++)
          run(
            "insert into people (slack_user_id, tz, department_id, department_source, dm_channel_id) values (?, 'Europe/London', ?, 'usergroup', ?)",
            userId(d, i),
            d,
            `D${userId(d, i).slice(1)}`,
          );
      // pulse 1: closed, answered by everyone; pulse 2: open, answered by a few
      run(
        "insert into pulses (status, trigger, schedule_key, opened_at, closes_at, closed_at, second_prompt, enqueued_at) values ('closed', 'schedule', 'pulse:old-1', ?, ?, ?, 'Who is our ideal customer?', ?)",
        now - 20 * DAY,
        now - 17 * DAY,
        now - 17 * DAY,
        now - 20 * DAY,
      );
      run(
        "insert into pulses (status, trigger, opened_by, opened_at, closes_at, enqueued_at) values ('open', 'manual', 'UADMIN001', ?, ?, ?)",
        now - DAY,
        now + 2 * DAY,
        now - DAY,
      );
      for (const pulse of [1, 2])
        for (const [i, name] of TOUCHPOINTS.entries())
          run(
            'insert into pulse_touchpoints (pulse_id, touchpoint_id, position, name) values (?, ?, ?, ?)',
            pulse,
            i + 1,
            i,
            name,
          );
      let person = 0;
      for (let d = 1; d <= DEPARTMENTS.length; d++)
        for (let i = 0; i < PER_DEPARTMENT; i++) {
          person += 1;
          for (const pulse of [1, 2])
            run(
              "insert into deliveries (pulse_id, person_id, kind, status, department_id, not_before, attempts, channel_id, message_ts, updated_at) values (?, ?, 'invite', 'sent', ?, ?, 1, ?, ?, ?)",
              pulse,
              person,
              d,
              now - 20 * DAY,
              `D${userId(d, i).slice(1)}`,
              `${Math.floor(now / 1000)}.${String(person).padStart(6, '0')}`,
              now - 20 * DAY,
            );
          for (const pulse of pulse2Answers(d, i) ? [1, 2] : [1]) {
            const answer = run(
              'insert into answers (pulse_id, respondent, department_id, definition, second_prompt, second_answer, comment, submitted_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
              pulse,
              legacyPseudonym(TEST_PSEUDONYM_SECRET, userId(d, i)),
              d,
              definitionOf(d, i),
              pulse === 1 ? 'Who is our ideal customer?' : null,
              pulse === 1 ? 'Small firms that grow with us' : null,
              i === 0 ? 'Keep asking us' : null,
              now - (pulse === 1 ? 19 : 1) * DAY,
              now - (pulse === 1 ? 19 : 1) * DAY,
            ).lastInsertRowid;
            for (const t of TOUCHPOINTS.keys())
              run(
                'insert into ratings (answer_id, touchpoint_id, rating) values (?, ?, ?)',
                answer,
                t + 1,
                ratingOf(d, i, t),
              );
            run('insert into priorities (answer_id, touchpoint_id) values (?, ?)', answer, ((d + i) % 4) + 1);
            run("insert into answer_themes (answer_id, theme) values (?, 'speed')", answer);
            run("insert into answer_terms (answer_id, term) values (?, 'hour')", answer);
          }
        }
      run(
        "insert into digests (period_key, channel_id, kind, status, attempts, message_ts, file_id, posted_at) values ('pulse:1', 'C0DIGEST1', 'company', 'posted', 1, '1790000000.000100', 'F000001', ?)",
        now - 17 * DAY,
      );
      run(
        "insert into admin_notices (key, message, notified_at) values ('digest-no-channel', 'No channel yet', ?)",
        now - 30 * DAY,
      );
    })();
  } finally {
    closeSqlite(sqlite);
  }
}

const pulse2Answers = (d: number, i: number) => d === 1 && i < 3;
const definitionOf = (d: number, i: number) => `Answer within the hour, department ${d}, person ${i}`;
/** Sales rate "Sales conversations" high, Customer Service low; everything else 3 or 4. */
const ratingOf = (d: number, i: number, t: number) =>
  t === 1 ? (d === 1 ? 5 : d === 2 ? 1 : 3) : 3 + (i % 2);

type Column = { name: string; type: string; notnull: number; dflt_value: unknown; pk: number };

function schemaOf(db: Db): Record<string, unknown> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    out[name] = {
      columns: (db.$client.pragma(`table_info(${name})`) as Column[]).map((c) => [
        c.name,
        c.type,
        c.notnull,
        c.dflt_value,
        c.pk,
      ]),
      indexes: (db.$client.pragma(`index_list(${name})`) as { name: string; unique: number }[])
        .map((i) => [i.name, i.unique])
        .sort(),
      foreignKeys: db.$client.pragma(`foreign_key_list(${name})`),
    };
  }
  return out;
}

function counts(db: Db): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of [
    'settings',
    'settings_audit',
    'departments',
    'people',
    'touchpoints',
    'prompts',
    'pulses',
    'pulse_touchpoints',
    'deliveries',
    'answers',
    'ratings',
    'priorities',
    'answer_themes',
    'answer_terms',
    'digests',
    'admin_notices',
    '__drizzle_migrations',
  ])
    out[table] = (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return out;
}

describe("upgrading the previous release's database", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  const open: Db[] = [];
  beforeEach(() => {
    tmp = tempDir();
    path = join(tmp.dir, 'previous.db');
    buildPreviousReleaseDb(path, previousReleaseMigrations(tmp.dir));
  });
  afterEach(() => {
    for (const db of open.splice(0)) closeDb(db);
    tmp.cleanup();
  });
  const openTracked = (p: string, options?: { migrate?: boolean }) => {
    const db = openDb(p, options);
    open.push(db);
    return db;
  };
  /** Opened as the bot's start-up opens it: migrated, then the old answers rekeyed (once). */
  const openUpgraded = (p: string) => {
    const db = openTracked(p);
    rekeyLegacyAnswers({
      upgrades: createUpgradeRepository(db),
      secret: TEST_PSEUDONYM_SECRET,
      logger,
      clock: () => new Date(),
    });
    return db;
  };

  it('the fixture is the previous schema: one migration applied, departments without channel_id', () => {
    expect(JOURNAL.entries.length).toBeGreaterThan(1);
    const old = openTracked(path, { migrate: false });
    expect(counts(old)).toMatchObject({ __drizzle_migrations: 1, answers: 21, ratings: 84, pulses: 2 });
    const columns = (old.$client.pragma('table_info(departments)') as Column[]).map((c) => c.name);
    expect(columns).not.toContain('channel_id');
  });

  it('openDb brings it to the current schema with every row intact and readable through the repositories', () => {
    const before = counts(openTracked(path, { migrate: false }));
    closeDb(open.splice(0)[0] as Db);

    const db = openTracked(path);
    // every row intact but the closed pulse's 18 invitations, reduced to counts (0006)
    expect(counts(db)).toEqual({
      ...before,
      deliveries: (before.deliveries ?? 0) - DEPARTMENTS.length * PER_DEPARTMENT,
      __drizzle_migrations: JOURNAL.entries.length,
    });
    rekeyLegacyAnswers({
      upgrades: createUpgradeRepository(db),
      secret: TEST_PSEUDONYM_SECRET,
      logger,
      clock: () => new Date(),
    });
    // the same schema as a database created by this release
    const fresh = openTracked(join(tmp.dir, 'fresh.db'));
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);

    // the new column exists, empty for old rows, and can be written
    const departments = createDepartmentRepository(db);
    expect(departments.listActive().map((d) => [d.name, d.usergroupId, d.channelId])).toEqual(
      DEPARTMENTS.map((name, i) => [name, `S0OLD${i}`, null]),
    );
    departments.replaceActive(
      departments.listActive().map((d) => ({ ...d, channelId: d.name === 'Sales' ? 'C0SALES01' : null })),
      new Date(),
    );
    expect(departments.byId(1)?.channelId).toBe('C0SALES01');

    // old rows through the app's repositories
    const answers = createAnswerRepository(db);
    expect(answers.countForPulse(1)).toBe(DEPARTMENTS.length * PER_DEPARTMENT);
    const found = answers.find(1, pseudonym(1, userId(2, 4)));
    expect(found?.answer.definition).toBe(definitionOf(2, 4));
    expect(found?.answer.secondAnswer).toBe('Small firms that grow with us');
    expect(found?.ratings.sort((a, b) => a.touchpointId - b.touchpointId).map((r) => r.rating)).toEqual(
      TOUCHPOINTS.map((_, t) => ratingOf(2, 4, t)),
    );
    expect(found?.priorities).toEqual([((2 + 4) % 4) + 1]);
    const keysOf = (user: string) =>
      [1, 2].map((pulseId) => ({ pulseId, respondent: pseudonym(pulseId, user) }));
    expect(answers.byRespondents(keysOf(userId(1, 0))).map((r) => r.answer.pulseId)).toEqual([2, 1]);
    const pulses = createPulseRepository(db);
    expect(pulses.byId(1)).toMatchObject({
      status: 'closed',
      trigger: 'schedule',
      scheduleKey: 'pulse:old-1',
    });
    expect(pulses.listOpen().map((p) => p.id)).toEqual([2]);
    expect(pulses.touchpoints(1).map((t) => t.name)).toEqual(TOUCHPOINTS);
    expect(createPeopleRepository(db).bySlackId(userId(3, 5))).toMatchObject({
      departmentId: 3,
      departmentSource: 'usergroup',
      active: true,
    });
    const settings = createSettingsRepository(db).all();
    expect(settings.get('digest_channels')).toEqual(['C0DIGEST1']);
    expect(settings.get('retention_months')).toBe(24);
    expect(createDigestRepository(db).lastPosted('C0DIGEST1')).toMatchObject({
      periodKey: 'pulse:1',
      status: 'posted',
      messageTs: '1790000000.000100',
    });

    // the report of the old pulse, built the way every surface builds it
    const model = loadReport(db, { pulseId: 1 }, 5);
    expect(model?.departments.map((d) => d.name).sort()).toEqual([...DEPARTMENTS].sort());
    expect(model?.window.pulseIds).toEqual([1]);
    expect(JSON.stringify(model)).toContain('Sales conversations');

    // and new answers go in next to the old ones
    answers.upsert(
      {
        pulseId: 2,
        respondent: pseudonym(2, userId(2, 0)),
        departmentId: 2,
        definition: 'Fix it on the first call',
        secondPrompt: null,
        secondAnswer: null,
        comment: null,
        ratings: [{ touchpointId: 3, rating: 4 }],
        priorities: [3],
        themes: ['resolution'],
        terms: [],
      },
      new Date(),
    );
    expect(answers.countForPulse(2)).toBe(4);
  });

  it('carries the digest and pulse bookkeeping of the old settings keys into their own tables', () => {
    const sqlite = openSqlite(path);
    const at = Date.now() - 17 * DAY;
    const internal = (key: string, value: unknown) =>
      sqlite
        .prepare('insert into settings (key, value, updated_at, updated_by) values (?, ?, ?, null)')
        .run(`internal:${key}`, JSON.stringify(value), at);
    internal('digest_source:C0DIGEST1', 'pulses:1:closed');
    internal('digest_source:C0DIGEST2', 'pulses:0:closed');
    internal('digest_source:dept:1:C0SALES01', 'pulses:1:closed');
    internal('digest_source:dept:99:C0GONE001', 'pulses:1:closed'); // a department that no longer exists
    internal('pulse_digest_done', 1);
    internal('prompt_index', 7);
    internal('something_else', 'kept');
    closeSqlite(sqlite);

    const db = openTracked(path);
    const keys = [...createSettingsRepository(db).all().keys()];
    expect(keys.filter((k) => k.startsWith('internal:'))).toEqual(['internal:something_else']);
    expect(keys).toEqual(
      expect.arrayContaining(['anonymity_threshold', 'digest_channels', 'retention_months']),
    );

    const digests = createDigestRepository(db);
    expect(digests.lastShown('C0DIGEST1', null)).toBe('pulses:1:closed');
    expect(digests.lastShown('C0DIGEST2', null)).toBe('pulses:0:closed');
    expect(digests.lastShown('C0SALES01', 1)).toBe('pulses:1:closed');
    expect(digests.lastShown('C0SALES01', null)).toBeNull();
    expect(digests.lastShown('C0DIGEST1', 1)).toBeNull();
    expect(
      db.$client
        .prepare('select channel_id, department_id, updated_at from digest_channel_sources order by rowid')
        .all(),
    ).toEqual([
      { channel_id: 'C0DIGEST1', department_id: null, updated_at: at },
      { channel_id: 'C0DIGEST2', department_id: null, updated_at: at },
      { channel_id: 'C0SALES01', department_id: 1, updated_at: at },
    ]);

    // pulse 1 (closed) had its digest; pulse 2 is still open
    const pulses = createPulseRepository(db);
    expect(pulses.lastDigestDone()).toBe(1);
    expect(pulses.byId(1)?.digestDoneAt).toEqual(new Date(at));
    expect(pulses.byId(2)?.digestDoneAt).toBeNull();
    // the rotation goes on where it was: pulse 1 asked the bank's turn 6, the next pulse takes 7
    expect([pulses.byId(1)?.promptIndex, pulses.byId(2)?.promptIndex]).toEqual([6, null]);
    expect(pulses.nextPromptIndex()).toBe(7);
    pulses.markDigestDone(2, new Date());
    expect(pulses.lastDigestDone()).toBe(2);
  });

  it('an old database without that bookkeeping starts it empty', () => {
    const db = openTracked(path);
    expect(db.$client.prepare('select count(*) from digest_channel_sources').pluck().get()).toBe(0);
    const pulses = createPulseRepository(db);
    expect(pulses.lastDigestDone()).toBe(0);
    expect(pulses.nextPromptIndex()).toBe(0);
    expect(pulses.list(5).map((p) => [p.id, p.digestDoneAt, p.promptIndex])).toEqual([
      [2, null, null],
      [1, null, null],
    ]);
  });

  it('0003_quote_consent: old answers count as not consenting (quotes are opt-in), roster names start empty', () => {
    const db = openUpgraded(path);
    const consent = db.$client
      .prepare('select quote_consent as c, count(*) as n from answers group by c')
      .all();
    expect(consent).toEqual([{ c: 0, n: DEPARTMENTS.length * PER_DEPARTMENT + 3 }]);
    expect(db.$client.prepare('select count(*) from roster_names').pluck().get()).toBe(0);
    expect(loadReport(db, { pulseId: 1 }, 5)?.definitions.quotes).toEqual([]);

    // the old pulse is closed: its results were frozen on the first read, so even a consenting
    // answer written into it afterwards (no door of the app allows it) moves nothing
    const answers = createAnswerRepository(db);
    const mine = answers.find(1, pseudonym(1, userId(1, 1)));
    answers.upsert(
      {
        pulseId: 1,
        respondent: pseudonym(1, userId(1, 1)),
        departmentId: 1,
        definition: 'Anna answers within the hour, every time',
        secondPrompt: null,
        secondAnswer: null,
        comment: null,
        quoteConsent: true,
        ratings: mine?.ratings ?? [],
        priorities: mine?.priorities ?? [],
        themes: [],
        terms: [],
      },
      new Date(),
    );
    expect(answers.find(1, pseudonym(1, userId(1, 1)))?.answer.quoteConsent).toBe(true);
    expect(loadReport(db, { pulseId: 1 }, 5)?.definitions.quotes).toEqual([]);
  });

  it('0004_pulse_results: a pulse closed by the previous release gets frozen results, asked under the threshold set then', () => {
    const db = openTracked(path);
    expect(db.$client.prepare('select anonymity_threshold from pulses order by id').pluck().all()).toEqual([
      5, 5,
    ]);
    expect(db.$client.prepare('select count(*) from pulse_results').pluck().get()).toBe(0);
    expect(freezeMissingResults(db, new Date())).toBe(1);
    expect(db.$client.prepare('select pulse_id from pulse_results').pluck().all()).toEqual([1]);
    const before = JSON.stringify(loadReport(db, { pulseId: 1 }, 5));
    // a person deletes their data, and the threshold is lowered: the closed pulse shows the same
    rekeyLegacyAnswers({
      upgrades: createUpgradeRepository(db),
      secret: TEST_PSEUDONYM_SECRET,
      logger,
      clock: () => new Date(),
    });
    const mine = [1, 2].map((pulseId) => ({ pulseId, respondent: pseudonym(pulseId, userId(1, 0)) }));
    expect(createAnswerRepository(db).deleteByRespondents(mine)).toBe(2);
    expect(JSON.stringify(loadReport(db, { pulseId: 1 }, 3))).toBe(before);
    expect(freezeMissingResults(db, new Date())).toBe(0);
  });

  it('0006_privacy_copy: the closed pulse keeps counts, not who was invited; times are days; the rekey is owed', () => {
    const db = openTracked(path);
    const all = (query: string) => db.$client.prepare(query).all();
    expect(all('select distinct pulse_id from deliveries')).toEqual([{ pulse_id: 2 }]);
    expect(
      all(
        'select pulse_id, department_id, kind, status, count from pulse_delivery_counts order by department_id',
      ),
    ).toEqual(
      DEPARTMENTS.map((_, d) => ({
        pulse_id: 1,
        department_id: d + 1,
        kind: 'invite',
        status: 'sent',
        count: 6,
      })),
    );
    // the frozen results of the old pulse still count everyone invited, from the counts
    expect(freezeMissingResults(db, new Date())).toBe(1);
    const participation = loadReport(db, { pulseId: 1 }, 5)?.participation ?? [];
    expect(participation.map((p) => [p.delivered, p.answered])).toEqual(DEPARTMENTS.map(() => [6, 6]));
    const offDay = (table: string, column: string) =>
      db.$client.prepare(`select count(*) from ${table} where ${column} % ${DAY} != 0`).pluck().get();
    for (const [table, column] of [
      ['answers', 'submitted_at'],
      ['answers', 'updated_at'],
      ['people', 'created_at'],
      ['people', 'seen_at'],
    ] as const)
      expect(offDay(table, column), `${table}.${column}`).toBe(0);
    expect(all('select name, done_at from upgrades')).toEqual([
      { name: PER_PULSE_PSEUDONYMS, done_at: null },
    ]);
  });

  it('the start-up rekey: per-pulse pseudonyms, the departed linked to nobody, once, and all or nothing', () => {
    const db = openTracked(path);
    const respondents = () =>
      db.$client.prepare('select id, pulse_id as pulseId, respondent from answers order by id').all() as {
        id: number;
        pulseId: number;
        respondent: string;
      }[];
    const upgrades = createUpgradeRepository(db);
    const before = respondents();
    // a crash half-way (here: a throw) leaves every answer as it was, and the rekey still owed
    expect(() =>
      upgrades.rekeyAnswers(PER_PULSE_PSEUDONYMS, new Date(), () => (row) => {
        if (row.id === 10) throw new Error('crash');
        return `rekeyed-${row.id}`;
      }),
    ).toThrow('crash');
    expect(respondents()).toEqual(before);
    expect(upgrades.owed(PER_PULSE_PSEUDONYMS)).toBe(true);

    // a person who answered the closed pulse has since left the people table
    const gone = userId(3, 5);
    db.$client.prepare('delete from people where slack_user_id = ?').run(gone);
    const rekey = () =>
      rekeyLegacyAnswers({ upgrades, secret: TEST_PSEUDONYM_SECRET, logger, clock: () => new Date() });
    expect(rekey()).toBe(DEPARTMENTS.length * PER_DEPARTMENT + 3);
    const after = respondents();
    expect(after.map((r) => [r.id, r.pulseId])).toEqual(before.map((r) => [r.id, r.pulseId]));
    const legacy = new Set(before.map((r) => r.respondent));
    for (const r of after) {
      expect(r.respondent).toMatch(/^[0-9a-f]{64}$/);
      expect(legacy.has(r.respondent)).toBe(false);
    }
    // each person on the roster is found under their pulse's own pseudonym, different per pulse
    const answers = createAnswerRepository(db);
    expect(answers.find(1, pseudonym(1, userId(1, 0)))?.answer.definition).toBe(definitionOf(1, 0));
    expect(answers.find(2, pseudonym(2, userId(1, 0)))?.answer.definition).toBe(definitionOf(1, 0));
    expect(pseudonym(1, userId(1, 0))).not.toBe(pseudonym(2, userId(1, 0)));
    // the departed person's answer still counts, under a pseudonym nobody's key gives
    const goneAnswer = after.find(
      (r) => r.id === before.find((b) => b.respondent === legacyPseudonym(TEST_PSEUDONYM_SECRET, gone))?.id,
    );
    expect(goneAnswer).toBeDefined();
    expect(goneAnswer?.respondent).not.toBe(pseudonym(1, gone));
    expect(answers.countForPulse(1)).toBe(DEPARTMENTS.length * PER_DEPARTMENT);
    // done once: a second start-up finds nothing owed and changes nothing
    expect(rekey()).toBeNull();
    expect(respondents()).toEqual(after);
    closeDb(open.splice(0)[0] as Db);
    const reopened = openUpgraded(path);
    expect(reopened.$client.prepare('select respondent from answers order by id').pluck().all()).toEqual(
      after.map((r) => r.respondent),
    );
  });

  it('opening again applies nothing twice and changes nothing', () => {
    const first = openTracked(path);
    const migrated = counts(first);
    const schema = schemaOf(first);
    const applied = first.$client.prepare('select id, hash, created_at from __drizzle_migrations').all();
    closeDb(first);
    for (let i = 0; i < 2; i++) {
      const again = openTracked(path);
      expect(counts(again)).toEqual(migrated);
      expect(schemaOf(again)).toEqual(schema);
      expect(again.$client.prepare('select id, hash, created_at from __drizzle_migrations').all()).toEqual(
        applied,
      );
      closeDb(again);
    }
    expect(migrated.__drizzle_migrations).toBe(JOURNAL.entries.length);
  });
});
