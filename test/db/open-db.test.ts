import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, openDb, SchemaTooNewError } from '../../src/db/open-db';
import { answers, deliveries, people, pulses } from '../../src/db/schema';
import { freshDb } from '../support/test-db';

describe('openDb', () => {
  let ctx: ReturnType<typeof freshDb>;
  afterEach(() => ctx.cleanup());

  it('applies the committed migrations with WAL and foreign keys on', () => {
    ctx = freshDb();
    expect(ctx.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ctx.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = ctx.db.all<{ name: string }>(
      sql`select name from sqlite_master where type = 'table' order by name`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'answers',
        'deliveries',
        'departments',
        'digests',
        'people',
        'pulses',
        'ratings',
        'settings',
        'touchpoints',
      ]),
    );
  });

  it('refuses a database migrated by a newer release, with a clear message, and changes nothing', () => {
    ctx = freshDb();
    const newest =
      ctx.db.all<{ at: number }>(sql`select max(created_at) as at from __drizzle_migrations`)[0]?.at ?? 0;
    ctx.db.run(
      sql`insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ${newest + 86_400_000})`,
    );
    const before = ctx.db.all(sql`select * from __drizzle_migrations order by id`);
    closeDb(ctx.db);
    expect(() => openDb(ctx.path)).toThrow(SchemaTooNewError);
    expect(() => openDb(ctx.path)).toThrow(/upgraded by a newer CX Align .*nothing was changed/);
    ctx.db = openDb(ctx.path, { migrate: false });
    expect(ctx.db.all(sql`select * from __drizzle_migrations order by id`)).toEqual(before);
  });

  it('is idempotent: opening again applies nothing twice', () => {
    ctx = freshDb();
    closeDb(ctx.db);
    const again = openDb(ctx.path);
    const count = again.all<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`);
    expect(count[0]?.n).toBeGreaterThan(0);
    closeDb(again);
    ctx.db = openDb(ctx.path);
  });

  it('holds one counted answer per respondent per pulse, and one delivery per person per pulse', () => {
    ctx = freshDb();
    const now = new Date();
    const [pulse] = ctx.db
      .insert(pulses)
      .values({ trigger: 'manual', openedAt: now, closesAt: now })
      .returning()
      .all();
    const [person] = ctx.db.insert(people).values({ slackUserId: 'U0001' }).returning().all();
    if (!pulse || !person) throw new Error('insert failed');
    const answer = {
      pulseId: pulse.id,
      respondent: 'h1',
      definition: 'fast',
      submittedAt: now,
      updatedAt: now,
    };
    ctx.db.insert(answers).values(answer).run();
    expect(() => ctx.db.insert(answers).values(answer).run()).toThrow(/UNIQUE/);
    const delivery = {
      pulseId: pulse.id,
      personId: person.id,
      kind: 'invite' as const,
      notBefore: now,
      updatedAt: now,
    };
    ctx.db.insert(deliveries).values(delivery).run();
    expect(() => ctx.db.insert(deliveries).values(delivery).run()).toThrow(/UNIQUE/);
  });

  it('refuses a rating outside 1–5', () => {
    ctx = freshDb();
    expect(() =>
      ctx.db.$client.exec('insert into ratings (answer_id, touchpoint_id, rating) values (1, 1, 9)'),
    ).toThrow();
  });
});
