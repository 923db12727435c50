/** The pulses capability: opening a pulse, queueing its invites and reminders, closing it. */
export type { PulseServiceDeps } from './deps';
export type { OpenRequest } from './open-pulse';
export { createPulseService, type PulseService } from './pulse-service';
