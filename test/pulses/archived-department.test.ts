import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/constants/slack-ids';
import { openPulseModal } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';

describe('a person whose department was archived is asked again', () => {
  let t: TestBot;
  let person: string;
  let pulseId: number;

  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const deps = [
      { name: 'Sales', usergroup: 'SSALES001', size: 2 },
      { name: 'Marketing', usergroup: 'SMARKET01', size: 2 },
    ];
    person = seedWorkspace(t.fake, deps)[0]?.id ?? '';
    t.bot.container.repos.departments.replaceActive(
      deps.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
    pulseId = (await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN }))?.pulse.id ?? 0;
    expect(departmentName(person)).toBe('Sales');
  });
  afterEach(() => t.stop());

  function departmentName(user: string): string | undefined {
    const { repos } = t.bot.container;
    const id = repos.people.bySlackId(user)?.departmentId;
    return id ? repos.departments.byId(id)?.name : undefined;
  }
  /** Sales is archived: only Marketing stays. */
  function archiveSales() {
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Marketing', usergroupId: 'SMARKET01', profileValue: null }],
      new Date(),
    );
  }
  const submit = (view: ModalView, values: ReturnType<typeof fillPulseModal>) =>
    t.client.viewSubmission(person, {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: view.private_metadata ?? '',
      values,
    });
  const hasPicker = (view: ModalView) => view.blocks.some((b) => b.block_id === 'dept');

  it('shows the picker when the department is archived, and stores the pick', async () => {
    expect(hasPicker(await openPulseModal(t, person, pulseId))).toBe(false);
    archiveSales();
    const view = await openPulseModal(t, person, pulseId);
    expect(hasPicker(view)).toBe(true);
    const picker = JSON.stringify(view.blocks.find((b) => b.block_id === 'dept'));
    expect(picker).toContain('Marketing');
    expect(picker).not.toContain('Sales');
    const res = await submit(
      view,
      fillPulseModal(view, { definition: 'Fast answers', department: 'Marketing' }),
    );
    expect(res.json?.response_action).toBe('update');
    expect(JSON.stringify(res.json)).toContain('Your answer is saved');
    expect(departmentName(person)).toBe('Marketing');
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(1);
  });

  it('archived between opening and sending: shows the form again with the picker and what was typed', async () => {
    const view = await openPulseModal(t, person, pulseId);
    expect(hasPicker(view)).toBe(false);
    archiveSales();
    const res = await submit(view, fillPulseModal(view, { definition: 'Kept text', rating: () => '5' }));
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBe('update'); // not 'errors' naming a block the view lacks
    const again = res.json?.view as ModalView;
    expect(again.callback_id).toBe(VIEWS.pulseAnswer);
    expect(hasPicker(again)).toBe(true);
    const text = JSON.stringify(again.blocks);
    expect(text).toContain('Please pick your department');
    expect(text).toContain('Kept text');
    expect(text).toContain('"initial_option":{"text":{"type":"plain_text","text":"5 — excellent"');
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(0);

    const done = await submit(
      again,
      fillPulseModal(again, { definition: 'Kept text', department: 'Marketing' }),
    );
    expect(JSON.stringify(done.json)).toContain('Your answer is saved');
    expect(departmentName(person)).toBe('Marketing');
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(1);
  });
});
