import type { Logger } from '../logging/logger';
import type { SlackGateway } from '../slack-client/gateway';
import type { SettingsService } from './settings-service';

const GROUP_TTL_MS = 5 * 60_000;

/**
 * Who is an admin and who is a leader: member ids from the environment (admins from the first
 * start) and from settings, plus the members of an optional user group each. Admins are leaders.
 */
export function createAccessService(deps: {
  envAdmins: string[];
  settings: SettingsService;
  gateway: SlackGateway;
  logger: Logger;
}) {
  const cache = new Map<string, { at: number; members: Set<string> }>();

  /** A user group's members (cached a few minutes; on a failed read, the last known ones). */
  async function members(usergroup: string | null): Promise<Set<string>> {
    if (!usergroup) return new Set();
    const hit = cache.get(usergroup);
    if (hit && Date.now() - hit.at < GROUP_TTL_MS) return hit.members;
    try {
      const found = new Set(await deps.gateway.usergroupMembers(usergroup));
      cache.set(usergroup, { at: Date.now(), members: found });
      return found;
    } catch (error) {
      deps.logger.warn(`could not read user group ${usergroup}`, error);
      return hit?.members ?? new Set();
    }
  }
  const inGroup = async (usergroup: string | null, userId: string) => (await members(usergroup)).has(userId);

  return {
    async isAdmin(userId: string): Promise<boolean> {
      const { admins } = deps.settings.get();
      return (
        deps.envAdmins.includes(userId) || admins.users.includes(userId) || inGroup(admins.usergroup, userId)
      );
    },
    /** Every admin: from the environment, picked in settings, and the admin user group's members. */
    async adminIds(): Promise<string[]> {
      const { admins } = deps.settings.get();
      return [...new Set([...deps.envAdmins, ...admins.users, ...(await members(admins.usergroup))])];
    },
    async isLeader(userId: string): Promise<boolean> {
      const { leaders } = deps.settings.get();
      if (leaders.users.includes(userId)) return true;
      if (await this.isAdmin(userId)) return true;
      return inGroup(leaders.usergroup, userId);
    },
    async role(userId: string): Promise<'admin' | 'leader' | 'employee'> {
      if (await this.isAdmin(userId)) return 'admin';
      return (await this.isLeader(userId)) ? 'leader' : 'employee';
    },
  };
}
export type AccessService = ReturnType<typeof createAccessService>;
