import type { PulseRow } from '../../db/repositories/pulse-repository';
import { workspaceTimeZone } from '../workspace-time-zone';
import { pulseClosing } from './close-pulse';
import type { PulseServiceDeps } from './deps';
import { pulseOpening } from './open-pulse';

/** Reading pulses and their delivery counts. */
function pulseReads(deps: Pick<PulseServiceDeps, 'pulses' | 'deliveries'>) {
  const { pulses, deliveries } = deps;
  return {
    lastScheduled: () => pulses.latestScheduled(),
    current(): PulseRow | null {
      return pulses.listOpen().at(-1) ?? null;
    },
    byId: (id: number) => pulses.byId(id),
    touchpoints: (id: number) => pulses.touchpoints(id),
    deliveryCounts: (id: number) => deliveries.counts(id),
  };
}

/**
 * Opening, fanning out, reminding and closing pulses. Fan-out only enqueues into the outbox (one
 * transaction); the delivery worker sends.
 */
export function createPulseService(deps: PulseServiceDeps) {
  const closing = pulseClosing(deps);
  return {
    workspaceTimeZone: () =>
      workspaceTimeZone({ settings: deps.settings, people: deps.people, logger: deps.logger }),
    ...pulseOpening(deps, closing.close),
    ...closing,
    ...pulseReads(deps),
  };
}
export type PulseService = ReturnType<typeof createPulseService>;
