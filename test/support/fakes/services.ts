/** Stand-ins for the services other services depend on, typed as the real ones (strictFake). */
import type { AccessService } from '../../../src/services/access-service';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/services/settings-schema';
import type { SettingsService } from '../../../src/services/settings-service';
import { strictFake } from './strict-fake';

/** Settings that read as the defaults with `patch` over them; only `get` is faked. */
export function fakeSettings(patch: Partial<Settings> = {}): SettingsService {
  return strictFake<SettingsService>('SettingsService', {
    get: (): Settings => ({ ...DEFAULT_SETTINGS, ...patch }),
  });
}

/** Who is what: admins are leaders too, as in the real access service. */
export function fakeAccess(roles: { admins?: string[]; leaders?: string[] } = {}): AccessService {
  const admins = new Set(roles.admins ?? []);
  const leaders = new Set([...(roles.leaders ?? []), ...admins]);
  return strictFake<AccessService>('AccessService', {
    isAdmin: async (userId) => admins.has(userId),
    isLeader: async (userId) => leaders.has(userId),
    role: async (userId) => (admins.has(userId) ? 'admin' : leaders.has(userId) ? 'leader' : 'employee'),
    adminIds: async () => [...admins],
  });
}

/** A stable, readable pseudonym: enough to check that answers are keyed by it, not by the user id. */
export const fakePseudonym = (pulseId: number, slackUserId: string): string =>
  `pseudonym-of-${slackUserId}-in-${pulseId}`;
