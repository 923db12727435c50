/**
 * `/cx-alignment themes` over the HTTP receiver: an admin adds a French word to a theme; the
 * French answers of the open pulse are tagged again with it, the English ones do not move, the
 * change is audited, and non-admins and wrong languages get a friendly ephemeral error.
 */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answers, answerThemes, people, settingsAudit } from '../../src/db/schema';
import { answerPulse } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const FRENCH = 'Un vrai coup de cœur pour la marque, chaque fois';
const ENGLISH = 'A real coup de coeur for the brand, every single time';

/** What the app said to a command: its ack and any reply through response_url after `from`. */
async function said(t: TestBot, text: string, user: string): Promise<string> {
  const before = t.fake.responses.length;
  const res = await t.client.command(text, { user });
  expect(res.status).toBe(200);
  await new Promise((r) => setTimeout(r, 150));
  await t.fake.waitFor((f) => f.responses.length > before || JSON.stringify(res.json ?? '').length > 4);
  return JSON.stringify([res.json, ...t.fake.responses.slice(before).map((r) => r.body)]);
}

describe('admin theme lexicon edits', () => {
  let t: TestBot;
  let team: { id: string; department: string }[];

  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    team = seedWorkspace(t.fake, [{ name: 'Montréal', usergroup: 'SMONTREAL', size: 6 }]);
    // half the office has Slack in Canadian French
    for (const m of t.fake.members.slice(0, 3)) m.locale = 'fr-CA';
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Montréal', usergroupId: 'SMONTREAL', profileValue: null }],
      new Date(),
    );
  });
  afterEach(() => t.stop());

  it('re-tags the open pulse in that language only, audits it, and refuses what it cannot do', async () => {
    await said(t, 'pulse now', ADMIN);
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 6);
    for (const [i, person] of team.entries())
      await answerPulse(t, person.id, { definition: i < 3 ? FRENCH : ENGLISH });
    const { db } = t.bot.container;
    const locales = db
      .select({ locale: people.locale })
      .from(people)
      .all()
      .map((p) => p.locale);
    expect(locales.filter((l) => l === 'fr-CA')).toHaveLength(3);
    const languages = db.select({ language: answers.language }).from(answers).all();
    expect(languages.map((a) => a.language).sort()).toEqual(['en', 'en', 'en', 'fr', 'fr', 'fr']);
    const delight = () =>
      db
        .select({ language: answers.language })
        .from(answers)
        .innerJoin(
          answerThemes,
          and(eq(answerThemes.answerId, answers.id), eq(answerThemes.theme, 'delight')),
        )
        .all()
        .map((r) => r.language);
    expect(delight()).toEqual([]);

    expect(await said(t, 'themes add fr delight coup de cœur', team[0]?.id ?? '')).toContain(
      'Only CX Align admins',
    );
    expect(await said(t, 'themes add it delight colpo di fulmine', ADMIN)).toContain('no lexicon for');
    expect(await said(t, 'themes add fr hype coup de cœur', ADMIN)).toContain('no theme');

    expect(await said(t, 'themes add fr delight "coup de cœur"', ADMIN)).toContain('Added');
    await t.bot.container.themes.idle();
    // the three French answers are delight now; the English ones, with the same words, are not
    expect(delight()).toEqual(['fr', 'fr', 'fr']);
    const audit = db.select().from(settingsAudit).where(eq(settingsAudit.key, 'theme_lexicon_extras')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: ADMIN, newValue: { fr: { delight: ['coup de cœur'] } } });
    expect(await said(t, 'themes', ADMIN)).toContain('coup de cœur');

    expect(await said(t, 'themes remove fr delight coup de cœur', ADMIN)).toContain('Removed');
    await t.bot.container.themes.idle();
    expect(delight()).toEqual([]);
  });
});
