import type { Logger } from '../logging/logger';
import type { SlackGateway } from '../slack/gateway';
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

  async function inGroup(usergroup: string | null, userId: string): Promise<boolean> {
    if (!usergroup) return false;
    const hit = cache.get(usergroup);
    if (hit && Date.now() - hit.at < GROUP_TTL_MS) return hit.members.has(userId);
    try {
      const members = new Set(await deps.gateway.usergroupMembers(usergroup));
      cache.set(usergroup, { at: Date.now(), members });
      return members.has(userId);
    } catch (error) {
      deps.logger.warn(`could not read user group ${usergroup}`, error);
      return hit?.members.has(userId) ?? false;
    }
  }

  return {
    async isAdmin(userId: string): Promise<boolean> {
      const { admins } = deps.settings.get();
      return (
        deps.envAdmins.includes(userId) || admins.users.includes(userId) || inGroup(admins.usergroup, userId)
      );
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
