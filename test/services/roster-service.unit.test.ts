/**
 * The roster service against a fake Slack gateway (users.list, user groups, profiles), in-memory
 * departments and a people repository that records what it is asked to sync.
 */
import { describe, expect, it } from 'vitest';
import { createRosterService } from '../../src/services/roster-service';
import type { SlackGateway, SlackUser } from '../../src/slack-client/gateway';
import {
  departmentRow,
  fakeDepartmentRepository,
  fakeGateway,
  fakePeopleRepository,
  fakeSettings,
  fixedClock,
  silentLogger,
} from '../support/fakes';

const FIELD = 'Xf0DEPT01';
const SUPPORT = 1;
const SALES = 2;
const SUPPORT_GROUP = 'SSUPPORT1';

const USERS: SlackUser[] = [
  { id: 'UINGROUP1', tz: 'Europe/London' },
  { id: 'UPROFILE1', tz: 'America/New_York', profile: { fields: { [FIELD]: { value: '  SALES ' } } } },
  { id: 'UNOFIELDS' },
  { id: 'UBOT00001', is_bot: true },
  { id: 'UGONE0001', deleted: true },
  { id: 'UGUEST001', is_restricted: true },
  { id: 'UGUEST002', is_ultra_restricted: true },
  { id: 'USLACKBOT' },
];

function roster(gateway: Partial<SlackGateway> = {}, settings: { include_guests?: boolean } = {}) {
  const slack = fakeGateway({
    listUsers: async () => USERS,
    usergroupMembers: async () => ['UINGROUP1', 'UPROFILE1'],
    profileFields: async () => ({ [FIELD]: { value: 'nowhere' } }),
    ...gateway,
  });
  const people = fakePeopleRepository();
  const log = silentLogger();
  const service = createRosterService({
    gateway: slack.gateway,
    people: people.repo,
    departments: fakeDepartmentRepository([
      departmentRow({ id: SUPPORT, name: 'Support', usergroupId: SUPPORT_GROUP }),
      departmentRow({ id: SALES, name: 'Sales', profileValue: 'Sales' }),
    ]).repo,
    settings: fakeSettings({ department_profile_field: FIELD, ...settings }),
    logger: log.logger,
    clock: fixedClock('2026-03-02T10:00:00Z').now,
  });
  return { service, slack, people, log };
}

describe('roster service (unit)', () => {
  it('syncs employees only: no bots, deactivated accounts, guests or Slackbot', async () => {
    const { service, people } = roster();
    expect(await service.refresh()).toEqual({ people: 3 });
    expect(people.synced).toHaveLength(1);
    expect(people.synced[0]?.map((e) => [e.slackUserId, e.tz])).toEqual([
      ['UINGROUP1', 'Europe/London'],
      ['UPROFILE1', 'America/New_York'],
      ['UNOFIELDS', null],
    ]);
  });

  it('takes in single- and multi-channel guests only when an admin includes them', async () => {
    const off = roster({}, { include_guests: false });
    await off.service.refresh();
    expect(off.people.synced[0]?.map((e) => e.slackUserId)).not.toContain('UGUEST001');
    const on = roster({}, { include_guests: true });
    expect(await on.service.refresh()).toEqual({ people: 5 });
    expect(on.people.synced[0]?.map((e) => e.slackUserId)).toEqual([
      'UINGROUP1',
      'UPROFILE1',
      'UNOFIELDS',
      'UGUEST001',
      'UGUEST002',
    ]);
  });

  it("keeps each person's Slack locale, and drops one that is not a locale", async () => {
    const { service, people } = roster({
      listUsers: async () => [
        { id: 'UFRENCH01', locale: 'fr-CA' },
        { id: 'UENGLISH1', locale: 'en-US' },
        { id: 'UNOLOCALE' },
        { id: 'UODDLOCAL', locale: '<script>' },
      ],
    });
    await service.refresh();
    expect(people.synced[0]?.map((e) => [e.slackUserId, e.locale])).toEqual([
      ['UFRENCH01', 'fr-CA'],
      ['UENGLISH1', 'en-US'],
      ['UNOLOCALE', null],
      ['UODDLOCAL', null],
    ]);
  });

  it('takes the department from a user group first, then from the profile field, else none', async () => {
    const { service, people, slack } = roster({ usergroupMembers: async () => ['UINGROUP1'] });
    await service.refresh();
    expect(
      people.synced[0]?.map((e) => [e.slackUserId, e.mappedDepartmentId, e.mappedSource, e.mappingUnknown]),
    ).toEqual([
      ['UINGROUP1', SUPPORT, 'usergroup', false],
      ['UPROFILE1', SALES, 'profile', false],
      ['UNOFIELDS', null, null, false],
    ]);
    // only the person whose users.list entry had no profile fields is looked up, and groups wait out 429s
    expect(slack.callsTo('profileFields')).toEqual([['UNOFIELDS']]);
    expect(slack.callsTo('usergroupMembers')).toEqual([[SUPPORT_GROUP, { waitOutRateLimits: true }]]);
  });

  it('marks the mapping unknown for everyone not found when a user group cannot be read', async () => {
    const { service, people, slack, log } = roster({
      usergroupMembers: async () => {
        throw new Error('usergroups.users.list failed');
      },
    });
    await service.refresh();
    expect(people.synced[0]?.map((e) => [e.slackUserId, e.mappedDepartmentId, e.mappingUnknown])).toEqual([
      ['UINGROUP1', null, true],
      ['UPROFILE1', null, true],
      ['UNOFIELDS', null, true],
    ]);
    expect(slack.callsTo('profileFields')).toEqual([]);
    expect(log.at('warn').join('\n')).toContain(`could not read user group ${SUPPORT_GROUP}`);
  });

  it('marks only that person unknown when their profile cannot be read', async () => {
    const { service, people } = roster({
      usergroupMembers: async () => ['UINGROUP1'],
      profileFields: async () => {
        throw new Error('users.profile.get failed');
      },
    });
    await service.refresh();
    expect(people.synced[0]?.map((e) => [e.slackUserId, e.mappedDepartmentId, e.mappingUnknown])).toEqual([
      ['UINGROUP1', SUPPORT, false],
      ['UPROFILE1', SALES, false],
      ['UNOFIELDS', null, true],
    ]);
  });
});
