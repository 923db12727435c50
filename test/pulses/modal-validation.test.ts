import type { ModalView } from '@slack/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, VIEWS } from '../../src/constants/slack-ids';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const USER = 'U010000';

describe('hostile and malformed pulse modal values', () => {
  let t: TestBot;
  let view: ModalView;
  let pulseId: number;

  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 2 }]);
    await t.client.command('pulse now', { user: ADMIN });
    await t.fake.waitFor(() => t.bot.container.pulses.current() !== null);
    pulseId = t.bot.container.pulses.current()?.id ?? 0;
    const trigger = 'trigger-validation';
    await t.client.blockAction(
      USER,
      { action_id: ACTIONS.answerPulse, value: String(pulseId) },
      { trigger_id: trigger },
    );
    await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
    view = t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args.view as ModalView;
  });
  afterAll(() => t.stop());

  const answers = () => t.bot.container.repos.answers.countForPulse(pulseId);
  const submit = (values: Record<string, Record<string, Record<string, unknown>>>, metadata?: string) =>
    t.client.viewSubmission(USER, {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: metadata ?? view.private_metadata ?? '',
      values,
    });

  it('asks the department of someone it does not know yet (no user group for them)', () => {
    expect(view.blocks.some((b) => b.block_id === 'dept')).toBe(true);
  });

  it.each([
    ['a missing definition', (v: ReturnType<typeof fillPulseModal>) => delete v.definition, 'definition'],
    [
      'an empty definition',
      (v: ReturnType<typeof fillPulseModal>) =>
        (v.definition = { value: { type: 'plain_text_input', value: '  \u200b ' } }),
      'definition',
    ],
    [
      'an oversized definition',
      (v: ReturnType<typeof fillPulseModal>) =>
        (v.definition = { value: { type: 'plain_text_input', value: 'x'.repeat(5000) } }),
      'definition',
    ],
    [
      'a rating of 9',
      (v: ReturnType<typeof fillPulseModal>) => {
        const key = Object.keys(v).find((k) => k.startsWith('rate_')) ?? '';
        v[key] = { value: { type: 'static_select', selected_option: { value: '9' } } };
      },
      'rate_',
    ],
    [
      'a rating for an unknown touchpoint',
      (v: ReturnType<typeof fillPulseModal>) =>
        (v.rate_99999 = { value: { type: 'static_select', selected_option: { value: '3' } } }),
      'rate_99999',
    ],
    [
      'an unknown department id',
      (v: ReturnType<typeof fillPulseModal>) =>
        (v.dept = { value: { type: 'static_select', selected_option: { value: '424242' } } }),
      'dept',
    ],
    [
      'four priorities',
      (v: ReturnType<typeof fillPulseModal>) =>
        (v.priorities = {
          value: {
            type: 'multi_static_select',
            selected_options: [{ value: '1' }, { value: '2' }, { value: '3' }, { value: '4' }],
          },
        }),
      'priorities',
    ],
    [
      'an unknown priority',
      (v: ReturnType<typeof fillPulseModal>) =>
        (v.priorities = {
          value: {
            type: 'multi_static_select',
            selected_options: [{ value: '1 OR 1=1; DROP TABLE answers' }],
          },
        }),
      'priorities',
    ],
  ])('%s gets an inline error and stores nothing', async (_name, mutate, block) => {
    const values = fillPulseModal(view, { definition: 'Fast and friendly answers' });
    mutate(values);
    const res = await submit(values);
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBe('errors');
    const errors = res.json?.errors as Record<string, string>;
    expect(Object.keys(errors).some((k) => k.startsWith(block))).toBe(true);
    expect(answers()).toBe(0);
  });

  it('a form with unreadable metadata is answered kindly and stores nothing', async () => {
    const res = await submit(fillPulseModal(view, { definition: 'Fast' }), '{"pulseId": "1; drop"}');
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBe('update');
    expect(JSON.stringify(res.json)).toContain('could not be read');
    expect(answers()).toBe(0);
  });

  it('generated hostile text never crashes, and stores at most one answer, cleaned', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 700 }),
        fc.constantFrom('1', '5', 'dk', '0', '-1', '', '<@U1>'),
        async (text, rating) => {
          const res = await submit(fillPulseModal(view, { definition: text, rating: () => rating }));
          expect(res.status).toBe(200);
          expect(['errors', 'update']).toContain(res.json?.response_action);
          expect(answers()).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a closed pulse says so and changes nothing', async () => {
    const before = answers();
    t.bot.container.pulses.close(pulseId);
    const res = await submit(fillPulseModal(view, { definition: 'A brand new answer after close' }));
    expect(res.json?.response_action).toBe('update');
    expect(JSON.stringify(res.json)).toContain('closed');
    expect(answers()).toBe(before);
  });
});
