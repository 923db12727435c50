/** What each digest channel last showed: one row per company channel and per department's channel. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open-db';
import { createDepartmentRepository } from '../../src/db/repositories/department-repository';
import { createDigestRepository, type DigestRepository } from '../../src/db/repositories/digest-repository';
import { freshDb } from '../support/test-db';

describe('the digest repository: what a channel last showed', () => {
  let fresh: ReturnType<typeof freshDb>;
  let db: Db;
  let repo: DigestRepository;
  beforeEach(() => {
    fresh = freshDb();
    db = fresh.db;
    repo = createDigestRepository(db);
    createDepartmentRepository(db).replaceActive(
      [
        { name: 'Sales', usergroupId: null, profileValue: null, channelId: 'C0SALES01' },
        { name: 'Support', usergroupId: null, profileValue: null, channelId: 'C0SUPP001' },
      ],
      new Date(),
    );
  });
  afterEach(() => fresh.cleanup());

  const post = (periodKey: string, channelId: string, departmentId: number | null, source: string) => {
    const row = repo.claim(periodKey, channelId, departmentId === null ? 'company' : 'department');
    repo.markPosted(row.id, { messageTs: '1.0', at: new Date(), shown: { channelId, departmentId, source } });
    return row.id;
  };

  it('is nothing before the first post', () => {
    expect(repo.lastShown('C0DIGEST1', null)).toBeNull();
    expect(repo.lastShown('C0SALES01', 1)).toBeNull();
  });

  it('keeps one value per company channel and per department and channel, the newest post winning', () => {
    const id = post('pulse:1', 'C0DIGEST1', null, 'pulses:1:closed');
    post('pulse:1:dept:1', 'C0SALES01', 1, 'pulses:1:closed');
    post('pulse:1:dept:2', 'C0SALES01', 2, 'pulses:1:closed');
    post('week:2026-W10', 'C0DIGEST1', null, 'pulses:2:closed');
    expect(repo.lastShown('C0DIGEST1', null)).toBe('pulses:2:closed');
    expect(repo.lastShown('C0SALES01', 1)).toBe('pulses:1:closed');
    expect(repo.lastShown('C0SALES01', 2)).toBe('pulses:1:closed');
    expect(repo.lastShown('C0SALES01', null)).toBeNull();
    expect(repo.lastPosted('C0DIGEST1')).toMatchObject({ status: 'posted', messageTs: '1.0' });
    expect(repo.unfinished().map((r) => r.id)).not.toContain(id);
    expect(db.$client.prepare('select count(*) from digest_channel_sources').pluck().get()).toBe(3);
  });

  it('refuses a second row for the same channel and department at the database', () => {
    post('pulse:1', 'C0DIGEST1', null, 'pulses:1:closed');
    post('pulse:1:dept:1', 'C0SALES01', 1, 'pulses:1:closed');
    const insert = db.$client.prepare(
      'insert into digest_channel_sources (channel_id, department_id, source, updated_at) values (?, ?, ?, 0)',
    );
    expect(() => insert.run('C0DIGEST1', null, 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('C0SALES01', 1, 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('C0SALES01', 99, 'x')).toThrow(/FOREIGN KEY/);
  });
});
