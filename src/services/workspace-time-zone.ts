import type { PeopleRepository } from '../db/repositories/people-repository';
import type { SettingsService } from './settings-service';

/**
 * The workspace's time zone: the pulse schedule's own, else the one most people on the roster
 * share, else UTC. Pulse slots, digests and local-time delivery are all reckoned from it.
 */
export function workspaceTimeZone(deps: {
  settings: Pick<SettingsService, 'get'>;
  people: Pick<PeopleRepository, 'commonTimeZone'>;
}): string {
  return deps.settings.get().pulse_schedule.timezone ?? deps.people.commonTimeZone() ?? 'UTC';
}
