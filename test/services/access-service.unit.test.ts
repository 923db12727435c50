/** The access service against fake settings and a fake Slack gateway (user groups). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccessService } from '../../src/services/access-service';
import { fakeGateway, fakeSettings, silentLogger } from '../support/fakes';

const ADMIN_GROUP = 'SADMINS01';
const LEADER_GROUP = 'SLEADERS1';

function access(
  options: { envAdmins?: string[]; groups?: Record<string, string[]>; failingGroups?: boolean } = {},
) {
  let failing = options.failingGroups ?? false;
  const slack = fakeGateway({
    usergroupMembers: async (group) => {
      if (failing) throw new Error('usergroups.users.list failed');
      return options.groups?.[group] ?? [];
    },
  });
  const log = silentLogger();
  const service = createAccessService({
    envAdmins: options.envAdmins ?? [],
    settings: fakeSettings({
      admins: { users: ['UPICKED01'], usergroup: ADMIN_GROUP },
      leaders: { users: ['ULEADER01'], usergroup: LEADER_GROUP },
    }),
    gateway: slack.gateway,
    logger: log.logger,
  });
  const failFromNow = () => {
    failing = true;
  };
  return { service, slack, log, failFromNow };
}

describe('access service (unit)', () => {
  it('denies admin and leader to someone in no list and no group', async () => {
    const { service } = access({ envAdmins: ['UENVADMIN'], groups: { [ADMIN_GROUP]: ['UGROUPADM'] } });
    expect(await service.isAdmin('UNOBODY01')).toBe(false);
    expect(await service.isLeader('UNOBODY01')).toBe(false);
    expect(await service.role('UNOBODY01')).toBe('employee');
  });

  it('makes admins of the environment, the settings and the admin group, and admins are leaders', async () => {
    const { service } = access({ envAdmins: ['UENVADMIN'], groups: { [ADMIN_GROUP]: ['UGROUPADM'] } });
    for (const id of ['UENVADMIN', 'UPICKED01', 'UGROUPADM']) {
      expect(await service.role(id)).toBe('admin');
      expect(await service.isLeader(id)).toBe(true);
    }
    expect(await service.role('ULEADER01')).toBe('leader');
    expect((await service.adminIds()).sort()).toEqual(['UENVADMIN', 'UGROUPADM', 'UPICKED01']);
  });

  it('reads a user group once within its cache time', async () => {
    const { service, slack } = access({ groups: { [LEADER_GROUP]: ['UGROUPLDR'] } });
    expect(await service.isLeader('UGROUPLDR')).toBe(true);
    expect(await service.isLeader('UGROUPLDR')).toBe(true);
    expect(slack.callsTo('usergroupMembers').filter(([group]) => group === LEADER_GROUP)).toHaveLength(1);
  });

  it('on a failed group read logs a warning and treats the group as empty when it never read it', async () => {
    const { service, log } = access({ groups: { [ADMIN_GROUP]: ['UGROUPADM'] }, failingGroups: true });
    expect(await service.isAdmin('UGROUPADM')).toBe(false);
    expect(log.at('warn').join('\n')).toContain(`could not read user group ${ADMIN_GROUP}`);
  });

  describe('past the group cache time', () => {
    // the cache is timed by Date.now(), not by an injected clock: only fake timers can move it
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reads the group again, and keeps the last known members when that read fails', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
      const { service, slack, log, failFromNow } = access({ groups: { [ADMIN_GROUP]: ['UGROUPADM'] } });
      expect(await service.isAdmin('UGROUPADM')).toBe(true);
      failFromNow();
      vi.setSystemTime(new Date('2026-03-02T10:06:00Z'));
      expect(await service.isAdmin('UGROUPADM')).toBe(true);
      expect(slack.callsTo('usergroupMembers').filter(([group]) => group === ADMIN_GROUP)).toHaveLength(2);
      expect(log.at('warn')).toHaveLength(1);
    });
  });
});
