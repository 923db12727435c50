/**
 * The home service against fake access, answer and pulse services, in-memory people and delivery
 * repositories, and a fake Slack gateway that records what is published.
 */
import type { KnownBlock, ModalView, View } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { AnswerService } from '../../src/services/answer-service';
import { createHomeService } from '../../src/services/home-service';
import type { PulseService } from '../../src/services/pulses';
import {
  DAY,
  type FakeDelivery,
  fakeAccess,
  fakeDeliveryRepository,
  fakeGateway,
  fakePeopleRepository,
  fakeSettings,
  fixedClock,
  personRow,
  strictFake,
} from '../support/fakes';

const NOW = new Date('2026-03-02T10:00:00Z');
const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const EMPLOYEE = 'UEMPLOYEE';
const DASHBOARD: KnownBlock[] = [
  { type: 'section', text: { type: 'mrkdwn', text: 'the leaders’ dashboard' } },
];
const modal = (title: string): ModalView => ({
  type: 'modal',
  title: { type: 'plain_text', text: title },
  blocks: [],
});

function home(options: { ownAnswers?: number } = {}) {
  const people = fakePeopleRepository([personRow({ id: 1, slackUserId: EMPLOYEE })]);
  const pending = (id: number, pulseId: number): FakeDelivery => ({
    id,
    pulseId,
    personId: 1,
    kind: 'invite',
    status: 'pending',
    departmentId: null,
    notBefore: new Date(NOW.getTime() + DAY),
  });
  const deliveries = fakeDeliveryRepository([pending(1, 3)]);
  const deleted: string[] = [];
  let dashboards = 0;
  const slack = fakeGateway();
  const service = createHomeService({
    access: fakeAccess({ admins: [ADMIN], leaders: [LEADER] }),
    answers: strictFake<AnswerService>('AnswerService', {
      ownAnswers: () => [],
      deleteOwn: (userId) => {
        deleted.push(userId);
        return options.ownAnswers ?? 0;
      },
    }),
    pulses: strictFake<PulseService>('PulseService', { current: () => null }),
    people: people.repo,
    deliveries: deliveries.repo,
    settings: fakeSettings(),
    gateway: slack.gateway,
    clock: fixedClock(NOW).now,
    dashboard: () => {
      dashboards++;
      return DASHBOARD;
    },
    settingsModal: () => modal('Settings'),
    reportModal: () => modal('Report'),
  });
  /** What the last publish showed, as text to search. */
  const published = (userId: string): string => {
    const views: View[] = slack
      .callsTo('publishHome')
      .filter(([to]) => to === userId)
      .map(([, view]) => view);
    return JSON.stringify(views.at(-1) ?? null);
  };
  return { service, people, deliveries, deleted, slack, published, dashboards: () => dashboards };
}

describe('home service (unit)', () => {
  it('shows the leaders’ dashboard to leaders only, and builds none for anyone else', async () => {
    const { service, published, dashboards } = home();
    await service.publish(EMPLOYEE);
    expect(dashboards()).toBe(0);
    expect(published(EMPLOYEE)).not.toContain('the leaders’ dashboard');
    await service.publish(LEADER);
    expect(dashboards()).toBe(1);
    expect(published(LEADER)).toContain('the leaders’ dashboard');
  });

  it('deletes the person’s own answers and says how many', async () => {
    const many = home({ ownAnswers: 2 });
    await many.service.deleteData(EMPLOYEE);
    expect(many.deleted).toEqual([EMPLOYEE]);
    expect(many.published(EMPLOYEE)).toContain('Deleted 2 answers of yours');
    const none = home({ ownAnswers: 0 });
    await none.service.deleteData(EMPLOYEE);
    expect(none.published(EMPLOYEE)).toContain('You had no stored answers; nothing was deleted.');
  });

  it('opting out records it and cancels the unsent pulse DM; opting in again clears it', async () => {
    const { service, people, deliveries, published } = home();
    await service.setOptOut(EMPLOYEE, true);
    expect(people.repo.bySlackId(EMPLOYEE)?.optedOutAt).toEqual(NOW);
    expect(deliveries.rows.map((d) => d.status)).toEqual(['cancelled']);
    expect(published(EMPLOYEE)).toContain('an unsent one was cancelled');
    await service.setOptOut(EMPLOYEE, false);
    expect(people.repo.bySlackId(EMPLOYEE)?.optedOutAt).toBeNull();
    expect(published(EMPLOYEE)).toContain('You will get pulses again.');
  });

  it('opens settings for admins and the report for leaders only', async () => {
    const { service, slack } = home();
    await expect(service.openSettings(LEADER, 'T1')).rejects.toThrow(
      'Only CX Align admins can change settings.',
    );
    await expect(service.openReport(EMPLOYEE, 'T2')).rejects.toThrow('The report is for leaders.');
    expect(slack.calls).toEqual([]);
    await service.openSettings(ADMIN, 'T3');
    await service.openReport(LEADER, 'T4');
    expect(slack.callsTo('openView')).toEqual([
      ['T3', modal('Settings')],
      ['T4', modal('Report')],
    ]);
  });
});
