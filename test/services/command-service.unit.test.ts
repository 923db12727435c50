/**
 * The command service against fake access, pulse and report services and a fake Slack gateway.
 * `help` and unknown subcommands never reach it: its `run` takes every command but those two
 * (see `Services['commands']`), and the listener answers them with the help in its ack.
 */
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../src/render/help';
import { plainMessage } from '../../src/render/plain-message';
import { createCommandService } from '../../src/services/command-service';
import type { OpenRequest, PulseService } from '../../src/services/pulses';
import type { ReportService } from '../../src/services/report-service';
import { fakeAccess, fakeGateway, pulseRow, strictFake } from '../support/fakes';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const CTX = { channelId: 'C0GENERAL', triggerId: '1337.42.abcdef' };
const SETTINGS_MODAL: ModalView = {
  type: 'modal',
  title: { type: 'plain_text', text: 'Settings' },
  blocks: [],
};
const HOUR = 3_600_000;
const OPENED_AT = new Date('2026-03-02T10:00:00Z');

function commands(open: PulseService['open'] = async () => null) {
  const opens: OpenRequest[] = [];
  const asked: string[] = [];
  const reply = (what: string): SlackMessage => plainMessage(`report: ${what}`);
  const slack = fakeGateway();
  const service = createCommandService({
    access: fakeAccess({ admins: [ADMIN], leaders: [LEADER] }),
    themes: { command: async (_userId, edit) => plainMessage(`themes: ${edit?.term ?? 'list'}`) },
    followUps: { list: async () => plainMessage('follow-ups') },
    pulses: strictFake<PulseService>('PulseService', {
      open: async (request) => {
        opens.push(request);
        return open(request);
      },
    }),
    reports: strictFake<ReportService>('ReportService', {
      report: async (userId) => {
        asked.push(`report ${userId}`);
        return reply('latest');
      },
      touchpoint: async (userId, name) => {
        asked.push(`touchpoint ${userId} ${name}`);
        return reply(name);
      },
      department: async (userId, name) => {
        asked.push(`dept ${userId} ${name}`);
        return reply(name);
      },
    }),
    gateway: slack.gateway,
    settingsModal: () => SETTINGS_MODAL,
  });
  return { service, opens, asked, slack };
}

describe('command service (unit)', () => {
  it('refuses `pulse now` and `config` to a non-admin, opening nothing', async () => {
    const { service, opens, slack } = commands();
    await expect(service.run({ kind: 'pulse-now' }, { ...CTX, userId: LEADER })).rejects.toThrow(
      'Only CX Align admins can start a pulse.',
    );
    await expect(service.run({ kind: 'config' }, { ...CTX, userId: LEADER })).rejects.toThrow(
      'Only CX Align admins can change settings.',
    );
    expect(opens).toEqual([]);
    expect(slack.calls).toEqual([]);
  });

  it('opens a manual pulse for an admin and says its number and how many get it', async () => {
    const { service, opens } = commands(async () => ({
      pulse: pulseRow({
        id: 12,
        openedAt: OPENED_AT,
        closesAt: new Date(OPENED_AT.getTime() + 72 * 3_600_000),
      }),
      recipients: 34,
      split: { inLargeDepartments: 34, othersInvited: false },
      noDepartment: 0,
      noWorkingHour: 0,
    }));
    const reply = await service.run({ kind: 'pulse-now' }, { ...CTX, userId: ADMIN });
    expect(opens).toEqual([{ trigger: 'manual', openedBy: ADMIN }]);
    expect(reply?.text).toContain('Pulse #12 is open: 34 people get a DM');
    expect(reply?.text).toContain('in 72 hours');
    expect(reply?.text).not.toContain('left out');
  });

  it('says how many were left out for having no department while mapped ones are required', async () => {
    const pulse = pulseRow({
      id: 3,
      openedAt: OPENED_AT,
      closesAt: new Date(OPENED_AT.getTime() + 3_600_000),
    });
    for (const [noDepartment, said] of [
      [1, '1 person was left out for having no department'],
      [4, '4 people were left out for having no department'],
    ] as const) {
      const { service } = commands(async () => ({
        pulse,
        recipients: 10,
        noDepartment,
        noWorkingHour: 0,
        split: { inLargeDepartments: 10, othersInvited: false },
      }));
      expect((await service.run({ kind: 'pulse-now' }, { ...CTX, userId: ADMIN }))?.text).toContain(said);
    }
  });

  it('tells the admin how many people have no working hour before the close', async () => {
    const pulse = pulseRow({ id: 12, openedAt: OPENED_AT, closesAt: new Date(OPENED_AT.getTime() + HOUR) });
    for (const [noWorkingHour, said] of [
      [1, '1 person has no working hour before it closes'],
      [3, '3 people have no working hour before it closes'],
    ] as const) {
      const { service } = commands(async () => ({
        pulse,
        recipients: 10,
        noDepartment: 0,
        noWorkingHour,
        split: { inLargeDepartments: 10, othersInvited: false },
      }));
      expect((await service.run({ kind: 'pulse-now' }, { ...CTX, userId: ADMIN }))?.text).toContain(said);
    }
  });

  it('counts only departments large enough to report on, and gives no number for the others', async () => {
    const pulse = pulseRow({ id: 12, openedAt: OPENED_AT, closesAt: new Date(OPENED_AT.getTime() + HOUR) });
    const said = async (inLargeDepartments: number) => {
      const { service } = commands(async () => ({
        pulse,
        recipients: 36,
        noDepartment: 0,
        noWorkingHour: 0,
        split: { inLargeDepartments, othersInvited: true },
      }));
      return (await service.run({ kind: 'pulse-now' }, { ...CTX, userId: ADMIN }))?.text ?? '';
    };
    const some = await said(34);
    expect(some).toContain(
      'Pulse #12 is open: 34 people in departments large enough to report on get a DM over the next few minutes, and so do some people in smaller departments',
    );
    expect(some).not.toContain('36');
    expect(some).not.toMatch(/\b2\b/);
    const none = await said(0);
    expect(none).toContain('the DMs go out over the next few minutes, to people in smaller departments');
    expect(none).not.toContain('36');
  });

  it('says so when the pulse for this moment is open already', async () => {
    const { service } = commands(async () => null);
    expect((await service.run({ kind: 'pulse-now' }, { ...CTX, userId: ADMIN }))?.text).toBe(
      'A pulse for this moment is open already.',
    );
  });

  it('opens the settings modal on the command’s trigger for an admin, and replies nothing', async () => {
    const { service, slack } = commands();
    expect(await service.run({ kind: 'config' }, { ...CTX, userId: ADMIN })).toBeNull();
    expect(slack.callsTo('openView')).toEqual([[CTX.triggerId, SETTINGS_MODAL]]);
  });

  it('hands report subcommands to the report service with the asker and the name typed', async () => {
    const { service, asked } = commands();
    const ctx = { ...CTX, userId: LEADER };
    expect(await service.run({ kind: 'touchpoint', name: 'support' }, ctx)).toEqual(
      plainMessage('report: support'),
    );
    await service.run({ kind: 'dept', name: 'sales' }, ctx);
    await service.run({ kind: 'report' }, ctx);
    expect(asked).toEqual([`touchpoint ${LEADER} support`, `dept ${LEADER} sales`, `report ${LEADER}`]);
  });
});
