import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runFollowUpsCommand } from '../../src/cli/followups-command';
import { closeDb } from '../../src/db/open-db';
import { createFollowUpRepository } from '../../src/db/repositories/follow-up-repository';
import { freshDb } from '../support/test-db';

let cleanup = () => {};
afterEach(() => cleanup());

function io(path: string, dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      env: { DATABASE_PATH: path },
      cwd: dir,
    },
  };
}

describe('cx-align followups', () => {
  it('prints overdue, open and resolved follow-ups from the database', () => {
    const fresh = freshDb();
    cleanup = () => rmSync(fresh.dir, { recursive: true, force: true });
    fresh.db.$client.exec(
      "insert into pulses (trigger, status, opened_at, closes_at) values ('manual', 'closed', 0, 1)",
    );
    const repo = createFollowUpRepository(fresh.db);
    const base = {
      pulseId: 1,
      subjectKind: 'touchpoint' as const,
      subjectKey: '2',
      subjectName: 'Customer support',
      departments: ['Marketing', 'Customer Service'],
      highDepartment: 'Marketing',
      lowDepartment: 'Customer Service',
      gap: 1.9,
      highMean: 4.1,
      lowMean: 2.2,
      significant: true,
      ownerId: 'UOWNER001',
      channelId: null,
      createdBy: 'ULEADER01',
    };
    repo.create(
      { ...base, nextStep: 'Late round-table', dueDate: '2026-11-01', idempotencyKey: 'a' },
      new Date(),
    );
    repo.create(
      { ...base, nextStep: 'Shared support script', dueDate: '2027-01-01', idempotencyKey: 'b' },
      new Date(),
    );
    closeDb(fresh.db);
    const run = io(fresh.path, fresh.dir);
    expect(runFollowUpsCommand([], run.io, '2026-12-07')).toBe(0);
    const text = run.out.join('');
    expect(text).toMatch(
      /Overdue \(1\)\n {2}#1 Customer support, Marketing vs Customer Service \(gap 1\.9\): Late round-table/,
    );
    expect(text).toContain('Open (1)\n  #2 ');
    expect(text).toContain('Resolved (0)');
  });

  it('refuses an unknown argument with the usage, exit 2', () => {
    const run = io('/nonexistent/cx.db', '/tmp');
    expect(runFollowUpsCommand(['--bogus'], run.io)).toBe(2);
    expect(run.err.join('')).toContain('Usage: cx-align followups');
  });
});
