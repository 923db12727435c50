/**
 * The pulse service against in-memory pulse, delivery, people and answer repositories, and fake
 * org, roster and settings services.
 */
import { describe, expect, it } from 'vitest';
import type { PulseRow } from '../../src/db/repositories/pulse-repository';
import type { TouchpointRow } from '../../src/db/repositories/touchpoint-repository';
import { UserError } from '../../src/errors';
import type { OrgService } from '../../src/services/org-service';
import { createPulseService } from '../../src/services/pulses';
import type { RosterService } from '../../src/services/roster-service';
import {
  DAY,
  type FakeDelivery,
  fakeAnswerRepository,
  fakeDeliveryRepository,
  fakePeopleRepository,
  fakePseudonym,
  fakePulseRepository,
  fakeSettings,
  fixedClock,
  HOUR,
  personRow,
  promptRow,
  pulseRow,
  silentLogger,
  storedAnswer,
  strictFake,
  touchpointRow,
} from '../support/fakes';

const NOW = new Date('2026-03-02T10:00:00Z');
const TOUCHPOINTS = [
  touchpointRow({ id: 1, name: 'Support' }),
  touchpointRow({ id: 2, name: 'Website & app' }),
];

function setup(
  options: {
    pulses?: PulseRow[];
    deliveries?: FakeDelivery[];
    touchpoints?: TouchpointRow[];
    refresh?: () => Promise<{ people: number }>;
    inactive?: boolean;
  } = {},
) {
  const roster = [
    personRow({ id: 1, slackUserId: 'UAAAAAAA1', departmentId: 10 }),
    personRow({ id: 2, slackUserId: 'UAAAAAAA2', departmentId: 20 }),
    personRow({ id: 3, slackUserId: 'UOPTEDOUT', optedOutAt: new Date('2026-01-01T00:00:00Z') }),
    personRow({ id: 4, slackUserId: 'UINACTIVE', active: false }),
  ];
  // `inactive`: nobody is on the roster yet (no refresh ever succeeded)
  const people = fakePeopleRepository(
    options.inactive ? roster.map((p) => ({ ...p, active: false })) : roster,
  );
  const slackIdOf = (id: number) => people.repo.byId(id)?.slackUserId ?? 'UUNKNOWN1';
  const pulses = fakePulseRepository({ pulses: options.pulses ?? [] });
  const deliveries = fakeDeliveryRepository(options.deliveries ?? [], slackIdOf);
  const answers = fakeAnswerRepository();
  let refreshes = 0;
  const rosterService = strictFake<RosterService>('RosterService', {
    refresh: async () => {
      refreshes++;
      return options.refresh ? options.refresh() : { people: 2 };
    },
  });
  const org = strictFake<OrgService>('OrgService', {
    touchpoints: () => options.touchpoints ?? TOUCHPOINTS,
    prompts: () => [promptRow({ id: 1, text: 'Who are our {customers}?' })],
  });
  const enqueued: number[] = [];
  const closed: PulseRow[] = [];
  const log = silentLogger();
  const clock = fixedClock(NOW);
  const service = createPulseService({
    pulses: pulses.repo,
    deliveries: deliveries.repo,
    people: people.repo,
    answers: answers.repo,
    org,
    roster: rosterService,
    settings: fakeSettings({ customer_word: 'guest', customer_word_plural: 'guests' }),
    pseudonym: fakePseudonym,
    logger: log.logger,
    clock: clock.now,
    onEnqueued: () => enqueued.push(1),
    onClosed: (pulse) => closed.push(pulse),
  });
  return { service, pulses, deliveries, answers, enqueued, closed, log, clock, refreshes: () => refreshes };
}

const openPulse = (id: number, fields: Partial<PulseRow> = {}) =>
  pulseRow({
    id,
    openedAt: new Date(NOW.getTime() - DAY),
    closesAt: new Date(NOW.getTime() + DAY),
    ...fields,
  });

