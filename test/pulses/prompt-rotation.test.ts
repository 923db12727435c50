/**
 * The second prompts are asked in turn: each pulse takes the bank's next turn and records it, so the
 * rotation goes on across restarts, and a pulse that asks no second prompt takes no turn.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROMPTS } from '../../src/constants/defaults';
import { withCustomerWord } from '../../src/services/org-service';
import { FakeSlack } from '../support/fake-slack';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const asked = (i: number) =>
  withCustomerWord(DEFAULT_PROMPTS[i % DEFAULT_PROMPTS.length] ?? '', {
    singular: 'customer',
    plural: 'customers',
  });

describe('the second prompt rotation', () => {
  let fake: FakeSlack;
  let t: TestBot;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    seedWorkspace(fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 2 }]);
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  /** Opens a pulse by hand and closes it, returning what it asked. */
  async function pulseOnce(bot: TestBot) {
    const opened = await bot.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    if (!opened) throw new Error('no pulse opened');
    bot.bot.container.pulses.close(opened.pulse.id);
    const row = bot.bot.container.pulses.byId(opened.pulse.id);
    return [row?.secondPrompt, row?.promptIndex];
  }

  it('asks the bank in turn, skips no turn while the prompt is off, and goes on after a restart', async () => {
    expect(await pulseOnce(t)).toEqual([asked(0), 0]);
    expect(await pulseOnce(t)).toEqual([asked(1), 1]);
    t.bot.container.settings.update({ second_prompt_enabled: false }, ADMIN);
    expect(await pulseOnce(t)).toEqual([null, null]);
    t.bot.container.settings.update({ second_prompt_enabled: true }, ADMIN);
    expect(await pulseOnce(t)).toEqual([asked(2), 2]);

    const dbPath = t.config.databasePath;
    await t.bot.stop();
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, DATABASE_PATH: dbPath }, fake);
    expect(await pulseOnce(t)).toEqual([asked(3), 3]); // the bank's first prompt again
    expect(asked(3)).toBe(asked(0));
  });
});
