import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_BLOCKS as B, VIEWS } from '../../src/constants/slack-ids';
import { DEFAULT_SETTINGS } from '../../src/services/settings-schema';
import { initialState } from '../support/modal-state';
import { startTestBot, type TestBot } from '../support/test-bot';

const ADMIN = 'UADMIN001';

describe('settings in Slack', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    t.fake.usergroups = [{ id: 'SSALES001', handle: 'sales-team', name: 'Sales', users: [] }];
  });
  afterEach(() => t.stop());

  async function openSettings(): Promise<ModalView> {
    const before = t.fake.callsTo('views.open').length;
    const res = await t.client.command('config', { user: ADMIN });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.callsTo('views.open').length > before);
    return t.fake.callsTo('views.open').at(-1)?.args.view as ModalView;
  }
  const submit = (view: ModalView, edits: Record<string, Record<string, unknown>> = {}, user = ADMIN) =>
    t.client.viewSubmission(user, { callback_id: VIEWS.settings, values: initialState(view, edits) });

  it('round-trips every setting: saving unchanged changes nothing; every field edited comes back', async () => {
    const view = await openSettings();
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const same = await submit(view);
    expect(same.json?.response_action).toBe('update');
    expect(JSON.stringify(same.json)).toContain('Nothing had changed');
    expect(t.bot.container.settings.get()).toEqual(DEFAULT_SETTINGS);

    const edited = await submit(view, {
      [B.departments]: { value: 'Sales | @sales-team | Sales | C0SALES01\nService Desk\nMarketing' },
      [B.departmentField]: { value: 'Xf012DEPT' },
      [B.touchpoints]: { value: 'Advertising => Ads\nCustomer support\nOnboarding' },
      [B.prompts]: { value: 'Who is our best {customer}?' },
      [B.options]: {
        selected_options: [{ value: 'pulseEnabled' }, { value: 'localTime' }, { value: 'departmentDigests' }],
      },
      [B.customerWord]: { value: 'patient' },
      [B.customerWordPlural]: { value: 'patients' },
      [B.pulseCron]: { value: '30 9 * * 2' },
      [B.pulseTimezone]: { value: 'Europe/Paris' },
      [B.everyWeeks]: { value: '3' },
      [B.remindAfterHours]: { value: '12' },
      [B.closeAfterHours]: { value: '48' },
      [B.digestCron]: { value: '0 8 * * 1' },
      [B.digestTimezone]: { value: 'America/Chicago' },
      [B.digestChannels]: { selected_conversations: ['C0DIGEST1'] },
      [B.leaders]: { selected_users: ['ULEADER01'] },
      [B.leaderGroup]: { value: 'SLEADERS1' },
      [B.admins]: { selected_users: ['UADMIN002'] },
      [B.adminGroup]: { value: '' },
      [B.threshold]: { value: '7' },
      [B.retentionMonths]: { value: '24' },
    });
    expect(edited.json?.response_action).toBe('update');
    const s = t.bot.container.settings.get();
    expect(s).toMatchObject({
      anonymity_threshold: 7,
      customer_word: 'patient',
      customer_word_plural: 'patients',
      pulse_schedule: { enabled: true, cron: '30 9 * * 2', timezone: 'Europe/Paris', every_weeks: 3 },
      pulse_local_time: true,
      remind_after_hours: 12,
      close_after_hours: 48,
      second_prompt_enabled: false,
      digest_schedule: { enabled: false, cron: '0 8 * * 1', timezone: 'America/Chicago' },
      digest_channels: ['C0DIGEST1'],
      department_digests: true,
      leaders: { users: ['ULEADER01'], usergroup: 'SLEADERS1' },
      admins: { users: ['UADMIN002'], usergroup: null },
      department_profile_field: 'Xf012DEPT',
      retention_months: 24,
    });
    const org = t.bot.container.org;
    expect(org.departments().map((d) => [d.name, d.usergroupId, d.profileValue, d.channelId])).toEqual([
      ['Sales', 'SSALES001', 'Sales', 'C0SALES01'],
      ['Service Desk', null, null, null],
      ['Marketing', null, null, null],
    ]);
    expect(org.touchpoints().map((tp) => tp.name)).toEqual(['Ads', 'Customer support', 'Onboarding']);
    expect(org.prompts().map((p) => p.text)).toEqual(['Who is our best {customer}?']);
    // the renamed touchpoint keeps its id (history stays joined)
    expect(t.bot.container.settings.audit(50).map((a) => a.key)).toEqual(
      expect.arrayContaining(['touchpoints', 'departments', 'anonymity_threshold']),
    );
    expect(t.bot.container.settings.audit(1)[0]?.actor).toBe(ADMIN);

    // reopening shows what was saved
    const again = await openSettings();
    const state = initialState(again);
    expect(state[B.threshold]?.value).toMatchObject({ value: '7' });
    expect(state[B.pulseCron]?.value).toMatchObject({ value: '30 9 * * 2' });
    expect(String((state[B.departments]?.value as { value?: string } | undefined)?.value)).toContain(
      'Sales | SSALES001 | Sales | C0SALES01',
    );
  });

  it.each([
    [B.pulseCron, { value: '61 * * * *' }, /cron/],
    [B.digestCron, { value: 'every friday' }, /cron/],
    [B.pulseCron, { value: '* * * * * *' }, /five fields of a cron expression .*not 6/],
    [B.digestCron, { value: '*/30 9 * * 5' }, /more than once an hour/],
    [B.pulseCron, { value: '0,30 10 * * 1' }, /more than once an hour/],
    [B.pulseTimezone, { value: 'Mars/Olympus' }, /time zone/],
    [B.threshold, { value: '2' }, /at least 3/],
    [B.threshold, { value: 'five' }, /whole number/],
    [B.departments, { value: 'Sales\nsales' }, /only once/],
    [B.departments, { value: 'Sales | @nobody-here' }, /No user group/],
    [B.touchpoints, { value: 'Nothing => Something' }, /no touchpoint called/],
    [B.touchpoints, { value: Array.from({ length: 30 }, (_, i) => `T${i}`).join('\n') }, /At most 25/],
    [B.remindAfterHours, { value: '100' }, /before the pulse closes/],
  ])('%s = %j comes back inline and changes nothing', async (block, edit, message) => {
    const view = await openSettings();
    const res = await submit(view, { [block]: edit });
    expect(res.json?.response_action).toBe('errors');
    expect(String((res.json?.errors as Record<string, string> | undefined)?.[block])).toMatch(message);
    expect(t.bot.container.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(t.bot.container.settings.audit(10)).toEqual([]);
  });

  it('saves "Include guests" and "Require mapped departments", audited, and nudges to map user groups', async () => {
    const nudge = (view: ModalView) =>
      view.blocks
        .filter((b) => b.type === 'context')
        .map((b) => JSON.stringify(b))
        .find((text) => text.includes('no user group'));
    const fresh = await openSettings();
    const departments = t.bot.container.org.departments().length;
    expect(nudge(fresh)).toContain(
      `${departments} of ${departments} departments have no user group: people pick their own department unless the profile field or an admin sets it. Map user groups so membership comes from Slack.`,
    );
    const res = await submit(fresh, {
      [B.departments]: { value: 'Sales | @sales-team\nService Desk\nMarketing' },
      [B.options]: { selected_options: [{ value: 'includeGuests' }, { value: 'requireMappedDepartments' }] },
    });
    expect(res.json?.response_action).toBe('update');
    expect(t.bot.container.settings.get()).toMatchObject({
      include_guests: true,
      require_mapped_departments: true,
    });
    expect(t.bot.container.settings.audit(50).map((a) => a.key)).toEqual(
      expect.arrayContaining(['include_guests', 'require_mapped_departments']),
    );
    const saved = await openSettings();
    expect(nudge(saved)).toContain(
      '2 of 3 departments have no user group: only the profile field or an admin can put people in them, and people with no department are not asked.',
    );
    const options = initialState(saved)[B.options]?.value as { selected_options?: { value: string }[] };
    expect(options.selected_options?.map((o) => o.value)).toEqual([
      'includeGuests',
      'requireMappedDepartments',
    ]);
    await submit(saved, { [B.departments]: { value: 'Sales | @sales-team' } });
    expect(nudge(await openSettings())).toBeUndefined();
  });

  it('refuses settings to a non-admin, in the command and in a forged submission', async () => {
    const res = await t.client.command('config', { user: 'UNOBODY01' });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.responses.length > 0);
    expect(String(t.fake.responses[0]?.body.text)).toContain('Only CX Align admins');
    const view = await openSettings();
    const forged = await submit(view, { [B.threshold]: { value: '3' } }, 'UNOBODY01');
    expect(JSON.stringify(forged.json)).toContain('Only CX Align admins');
    expect(t.bot.container.settings.get().anonymity_threshold).toBe(5);
  });
});
