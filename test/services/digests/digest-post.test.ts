/** Posting one claimed digest row, against a stand-in for the Slack gateway and a real database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report';
import {
  createDigestRepository,
  type DigestRepository,
} from '../../../src/db/repositories/digest-repository';
import { generateOrganisation } from '../../../src/demo/generate-organisation';
import { createLogger } from '../../../src/logging/logger';
import { createAdminNotices } from '../../../src/services/digests/admin-notices';
import { createDigestPoster } from '../../../src/services/digests/digest-post';
import { SlackCallError } from '../../../src/slack-client/gateway';
import { seededModels } from '../../render/slack-report/support';
import { fakeSettings } from '../../support/fakes/services';
import { freshDb } from '../../support/test-db';

const CHANNEL = 'C0DIGEST1';
const { models } = seededModels(generateOrganisation({ seed: 5, respondents: 60, pulses: 1 }), 5);
const MODEL = models[0] as ReportModel;
const platform = (code: string) => new SlackCallError('chat.postMessage', { kind: 'platform', code });

type Posted = { channel: string; text: string; blocks?: unknown[]; metadata?: unknown };

describe('posting a digest row', () => {
  let fresh: ReturnType<typeof freshDb>;
  let repo: DigestRepository;
  let posted: Posted[];
  let failures: unknown[];
  let found: { ts: string; payload: Record<string, unknown> }[];
  let sleeps: number[];
  let logs: string[];
  beforeEach(() => {
    fresh = freshDb();
    repo = createDigestRepository(fresh.db);
    posted = [];
    failures = [];
    found = [];
    sleeps = [];
    logs = [];
  });
  afterEach(() => fresh.cleanup());

  function poster() {
    const gateway = {
      async postMessage(args: Posted) {
        const failure = failures.shift();
        if (failure) throw failure;
        posted.push(args);
        return { channel: args.channel, ts: `1.${posted.length}` };
      },
      uploadFile: async () => ({ fileId: 'F0HEATMAP' }),
      findMessagesWithMetadata: async () => found,
    };
    const logger = createLogger({ level: 'warn', sink: (line) => logs.push(line) });
    const clock = () => new Date('2026-03-04T09:00:00Z');
    const notices = createAdminNotices({ repo, gateway, admins: () => ['UADMIN001'], logger, clock });
    const sleep = async (ms: number) => {
      sleeps.push(ms);
    };
    const settings = fakeSettings();
    return createDigestPoster({ repo, settings, gateway, notices, logger, clock, sleep });
  }
  const toChannel = () => posted.filter((p) => p.channel === CHANNEL);
  const hasImage = (p: Posted | undefined) => JSON.stringify(p?.blocks ?? []).includes('F0HEATMAP');

  it('posts the company digest with its heatmap and records what the channel now shows', async () => {
    const row = repo.claim('pulse:1', CHANNEL, 'company');
    await poster().deliver(row, MODEL);
    expect(toChannel()).toHaveLength(1);
    expect(hasImage(toChannel()[0])).toBe(true);
    expect(toChannel()[0]?.metadata).toMatchObject({
      event_payload: { digest_id: row.id, period: 'pulse:1' },
    });
    expect(repo.lastPosted(CHANNEL)).toMatchObject({
      status: 'posted',
      messageTs: '1.1',
      fileId: 'F0HEATMAP',
    });
    expect(repo.lastShown(CHANNEL, null)).toBe(`pulses:${MODEL.window.pulseIds.join(',')}:closed`);
    // settled: delivering again posts nothing
    await poster().deliver(row, MODEL);
    expect(toChannel()).toHaveLength(1);
  });

  it('waits for a just-uploaded image, and posts without it when it never becomes ready', async () => {
    failures = [platform('invalid_blocks'), platform('invalid_blocks'), platform('invalid_blocks')];
    await poster().deliver(repo.claim('pulse:1', CHANNEL, 'company'), MODEL);
    expect(sleeps).toEqual([1500, 3000, 4500]);
    expect(toChannel()).toHaveLength(1);
    expect(hasImage(toChannel()[0])).toBe(false);
    expect(repo.lastPosted(CHANNEL)?.status).toBe('posted');
  });

  it('finds a post in doubt by its metadata instead of posting it again', async () => {
    const row = repo.claim('pulse:1', CHANNEL, 'company');
    repo.markPosting(row.id, 'F0HEATMAP');
    found = [{ ts: '9.9', payload: { digest_id: row.id } }];
    await poster().deliver(row, MODEL);
    expect(posted).toEqual([]);
    expect(repo.lastPosted(CHANNEL)).toMatchObject({ id: row.id, messageTs: '9.9' });
  });

  it('marks a channel that refuses for good as failed and tells the admins once', async () => {
    failures = [platform('is_archived')];
    const row = repo.claim('pulse:1', CHANNEL, 'company');
    await poster().deliver(row, MODEL);
    await poster().deliver(row, MODEL);
    expect(toChannel()).toEqual([]);
    expect(repo.claim('pulse:1', CHANNEL, 'company')).toMatchObject({
      status: 'failed',
      lastError: 'is_archived',
    });
    expect(posted.map((p) => [p.channel, p.text.includes('the channel is archived')])).toEqual([
      ['UADMIN001', true],
    ]);
  });

  it('leaves a post that failed for a passing reason to the next resume', async () => {
    failures = [new SlackCallError('chat.postMessage', { kind: 'network', message: 'reset' })];
    const row = repo.claim('pulse:1', CHANNEL, 'company');
    await poster().deliver(row, MODEL);
    expect(repo.unfinished().map((r) => [r.id, r.status])).toEqual([[row.id, 'posting']]);
    expect(logs.join('\n')).toContain('will be retried');
    await poster().deliver(row, MODEL);
    expect(repo.lastPosted(CHANNEL)?.status).toBe('posted');
  });
});
