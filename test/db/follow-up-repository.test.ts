import { afterEach, describe, expect, it } from 'vitest';
import { createFollowUpRepository, type NewFollowUp } from '../../src/db/repositories/follow-up-repository';
import { freshDb } from '../support/test-db';

let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const fresh = freshDb();
  cleanup = fresh.cleanup;
  return { repo: createFollowUpRepository(fresh.db), db: fresh.db };
}

const row = (pulseId: number, key: string): NewFollowUp => ({
  pulseId,
  subjectKind: 'touchpoint',
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
  nextStep: 'Round-table on support wait times',
  dueDate: '2026-12-20',
  channelId: null,
  createdBy: 'ULEADER01',
  idempotencyKey: key,
});

describe('follow-up repository over the real migrations', () => {
  it('creates once per idempotency key, with one audit row, however often it is retried', () => {
    const { repo, db } = setup();
    db.$client.exec(
      "insert into pulses (trigger, status, opened_at, closes_at) values ('manual', 'closed', 0, 1)",
    );
    const at = new Date('2026-12-07T16:00:00Z');
    const first = repo.create(row(1, 'view:V1'), at);
    const again = repo.create({ ...row(1, 'view:V1'), nextStep: 'something else' }, at);
    expect(first.created).toBe(true);
    expect(again).toEqual({ row: first.row, created: false });
    expect(repo.all()).toHaveLength(1);
    expect(repo.audit(first.row.id).map((a) => a.what)).toEqual(['created']);
    expect(first.row.departments).toEqual(['Marketing', 'Customer Service']);
  });

  it('audits each change and finds the unresolved follow-ups on a touchpoint', () => {
    const { repo, db } = setup();
    db.$client.exec(
      "insert into pulses (trigger, status, opened_at, closes_at) values ('manual', 'closed', 0, 1)",
    );
    const a = repo.create(row(1, 'a'), new Date(1000)).row;
    const b = repo.create(row(1, 'b'), new Date(1000)).row;
    repo.update(b.id, { status: 'resolved' }, new Date(2000), {
      actor: 'system',
      what: 'resolved: gap 1.9 → 0.3',
    });
    expect(repo.unresolvedOn('touchpoint', '2').map((r) => r.id)).toEqual([a.id]);
    expect(repo.audit(b.id).map((x) => x.what)).toEqual(['resolved: gap 1.9 → 0.3', 'created']);
    expect(repo.byId(b.id)?.updatedAt.getTime()).toBe(2000);
  });
});
