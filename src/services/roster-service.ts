import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { PeopleRepository, RosterEntry } from '../db/repositories/people-repository';
import type { Logger } from '../logging/logger';
import type { SlackGateway, SlackUser } from '../slack/gateway';
import type { SettingsService } from './settings-service';

/** Slack's own bot is not flagged is_bot in users.list. */
const SLACKBOT = 'USLACKBOT';

/** Employees only: no bots, no deactivated accounts, no Slackbot, no guests. */
export function isEmployee(user: SlackUser): boolean {
  return (
    user.id !== SLACKBOT && !user.is_bot && !user.deleted && !user.is_restricted && !user.is_ultra_restricted
  );
}

/**
 * Refreshes the roster from users.list (paged), learning each person's department from a mapped
 * user group, else a mapped value of the custom profile field; an admin's assignment or the
 * person's own pick stays otherwise.
 */
export function createRosterService(deps: {
  gateway: SlackGateway;
  people: PeopleRepository;
  departments: DepartmentRepository;
  settings: SettingsService;
  logger: Logger;
  clock: () => Date;
}) {
  const { gateway, people, departments, settings, logger, clock } = deps;

  async function departmentsByUsergroup(): Promise<Map<string, number>> {
    const byUser = new Map<string, number>();
    for (const d of departments.listActive()) {
      if (!d.usergroupId) continue;
      try {
        for (const user of await gateway.usergroupMembers(d.usergroupId))
          if (!byUser.has(user)) byUser.set(user, d.id);
      } catch (error) {
        logger.warn(`could not read user group ${d.usergroupId} for ${d.name}`, error);
      }
    }
    return byUser;
  }

  async function profileDepartment(
    user: SlackUser,
    field: string,
    byValue: Map<string, number>,
  ): Promise<number | null> {
    let fields = user.profile?.fields ?? null;
    if (!fields) {
      try {
        fields = await gateway.profileFields(user.id);
      } catch (error) {
        logger.warn(`could not read the profile of ${user.id}`, error);
        return null;
      }
    }
    const value = fields[field]?.value?.trim().toLowerCase();
    return value ? (byValue.get(value) ?? null) : null;
  }

  return {
    async refresh(): Promise<{ people: number }> {
      const users = (await gateway.listUsers()).filter(isEmployee);
      const byGroup = await departmentsByUsergroup();
      const field = settings.get().department_profile_field;
      const byValue = new Map<string, number>();
      for (const d of departments.listActive())
        if (d.profileValue) byValue.set(d.profileValue.trim().toLowerCase(), d.id);
      const entries: RosterEntry[] = [];
      for (const user of users) {
        const group = byGroup.get(user.id) ?? null;
        const profile =
          group === null && field && byValue.size > 0 ? await profileDepartment(user, field, byValue) : null;
        entries.push({
          slackUserId: user.id,
          tz: user.tz ?? null,
          mappedDepartmentId: group ?? profile,
          mappedSource: group !== null ? 'usergroup' : profile !== null ? 'profile' : null,
        });
      }
      people.syncRoster(entries, clock());
      return { people: entries.length };
    },
  };
}
export type RosterService = ReturnType<typeof createRosterService>;
