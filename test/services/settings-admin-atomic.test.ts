import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settings as settingsTable } from '../../src/db/schema';
import { createLogger } from '../../src/logging/logger';
import { createAdminNotices } from '../../src/services/digests';
import { createSettingsAdminService, tellAboutInvalidSettings } from '../../src/services/settings-admin';
import { formFromSettings } from '../../src/services/settings-form';
import { startTestBot, type TestBot } from '../support/test-bot';

const ADMIN = 'UADMIN001';

describe('a settings submission is applied whole', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
  });
  afterEach(() => t.stop());

  /** What an admin sees: every setting, list and audit row. */
  function everything() {
    const c = t.bot.container;
    return {
      settings: c.settings.get(),
      departments: c.org.departments().map((d) => d.name),
      touchpoints: c.org.touchpoints().map((tp) => tp.name),
      prompts: c.org.prompts().map((p) => p.text),
      audit: c.settings.audit(100),
    };
  }

  it('a failure after the scalars and departments are written leaves all settings unchanged', async () => {
    const c = t.bot.container;
    const failing = {
      ...c.repos.touchpoints,
      replacePrompts: () => {
        throw new Error('injected: the disk failed while writing the prompts');
      },
    };
    const admin = createSettingsAdminService({
      access: { isAdmin: async () => true },
      settings: c.settings,
      org: c.org,
      gateway: c.gateway,
      clock: () => new Date(),
      settingsRepo: c.repos.settings,
      departments: c.repos.departments,
      touchpoints: failing,
      people: c.repos.people,
      onChanged: () => undefined,
    });
    const before = everything();
    const form = formFromSettings(c.settings.get(), {
      departments: c.org.departments(),
      touchpoints: before.touchpoints,
      prompts: before.prompts,
    });
    const edited = {
      ...form,
      threshold: '7',
      departments: `${form.departments}\nPartners`,
      touchpoints: `${form.touchpoints}\nOnboarding`,
      prompts: `${form.prompts}\nWhat do we promise them?`,
    };
    await expect(admin.apply(ADMIN, edited)).rejects.toThrow(/injected/);
    expect(everything()).toEqual(before);
    // the same submission through the real service is applied, whole and audited
    const applied = await c.services.settingsAdmin.apply(ADMIN, edited);
    expect(applied).toMatchObject({ ok: true });
    const after = everything();
    expect(after.settings.anonymity_threshold).toBe(7);
    expect(after.departments).toContain('Partners');
    expect(after.prompts).toContain('What do we promise them?');
    expect(after.audit.map((a) => a.key).sort()).toEqual(
      ['anonymity_threshold', 'departments', 'prompts', 'touchpoints'].sort(),
    );
  });

  it('an invalid stored setting keeps its last valid value, and the admins hear about it once', async () => {
    const c = t.bot.container;
    const schedule = { enabled: true, cron: '0 10 * * 1', timezone: 'UTC', every_weeks: 2 };
    c.settings.update({ pulse_schedule: schedule }, ADMIN);
    // a six-field cron written past the service (by hand, or by an older release)
    c.db.run(
      sql`update ${settingsTable} set value = ${JSON.stringify({ ...schedule, cron: '* * * * * *' })} where key = 'pulse_schedule'`,
    );
    expect(c.settings.get().pulse_schedule).toEqual(schedule);
    const notices = createAdminNotices({
      repo: c.repos.digests,
      gateway: c.gateway,
      admins: () => [ADMIN],
      logger: createLogger({ level: 'error', sink: () => undefined }),
      clock: () => new Date(),
    });
    expect(await tellAboutInvalidSettings({ settings: c.settings, notices })).toEqual(['pulse_schedule']);
    await tellAboutInvalidSettings({ settings: c.settings, notices });
    // one DM to the admin (the stand-in names a DM D + the member id's tail)
    const told = t.fake.messages.filter((m) => String(m.text).includes('pulse_schedule'));
    expect(told).toHaveLength(1);
    expect(String(told[0]?.text)).toContain('last valid value');
    expect(t.logs.filter((l) => l.includes('stored setting pulse_schedule is invalid'))).toHaveLength(1);
  });
});
