import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { PeopleRepository, RosterEntry } from '../db/repositories/people-repository';
import type { Logger } from '../logging/logger';
import { namesOf, type SlackGateway, type SlackUser } from '../slack-client/gateway';
import { isAwayStatus } from '../util/away-status';
import type { SettingsService } from './settings-service';

/** Slack's own bot is not flagged is_bot in users.list. */
const SLACKBOT = 'USLACKBOT';

/** A guest: a single-channel (ultra-restricted) or multi-channel (restricted) account. */
const isGuest = (user: SlackUser): boolean => Boolean(user.is_restricted || user.is_ultra_restricted);

/** Employees only: no bots, no deactivated accounts, no Slackbot, no guests. */
export function isEmployee(user: SlackUser): boolean {
  return user.id !== SLACKBOT && !user.is_bot && !user.deleted && !isGuest(user);
}

/** Who goes on the roster: employees, and guests too when an admin includes them. */
function onRoster(includeGuests: boolean): (user: SlackUser) => boolean {
  return (user) => isEmployee(user) || (includeGuests && isGuest(user) && !user.is_bot && !user.deleted);
}

/** A locale as Slack writes it (`en-US`, `fr-CA`), else null: never stored unchecked. */
function slackLocale(locale: string | undefined): string | null {
  return locale !== undefined && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(locale) ? locale : null;
}

export type RosterServiceDeps = {
  gateway: SlackGateway;
  people: PeopleRepository;
  departments: DepartmentRepository;
  settings: SettingsService;
  logger: Logger;
  clock: () => Date;
};

/**
 * Who is in which mapped user group (the first group listing a person wins). `complete` is false
 * when a group could not be read: then anyone not found in the groups before it is unknown, since
 * they may be in it; later groups are not read.
 */
async function departmentsByUsergroup(
  deps: Pick<RosterServiceDeps, 'gateway' | 'departments' | 'logger'>,
): Promise<{ byUser: Map<string, number>; complete: boolean }> {
  const { gateway, departments, logger } = deps;
  const byUser = new Map<string, number>();
  for (const d of departments.listActive()) {
    if (!d.usergroupId) continue;
    try {
      for (const user of await gateway.usergroupMembers(d.usergroupId, { waitOutRateLimits: true }))
        if (!byUser.has(user)) byUser.set(user, d.id);
    } catch (error) {
      logger.warn(
        `could not read user group ${d.usergroupId} for ${d.name}; departments not yet found stay as they were`,
        error,
      );
      return { byUser, complete: false };
    }
  }
  return { byUser, complete: true };
}

/** Each active department's mapped profile-field value (trimmed, lower-cased) → its id. */
function departmentsByProfileValue(departments: DepartmentRepository): Map<string, number> {
  const byValue = new Map<string, number>();
  for (const d of departments.listActive())
    if (d.profileValue) byValue.set(d.profileValue.trim().toLowerCase(), d.id);
  return byValue;
}

/** The department a person's profile field maps to; 'unknown' when their profile could not be read. */
async function profileDepartment(
  deps: Pick<RosterServiceDeps, 'gateway' | 'logger'>,
  user: SlackUser,
  field: string,
  byValue: Map<string, number>,
): Promise<number | null | 'unknown'> {
  let fields = user.profile?.fields ?? null;
  if (!fields) {
    try {
      fields = await deps.gateway.profileFields(user.id);
    } catch (error) {
      deps.logger.warn(`could not read the profile of ${user.id}; their department stays as it was`, error);
      return 'unknown';
    }
  }
  const value = fields[field]?.value?.trim().toLowerCase();
  return value ? (byValue.get(value) ?? null) : null;
}

/**
 * Refreshes the roster from users.list (paged), learning each person's department from a mapped
 * user group, else a mapped value of the custom profile field; an admin's assignment or the
 * person's own pick stays otherwise. Guests are left off unless the `include_guests` setting is on.
 */
export function createRosterService(deps: RosterServiceDeps) {
  const { gateway, people, departments, settings, clock } = deps;
  return {
    async refresh(): Promise<{ people: number }> {
      const s = settings.get();
      const users = (await gateway.listUsers()).filter(onRoster(s.include_guests));
      const { byUser: byGroup, complete: groupsComplete } = await departmentsByUsergroup(deps);
      const field = s.department_profile_field;
      const byValue = departmentsByProfileValue(departments);
      const entries: RosterEntry[] = [];
      for (const user of users) {
        const group = byGroup.get(user.id) ?? null;
        // a user group that could not be read may hold them: then their mapping is unknown
        const profile =
          group === null && groupsComplete && field && byValue.size > 0
            ? await profileDepartment(deps, user, field, byValue)
            : null;
        const unknown = (group === null && !groupsComplete) || profile === 'unknown';
        const fromProfile = profile === 'unknown' ? null : profile;
        entries.push({
          slackUserId: user.id,
          tz: user.tz ?? null,
          locale: slackLocale(user.locale),
          mappedDepartmentId: group ?? fromProfile,
          mappedSource: group !== null ? 'usergroup' : fromProfile !== null ? 'profile' : null,
          mappingUnknown: unknown,
          names: namesOf(user),
        });
      }
      people.syncRoster(entries, clock());
      return { people: entries.length };
    },

    /** Who says in their Slack status that they are away (out of office, holiday, sick), now. */
    async awayNow(): Promise<Set<string>> {
      const users = await gateway.listUsers();
      return new Set(
        users
          .filter((u) => isAwayStatus({ emoji: u.profile?.status_emoji, text: u.profile?.status_text }))
          .map((u) => u.id),
      );
    },
  };
}
export type RosterService = ReturnType<typeof createRosterService>;
