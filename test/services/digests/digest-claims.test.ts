import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report';
import {
  createDigestRepository,
  type DigestRepository,
} from '../../../src/db/repositories/digest-repository';
import { claimOwed } from '../../../src/services/digests/digest-claims';
import { freshDb } from '../../support/test-db';

const model = (pulseIds: number[]) =>
  ({ departments: [{ id: 1 }, { id: 2 }, { id: 3 }], window: { pulseIds } }) as unknown as ReportModel;
const DEPARTMENT_CHANNELS = new Map([
  [1, 'C0SALES01'],
  [2, 'C0SUPP001'],
]);

describe('the posts a digest run owes', () => {
  let fresh: ReturnType<typeof freshDb>;
  let repo: DigestRepository;
  beforeEach(() => {
    fresh = freshDb();
    repo = createDigestRepository(fresh.db);
    fresh.db.$client.exec("insert into departments (name) values ('Sales'), ('Support'), ('Marketing')");
  });
  afterEach(() => fresh.cleanup());

  const claim = (periodKey: string, pulseIds: number[], onlyIfNew: boolean) =>
    claimOwed(repo, {
      periodKey,
      model: model(pulseIds),
      onlyIfNew,
      companyChannels: ['C0DIGEST1', 'C0DIGEST2'],
      departmentChannels: DEPARTMENT_CHANNELS,
    }).map((r) => [r.periodKey, r.channelId, r.kind, r.status]);

  it('claims every company channel and every department that has a channel, pending', () => {
    expect(claim('pulse:1', [1], false)).toEqual([
      ['pulse:1', 'C0DIGEST1', 'company', 'pending'],
      ['pulse:1', 'C0DIGEST2', 'company', 'pending'],
      ['pulse:1:dept:1', 'C0SALES01', 'department', 'pending'],
      ['pulse:1:dept:2', 'C0SUPP001', 'department', 'pending'],
    ]);
    // claiming again finds the same rows
    expect(claim('pulse:1', [1], false)).toHaveLength(4);
    expect(repo.unfinished()).toHaveLength(4);
  });

  it('leaves out, when only new results are owed, a channel that showed these results last', () => {
    const shown = (channelId: string, departmentId: number | null) => {
      const row = repo.claim('pulse:1', channelId, departmentId === null ? 'company' : 'department');
      repo.markPosted(row.id, {
        messageTs: '1.0',
        at: new Date(),
        shown: { channelId, departmentId, source: 'pulses:1:closed' },
      });
    };
    shown('C0DIGEST1', null);
    shown('C0SALES01', 1);
    expect(claim('week:2026-W10', [1], true).map((r) => r[1])).toEqual(['C0DIGEST2', 'C0SUPP001']);
    expect(claim('week:2026-W11', [1], false).map((r) => r[1])).toEqual([
      'C0DIGEST1',
      'C0DIGEST2',
      'C0SALES01',
      'C0SUPP001',
    ]);
    expect(claim('week:2026-W12', [2], true)).toHaveLength(4);
  });
});
