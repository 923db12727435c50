/**
 * The delivery worker on a fake clock and a fake Slack client (real SQLite repositories: the
 * outbox's claim/requeue semantics are what is under test, and they live in SQL).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryRepository } from '../../../src/db/repositories/delivery-repository';
import { createPeopleRepository } from '../../../src/db/repositories/people-repository';
import { createPulseRepository } from '../../../src/db/repositories/pulse-repository';
import { createLogger } from '../../../src/logging/logger';
import { createDeliveryWorker, type DeliveryWorker } from '../../../src/services/delivery';
import { SlackCallError, type SlackFailure, type SlackGateway } from '../../../src/slack-client/gateway';
import { freshDb } from '../../support/test-db';

const T0 = new Date('2026-03-02T09:00:00Z');

type Outcome = SlackFailure | 'ok';

/** A Slack client whose postMessage answers from a script (then 'ok'), recording every call. */
function scriptedGateway(script: Outcome[]) {
  const posts: string[] = [];
  const gateway = {
    async postMessage(args: { channel: string }) {
      posts.push(args.channel);
      const next = script.shift() ?? 'ok';
      if (next !== 'ok') throw new SlackCallError('chat.postMessage', next);
      return { channel: `D${args.channel}`, ts: `${posts.length}.000` };
    },
    async openDm(user: string) {
      return `D${user}`;
    },
    async findMessagesWithMetadata() {
      return [];
    },
  };
  return { posts, gateway: gateway as unknown as SlackGateway };
}

function setup(script: Outcome[], people = 1) {
  const t = freshDb();
  let now = T0;
  const clock = () => now;
  const deliveries = createDeliveryRepository(t.db);
  const peopleRepo = createPeopleRepository(t.db);
  const pulses = createPulseRepository(t.db);
  const pulse = pulses.create(
    { trigger: 'manual', openedBy: 'UADMIN', openedAt: T0, closesAt: new Date(T0.getTime() + 86_400_000) },
    [],
  );
  if (!pulse) throw new Error('pulse not created');
  const persons = Array.from({ length: people }, (_, i) => peopleRepo.ensure(`U${i}`, T0));
  deliveries.enqueue(
    persons.map((p) => ({
      pulseId: pulse.id,
      personId: p.id,
      kind: 'invite' as const,
      departmentId: null,
      notBefore: T0,
    })),
    T0,
  );
  const slack = scriptedGateway(script);
  const worker = createDeliveryWorker({
    deliveries,
    pulses,
    people: peopleRepo,
    gateway: slack.gateway,
    logger: createLogger({ level: 'error', sink: () => {} }),
    clock,
    threshold: () => 5,
    options: { idlePollMs: 20, backoffMs: 1000, concurrency: 1 },
  });
  return {
    ...t,
    worker,
    slack,
    deliveries,
    pulseId: pulse.id,
    personIds: persons.map((p) => p.id),
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

const settle = (ms = 120) => new Promise((resolve) => setTimeout(resolve, ms));

describe('delivery worker on the injected clock', () => {
  let current: (ReturnType<typeof setup> & { worker: DeliveryWorker }) | undefined;
  afterEach(async () => {
    await current?.worker.stop();
    current?.cleanup();
    current = undefined;
  });

  it('a 429 pauses sending until the fake clock passes Retry-After, and costs no attempt', async () => {
    current = setup([{ kind: 'rate_limited', retryAfterSeconds: 30 }]);
    const { worker, slack, deliveries, pulseId, personIds } = current;
    worker.start();
    await settle();
    expect(slack.posts).toHaveLength(1);
    const waiting = deliveries.inviteFor(pulseId, personIds[0] ?? -1);
    expect(waiting?.status).toBe('pending');
    expect(waiting?.attempts).toBe(0);
    expect(waiting?.notBefore?.getTime()).toBe(T0.getTime() + 30_000);

    current.advance(29_000);
    worker.kick();
    await settle();
    expect(slack.posts).toHaveLength(1); // still inside the pause on the fake clock

    current.advance(2_000);
    worker.kick();
    await worker.idle();
    expect(slack.posts).toHaveLength(2);
    expect(deliveries.inviteFor(pulseId, personIds[0] ?? -1)?.status).toBe('sent');
  });

  it('a 5xx counts an attempt and is retried after a backoff measured on the fake clock', async () => {
    current = setup([{ kind: 'http', status: 503 }]);
    const { worker, slack, deliveries, pulseId, personIds } = current;
    worker.start();
    await settle();
    const row = deliveries.inviteFor(pulseId, personIds[0] ?? -1);
    expect(row?.status).toBe('pending');
    expect(row?.attempts).toBe(1);
    const delay = (row?.notBefore?.getTime() ?? 0) - T0.getTime();
    expect(delay).toBeGreaterThanOrEqual(750); // backoffMs ± 25% jitter
    expect(delay).toBeLessThanOrEqual(1250);

    current.advance(1_300);
    worker.kick();
    await worker.idle();
    expect(slack.posts).toHaveLength(2);
    expect(deliveries.inviteFor(pulseId, personIds[0] ?? -1)?.status).toBe('sent');
  });

  it('a permanent Slack error fails the row at once; the others are still sent', async () => {
    current = setup([{ kind: 'platform', code: 'channel_not_found' }], 3);
    const { worker, slack, deliveries, pulseId } = current;
    worker.start();
    await worker.idle();
    expect(slack.posts).toHaveLength(3);
    expect(deliveries.counts(pulseId)).toMatchObject({ failed: 1, sent: 2 });
  });

  it('stopping while paused puts claimed rows back pending, never failed', async () => {
    current = setup([{ kind: 'rate_limited', retryAfterSeconds: 60 }], 4);
    const { worker, deliveries, pulseId } = current;
    worker.start();
    await settle();
    await worker.stop();
    const counts = deliveries.counts(pulseId);
    expect(counts.pending).toBe(4);
    expect(counts.failed).toBe(0);
    expect(counts.in_flight).toBe(0);
  });
});
