/**
 * `pulse close` against fake access, pulse and report services: the confirmation, and the two
 * buttons' outcomes. The real close path, digest and Slack round trips are in test/surfaces/pulse-close.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type OpenPulseProgress, toOpenPulseLine } from '../../src/analytics/report';
import type { PulseRow } from '../../src/db/repositories/pulse-repository';
import { NO_OPEN_PULSE } from '../../src/render/pulse-close';
import { createCommandService } from '../../src/services/command-service';
import { confirmClose, createPulseCloseService } from '../../src/services/pulse-close-service';
import type { PulseService } from '../../src/services/pulses';
import type { ReportService } from '../../src/services/report-service';
import { fakeAccess, fakeGateway, fakeSettings, pulseRow, strictFake } from '../support/fakes';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const OPENED = new Date('2026-03-02T10:00:00Z');

const progress = (fields: Partial<OpenPulseProgress> = {}): OpenPulseProgress => ({
  pulseId: 7,
  openedAt: OPENED.getTime(),
  closesAt: OPENED.getTime() + 72 * 3_600_000,
  threshold: 5,
  departmentsShown: 3,
  answered: 17,
  delivered: 24,
  responseRate: 17 / 24,
  ...fields,
});

/** A pulse world of one open pulse (or none), whose close is recorded. */
function world(options: { open?: OpenPulseProgress | null; pulses?: PulseRow[]; channels?: string[] } = {}) {
  const rows = new Map((options.pulses ?? [pulseRow({ id: 7, openedAt: OPENED })]).map((p) => [p.id, p]));
  let open = options.open === undefined ? progress() : options.open;
  const closed: number[] = [];
  const digests: number[] = [];
  const pulses = strictFake<PulseService>('PulseService', {
    byId: (id) => rows.get(id) ?? null,
    closeOffLoop: async (id) => {
      const row = rows.get(id);
      if (row?.status !== 'open') return false;
      rows.set(id, { ...row, status: 'closed', closedAt: new Date() });
      closed.push(id);
      open = null;
      return true;
    },
  });
  // Slack's line is the rounded count; the close reports the exact one
  const reports = strictFake<ReportService>('ReportService', {
    open: () => (open === null ? null : toOpenPulseLine(open)),
    openCount: () => open,
  });
  const access = fakeAccess({ admins: [ADMIN], leaders: [LEADER] });
  const service = createPulseCloseService({
    access,
    pulses,
    reports,
    settings: fakeSettings({ digest_channels: options.channels ?? ['C0DIGEST1'] }),
    closeDigest: async (id) => {
      digests.push(id);
    },
  });
  return { service, access, reports, pulses, closed, digests };
}

describe('pulse close: the confirmation', () => {
  it('asks an admin, with the rounded count over shown departments, what closing does, and two buttons carrying the id', async () => {
    const { access, reports, closed } = world();
    const reply = await confirmClose({ access, reports }, ADMIN);
    expect(reply.text).toContain('Close pulse #7 now?');
    expect(reply.text).toContain('About 15 of 24 have answered so far (about 63%), across 3 departments');
    expect(reply.text).not.toContain('17');
    expect(reply.text).toMatch(/nobody can answer or change an answer/);
    const body = JSON.stringify(reply.blocks);
    expect(body).toContain('<!date^'); // Slack's date formatting, as elsewhere
    expect(body).toContain('at least 5 answers');
    const actions = reply.blocks.find((b) => b.type === 'actions') as {
      elements: { action_id: string; value: string; style?: string; text: { text: string } }[];
    };
    expect(actions.elements.map((e) => [e.text.text, e.value, e.style])).toEqual([
      ['Close it now', '7', 'danger'],
      ['Keep it open', '7', undefined],
    ]);
    expect(closed).toEqual([]);
  });

  it('says when no department has enough answers yet, instead of any count', async () => {
    const { access, reports } = world({ open: progress({ departmentsShown: 0, answered: 0, delivered: 0 }) });
    const reply = await confirmClose({ access, reports }, ADMIN);
    expect(reply.text).toContain('No department has 5 answers yet.');
  });

  it('says there is no open pulse to close', async () => {
    const { access, reports } = world({ open: null });
    expect((await confirmClose({ access, reports }, ADMIN)).text).toBe(NO_OPEN_PULSE);
  });

  it('refuses a non-admin, as `pulse now` does', async () => {
    const { access, reports } = world();
    await expect(confirmClose({ access, reports }, LEADER)).rejects.toThrow(
      'Only CX Align admins can close a pulse.',
    );
  });

  it('is what the command service answers `pulse close` with', async () => {
    const { access, reports } = world();
    const commands = createCommandService({
      access,
      reports,
      followUps: { list: async () => ({ text: 'follow-ups', blocks: [] }) },
      pulses: strictFake<PulseService>('PulseService', {}),
      themes: { command: async () => ({ text: '', blocks: [] }) },
      gateway: fakeGateway().gateway,
      settingsModal: () => ({ type: 'modal', title: { type: 'plain_text', text: 'S' }, blocks: [] }),
    });
    const ctx = { userId: ADMIN, channelId: 'C0GENERAL', triggerId: 't' };
    expect((await commands.run({ kind: 'pulse-close' }, ctx))?.text).toContain('Close pulse #7 now?');
  });
});

describe('pulse close: the buttons', () => {
  it('"Close it now" closes the open pulse once, waits for its digest and says what happened', async () => {
    const { service, closed, digests } = world({ channels: ['C0DIGEST1', 'C0DIGEST2'] });
    const reply = await service.closeNow(ADMIN, 7);
    expect(reply.text).toBe(
      ':white_check_mark: Closed. Pulse #7: 17 answered, across 3 departments. The results are posted in <#C0DIGEST1> and <#C0DIGEST2>.',
    );
    expect(closed).toEqual([7]);
    expect(digests).toEqual([7]);
    const again = await service.closeNow(ADMIN, 7);
    expect(again.text).toMatch(/^Pulse #7 closed already .*, so nothing changed\.$/);
    expect(closed).toEqual([7]);
  });

  it('says when no digest channel is set', async () => {
    const { service } = world({ channels: [] });
    expect((await service.closeNow(ADMIN, 7)).text).toContain('No digest channel is set');
  });

  it('closes nothing when another pulse is the open one now', async () => {
    const { service, closed } = world({
      open: progress({ pulseId: 8 }),
      pulses: [pulseRow({ id: 7, status: 'closed', closedAt: OPENED }), pulseRow({ id: 8 })],
    });
    const reply = await service.closeNow(ADMIN, 7);
    expect(reply.text).toContain('Pulse #7 closed already');
    expect(reply.text).toContain('Pulse #8 is the open one now');
    expect(closed).toEqual([]);
  });

  it('closes nothing for a pulse that does not exist, or for a non-admin', async () => {
    const { service, closed } = world();
    expect((await service.closeNow(ADMIN, 99)).text).toContain('There is no pulse #99, so nothing changed.');
    await expect(service.closeNow(LEADER, 7)).rejects.toThrow('Only CX Align admins can close a pulse.');
    expect(closed).toEqual([]);
  });

  it('"Keep it open" changes nothing and says until when', () => {
    const { service, closed } = world();
    expect(service.keepOpen(7).text).toMatch(
      /^:ok_hand: Nothing changed: pulse #7 stays open until <!date\^/,
    );
    expect(service.keepOpen(99).text).toBe('Nothing changed. Pulse #99 is not open any more.');
    expect(closed).toEqual([]);
  });
});
