/**
 * The pulse UI service against fake pulse, answer and org services and a fake Slack gateway: what
 * opens, and what a submission's answer does to the modal.
 */
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { BLOCK, VIEWS } from '../../src/constants/slack-ids';
import type { PeopleRepository } from '../../src/db/repositories/people-repository';
import type { AnswerService, SubmitResult } from '../../src/services/answer-service';
import type { PulseSubmission } from '../../src/services/inputs';
import type { OrgService } from '../../src/services/org-service';
import { CLOSED_TEXT, createPulseUiService } from '../../src/services/pulse-ui-service';
import type { PulseService } from '../../src/services/pulses';
import { SlackCallError, type SlackGateway } from '../../src/slack-client/gateway';
import {
  DAY,
  departmentRow,
  fakeGateway,
  fakeSettings,
  fixedClock,
  pulseRow,
  strictFake,
} from '../support/fakes';

const NOW = new Date('2026-03-02T10:00:00Z');
const OPEN = 1;
const CLOSED = 2;
const USER = 'UEMPLOYEE';

function pulseUi(
  options: {
    submit?: SubmitResult;
    departmentOf?: number | null;
    openView?: SlackGateway['openView'];
    invited?: boolean;
  } = {},
) {
  const pulses = [
    pulseRow({ id: OPEN, openedAt: NOW, closesAt: new Date(NOW.getTime() + DAY) }),
    pulseRow({ id: CLOSED, status: 'closed', closesAt: new Date(NOW.getTime() + DAY) }),
  ];
  const submitted: number[] = [];
  const slack = fakeGateway(options.openView ? { openView: options.openView } : {});
  const service = createPulseUiService({
    pulses: strictFake<PulseService>('PulseService', {
      byId: (id) => pulses.find((p) => p.id === id) ?? null,
      touchpoints: () => [{ touchpointId: 1, name: 'Support', position: 0 }],
    }),
    answers: strictFake<AnswerService>('AnswerService', {
      isOpen: (pulse, now) => pulse.status === 'open' && pulse.closesAt.getTime() > now.getTime(),
      current: () => undefined,
      departmentFor: () => options.departmentOf ?? null,
      modalDepartment: () =>
        options.departmentOf ? { kind: 'fixed', name: 'Sales', next: null } : { kind: 'pick' },
      mayAnswer: () => options.invited ?? true,
      refusal: () => ((options.invited ?? true) ? null : 'not-invited'),
      submit: (_userId, pulseId) => {
        submitted.push(pulseId);
        return options.submit ?? { kind: 'closed' };
      },
    }),
    org: strictFake<OrgService>('OrgService', {
      departments: () => [departmentRow({ id: 1, name: 'Sales' })],
    }),
    people: strictFake<PeopleRepository>('PeopleRepository', { bySlackId: () => null }),
    settings: fakeSettings(),
    gateway: slack.gateway,
    clock: fixedClock(NOW).now,
  });
  return { service, slack, submitted };
}

const submission = (fields: Partial<PulseSubmission> = {}): PulseSubmission => ({
  departmentId: null,
  definition: 'Pick up the phone',
  secondAnswer: null,
  comment: null,
  ratings: new Map([['1', '4']]),
  priorities: [],
  unknownBlocks: [],
  hasDepartmentBlock: false,
  ...fields,
});

const shown = (view: ModalView | undefined) => JSON.stringify(view ?? null);

describe('pulse UI service (unit)', () => {
  it('opens the answer modal for an open pulse, and nothing for a closed one', async () => {
    const { service, slack } = pulseUi();
    expect(await service.openAnswerModal(USER, CLOSED, 'T1')).toBe('closed');
    expect(await service.openAnswerModal(USER, 99, 'T2')).toBe('closed');
    expect(slack.calls).toEqual([]);
    expect(await service.openAnswerModal(USER, OPEN, 'T3')).toBe('opened');
    const [call] = slack.callsTo('openView');
    expect(call?.[0]).toBe('T3');
    expect(call?.[1]).toMatchObject({
      callback_id: VIEWS.pulseAnswer,
      private_metadata: JSON.stringify({ pulseId: OPEN }),
    });
  });

  it('opens nothing for someone the pulse was not sent to, and says so on a crafted submission', async () => {
    const { service, slack } = pulseUi({ invited: false, submit: { kind: 'not-invited' } });
    expect(await service.openAnswerModal(USER, OPEN, 'T1')).toBe('not-invited');
    expect(slack.calls).toEqual([]);
    const reply = service.submit(USER, OPEN, submission());
    expect(reply.response_action).toBe('update');
    expect(JSON.stringify(reply)).toContain('would not be counted');
  });

  it('says "busy" when Slack rate-limits views.open, and lets any other failure through', async () => {
    const limited = pulseUi({
      openView: async () => {
        throw new SlackCallError('views.open', { kind: 'rate_limited', retryAfterSeconds: 3 });
      },
    });
    expect(await limited.service.openAnswerModal(USER, OPEN, 'T1')).toBe('busy');
    const broken = pulseUi({
      openView: async () => {
        throw new SlackCallError('views.open', { kind: 'platform', code: 'invalid_arguments' });
      },
    });
    await expect(broken.service.openAnswerModal(USER, OPEN, 'T1')).rejects.toThrow(
      'views.open failed: invalid_arguments',
    );
  });

  it('answers a submission to a closed pulse with the closed notice', () => {
    const { service, submitted } = pulseUi({ submit: { kind: 'closed' } });
    const reply = service.submit(USER, CLOSED, submission());
    expect(submitted).toEqual([CLOSED]);
    expect(reply.response_action).toBe('update');
    expect(shown(reply.response_action === 'update' ? reply.view : undefined)).toContain(CLOSED_TEXT);
  });

  it('thanks for a saved answer, saying whether it replaced one', () => {
    const closesAt = new Date(NOW.getTime() + DAY);
    const saved = pulseUi({ submit: { kind: 'saved', replaced: false, closesAt } }).service.submit(
      USER,
      OPEN,
      submission(),
    );
    expect(shown(saved.response_action === 'update' ? saved.view : undefined)).toContain(
      'Your answer is saved',
    );
    const updated = pulseUi({ submit: { kind: 'saved', replaced: true, closesAt } }).service.submit(
      USER,
      OPEN,
      submission(),
    );
    expect(shown(updated.response_action === 'update' ? updated.view : undefined)).toContain(
      'Your answer is updated',
    );
  });

  it('shows the form again, with what was typed, when a department is needed but the form had no picker', () => {
    const errors = { [BLOCK.department]: 'Please pick your department from the list.' };
    const { service } = pulseUi({ submit: { kind: 'invalid', errors } });
    const again = service.submit(USER, OPEN, submission());
    expect(again.response_action).toBe('update');
    const view = shown(again.response_action === 'update' ? again.view : undefined);
    expect(view).toContain('Please pick your department');
    expect(view).toContain('Pick up the phone');
    // with the picker on the form, Slack can show the error beside it
    expect(service.submit(USER, OPEN, submission({ hasDepartmentBlock: true }))).toEqual({
      response_action: 'errors',
      errors,
    });
  });
});
