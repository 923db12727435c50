/**
 * Closing a pulse on a worker thread (its own connection to the same SQLite file) does exactly
 * what the close on the main thread does, in one transaction: the same status, the same frozen
 * results byte for byte, the same cancelled deliveries, reduced to the same counts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../src/db/open-db';
import { createPulseRepository } from '../../src/db/repositories/pulse-repository';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { generateOrganisation } from '../../src/demo/generate-organisation';
import { freshDb } from '../support/test-db';

const AT = new Date('2025-02-01T12:00:00Z');

/** Three pulses of 300 respondents, the newest open, with one invitation still pending. */
function seeded(db: Db): number {
  const ids = seedOrganisation(db, generateOrganisation({ seed: 12, respondents: 300, pulses: 3 }));
  const open = ids.pulseIds.at(-1) ?? 0;
  db.$client.prepare(`update deliveries set status = 'pending' where pulse_id = ? and id % 7 = 0`).run(open);
  return open;
}

/**
 * What a close writes: the pulse row, its frozen results, its deliveries' statuses (as the counts
 * they were reduced to) and the per-person rows left (none).
 */
function closedState(db: Db, pulseId: number) {
  const c = db.$client;
  return {
    pulse: c.prepare('select status, closed_at from pulses where id = ?').get(pulseId),
    results: c
      .prepare('select anonymity_threshold, format, results, taken_at from pulse_results where pulse_id = ?')
      .all(pulseId),
    deliveries: c
      .prepare(
        'select status, sum(count) as n from pulse_delivery_counts where pulse_id = ? group by status order by status',
      )
      .all(pulseId),
    perPerson: c.prepare('select count(*) from deliveries where pulse_id = ?').pluck().get(pulseId),
  };
}

describe('closing a pulse off the event loop', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  const fresh = () => {
    const ctx = freshDb();
    cleanups.push(ctx.cleanup);
    return ctx;
  };

  it('writes what the close on the main thread writes, and a second close changes nothing', async () => {
    const here = fresh();
    const there = fresh();
    const pulseId = seeded(here.db);
    expect(seeded(there.db)).toBe(pulseId);

    createPulseRepository(here.db).close(pulseId, AT);
    const repo = createPulseRepository(there.db);
    expect(await repo.closeOffLoop(pulseId, AT)).toBe(true);

    const expected = closedState(here.db, pulseId);
    expect(expected.pulse).toEqual({ status: 'closed', closed_at: AT.getTime() });
    expect(expected.results).toHaveLength(1);
    expect(expected.deliveries).toContainEqual(expect.objectContaining({ status: 'cancelled' }));
    expect(expected.deliveries).toContainEqual(expect.objectContaining({ status: 'sent' }));
    expect(expected.perPerson).toBe(0);
    // read back through this thread's own connection: the worker's commit is visible, byte for byte
    expect(closedState(there.db, pulseId)).toEqual(expected);

    expect(await repo.closeOffLoop(pulseId, new Date(AT.getTime() + 60_000))).toBe(false);
    expect(closedState(there.db, pulseId)).toEqual(expected);
  });

  it('closes an in-memory database on this thread, as it has no file to share', async () => {
    const db = openDb(':memory:');
    const pulseId = seeded(db);
    expect(await createPulseRepository(db).closeOffLoop(pulseId, AT)).toBe(true);
    expect(closedState(db, pulseId).pulse).toEqual({ status: 'closed', closed_at: AT.getTime() });
  });

  it('is one transaction: when freezing fails in the worker, the pulse stays open and nothing is cancelled', async () => {
    const ctx = fresh();
    const pulseId = seeded(ctx.db);
    const before = ctx.db.$client
      .prepare(
        'select status, count(*) as n from deliveries where pulse_id = ? group by status order by status',
      )
      .all(pulseId);
    // the results cannot be written: the status change and the cancellations must roll back with them
    ctx.db.$client.exec('drop table pulse_results');
    await expect(createPulseRepository(ctx.db).closeOffLoop(pulseId, AT)).rejects.toThrow(/pulse_results/);
    const c = ctx.db.$client;
    expect(c.prepare('select status, closed_at from pulses where id = ?').get(pulseId)).toEqual({
      status: 'open',
      closed_at: null,
    });
    expect(
      c
        .prepare(
          'select status, count(*) as n from deliveries where pulse_id = ? group by status order by status',
        )
        .all(pulseId),
    ).toEqual(before);
  });
});
