import type { PeopleRepository } from '../db/repositories/people-repository';
import type { Logger } from '../logging/logger';
import { isTimeZone } from './settings-schema';
import type { SettingsService } from './settings-service';

/** Zones already logged as unknown, so a bad roster zone costs one log line, not one a minute. */
const loggedUnknown = new Set<string>();

/**
 * The workspace's time zone: the pulse schedule's own, else the one most people on the roster
 * share, else UTC. Pulse slots, digests and local-time delivery are all reckoned from it. A roster
 * zone this Node does not know (Slack once sent "Mars/Olympus" in a test) falls back to UTC with one
 * log line: passed on, it crashed the scheduled pulse and every start.
 */
export function workspaceTimeZone(deps: {
  settings: Pick<SettingsService, 'get'>;
  people: Pick<PeopleRepository, 'commonTimeZone'>;
  logger?: Pick<Logger, 'warn'>;
}): string {
  const own = deps.settings.get().pulse_schedule.timezone;
  if (own) return own;
  const common = deps.people.commonTimeZone();
  if (!common) return 'UTC';
  if (isTimeZone(common)) return common;
  if (!loggedUnknown.has(common)) {
    loggedUnknown.add(common);
    deps.logger?.warn(`the roster's time zone "${common}" is unknown here; using UTC for the workspace`);
  }
  return 'UTC';
}