describe('pulse service (unit)', () => {
  it('opening a pulse enqueues one invite per rostered person, and kicks the worker once', async () => {
    const { service, deliveries, pulses, enqueued, refreshes } = setup();
    const opened = await service.open({ trigger: 'manual', openedBy: 'UADMIN001' });
    expect(opened?.recipients).toBe(2);
    expect(refreshes()).toBe(1);
    expect(deliveries.rows.map((d) => [d.personId, d.kind, d.departmentId, d.notBefore])).toEqual([
      [1, 'invite', 10, NOW],
      [2, 'invite', 20, NOW],
    ]);
    expect(enqueued).toHaveLength(1);
    // the default settings: reminded after 24 hours, closed after 72; the bank's first prompt in the pulse's word
    expect(opened?.pulse).toMatchObject({
      openedBy: 'UADMIN001',
      remindAt: new Date(NOW.getTime() + 24 * HOUR),
      closesAt: new Date(NOW.getTime() + 72 * HOUR),
      customerWord: 'guest',
      secondPrompt: 'Who are our guests?',
      enqueuedAt: NOW,
    });
    expect(pulses.repo.touchpoints(opened?.pulse.id ?? 0).map((t) => t.name)).toEqual([
      'Support',
      'Website & app',
    ]);
  });

  it('refuses a manual pulse while one is open, before reading the roster', async () => {
    const { service, pulses, deliveries, refreshes } = setup({ pulses: [openPulse(7)] });
    await expect(service.open({ trigger: 'manual', openedBy: 'UADMIN001' })).rejects.toThrow(
      'Pulse #7 is still open',
    );
    expect(refreshes()).toBe(0);
    expect(pulses.pulses).toHaveLength(1);
    expect(deliveries.rows).toEqual([]);
  });

  it('refuses to open without touchpoints, or when the roster cannot be read and none is known', async () => {
    const none = setup({ touchpoints: [] });
    await expect(none.service.open({ trigger: 'manual', openedBy: 'UADMIN001' })).rejects.toThrow(UserError);
    expect(none.pulses.pulses).toEqual([]);

    const failing = async () => {
      throw new Error('users.list failed');
    };
    const unknown = setup({ refresh: failing, inactive: true });
    await expect(unknown.service.open({ trigger: 'manual', openedBy: 'UADMIN001' })).rejects.toThrow(
      'I could not read the member list from Slack',
    );
    expect(unknown.pulses.pulses).toEqual([]);

    // with a roster from last time, the pulse goes to it
    const known = setup({ refresh: failing });
    expect((await known.service.open({ trigger: 'manual', openedBy: 'UADMIN001' }))?.recipients).toBe(2);
    expect(known.log.at('warn')).toEqual([
      'roster refresh failed; using the roster from last time users.list failed',
    ]);
  });

  it('a scheduled pulse closes the one still open, and opens once per schedule window', async () => {
    const { service, pulses, closed } = setup({ pulses: [openPulse(7)] });
    const request = { trigger: 'schedule' as const, scheduleKey: 'pulse:2026-03-02', slot: NOW };
    const opened = await service.open(request);
    expect(opened?.pulse.id).toBe(8);
    expect(pulses.repo.byId(7)?.status).toBe('closed');
    expect(closed.map((p) => p.id)).toEqual([7]);
    expect(await service.open(request)).toBeNull();
    expect(pulses.pulses.map((p) => [p.id, p.status])).toEqual([
      [7, 'closed'],
      [8, 'open'],
    ]);
  });

  it('housekeeping closes due pulses and reminds only invited people who have not answered and are still on the roster', async () => {
    const due = openPulse(1, { closesAt: new Date(NOW.getTime() - 1) });
    const reminding = openPulse(2, { remindAt: new Date(NOW.getTime() - HOUR) });
    const sent = (id: number, personId: number): FakeDelivery => ({
      id,
      pulseId: 2,
      personId,
      kind: 'invite',
      status: 'sent',
      departmentId: null,
      notBefore: new Date(NOW.getTime() - DAY),
    });
    const { service, pulses, deliveries, answers, closed, enqueued } = setup({
      pulses: [due, reminding],
      deliveries: [sent(1, 1), sent(2, 2), sent(3, 3)],
    });
    answers.answers.push(storedAnswer({ id: 1, pulseId: 2, respondent: fakePseudonym(2, 'UAAAAAAA2') }));
    service.housekeeping();
    expect(closed.map((p) => p.id)).toEqual([1]);
    expect(pulses.repo.byId(1)?.status).toBe('closed');
    // person 2 answered, person 3 opted out since: only person 1 is reminded, once
    expect(deliveries.rows.filter((d) => d.kind === 'reminder').map((d) => d.personId)).toEqual([1]);
    expect(pulses.repo.byId(2)?.remindAt).toBeNull();
    expect(enqueued).toHaveLength(1);
    service.housekeeping();
    expect(deliveries.rows.filter((d) => d.kind === 'reminder')).toHaveLength(1);
  });

  it('the scheduler’s housekeeping closes due pulses off the event loop, once, even when two ticks overlap', async () => {
    const due = openPulse(1, { closesAt: new Date(NOW.getTime() - 1) });
    const { service, pulses, closed } = setup({ pulses: [due] });
    await Promise.all([service.housekeepingOffLoop(), service.housekeepingOffLoop()]);
    expect(closed.map((p) => p.id)).toEqual([1]);
    expect(pulses.repo.byId(1)?.status).toBe('closed');
    await service.closeOffLoop(1);
    expect(closed).toHaveLength(1);
  });
});
