/**
 * The app's Prometheus metrics (prom-client), one registry per app instance so several bots in one
 * process (the tests) keep theirs apart. Labels hold only fixed words: a Slack method name, an
 * outbox kind and status, a surface. No user id, no department, no free text.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { OpsRepository } from '../../db/repositories/ops-repository';
import { createSlackMetrics } from './slack-metrics';

export type AckSurface = 'command' | 'action' | 'view' | 'event' | 'other';

/** Database-backed gauges, read at each scrape. */
function dbGauges(registry: Registry, ops: OpsRepository): void {
  new Gauge({
    name: 'cx_align_outbox_rows',
    help: 'Delivery outbox rows by kind (invite, reminder) and state',
    labelNames: ['kind', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const row of ops.outboxDepth()) this.set({ kind: row.kind, state: row.status }, row.n);
    },
  });
  new Gauge({
    name: 'cx_align_pulses_open',
    help: 'Pulses open now',
    registers: [registry],
    collect() {
      this.set(ops.openPulses());
    },
  });
  new Gauge({
    name: 'cx_align_digests_posted',
    help: 'Digests posted, all time (from the database)',
    registers: [registry],
    collect() {
      this.set(ops.postedDigests());
    },
  });
}

export function createMetrics(ops: OpsRepository) {
  const registry = new Registry();
  // process CPU, memory, GC and nodejs_eventloop_lag_* (event-loop delay, from monitorEventLoopDelay)
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  dbGauges(registry, ops);
  const inDoubt = new Counter({
    name: 'cx_align_in_doubt_settled_total',
    help: 'In-doubt deliveries settled: found in the DM (found) or not found and queued again (resend)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const answers = new Counter({
    name: 'cx_align_answers_received_total',
    help: 'Pulse answers stored (a changed answer counts again)',
    registers: [registry],
  });
  const ack = new Histogram({
    name: 'cx_align_ack_seconds',
    help: 'From the request reaching the app to its ack, by surface',
    labelNames: ['surface'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers: [registry],
  });
  return {
    registry,
    slack: createSlackMetrics(registry),
    inDoubtSettled: (outcome: 'found' | 'resend') => inDoubt.inc({ outcome }),
    answerReceived: () => answers.inc(),
    acked: (surface: AckSurface, seconds: number) => ack.observe({ surface }, seconds),
    async scrape(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** The answer service with each stored answer counted in `metrics`. */
export function countAnswers<T extends { submit(...args: never[]): { kind: string } }>(
  metrics: Metrics,
  answers: T,
): T {
  const submit = answers.submit.bind(answers);
  return Object.assign(answers, {
    submit: (...args: Parameters<T['submit']>) => {
      const result = submit(...args);
      if (result.kind === 'saved') metrics.answerReceived();
      return result;
    },
  });
}
