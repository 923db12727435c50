import { afterEach, describe, expect, it } from 'vitest';
import { renderPulseModal } from '../../src/render/pulse-modal';
import { openPulseModal } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const base = {
  pulseId: 1,
  closesAt: new Date('2026-11-26T10:00:00Z'),
  customerWord: 'company',
  threshold: 5,
  touchpoints: [{ id: 1, name: 'Onboarding' }],
  departments: null,
  secondPrompt: null,
};

describe('the pulse modal’s customer word', () => {
  it('uses the plural from settings, never word + "s"', () => {
    const text = JSON.stringify(renderPulseModal({ ...base, customerWordPlural: 'companies' }).blocks);
    expect(text).toContain('look like for our companies?');
    expect(text).toContain('matter most to our companies?');
    expect(text).not.toContain('companys');
  });

  it('without a plural, words it without one', () => {
    const text = JSON.stringify(renderPulseModal(base).blocks);
    expect(text).toContain('what does a great company experience look like?');
    expect(text).toContain('matter most to the company experience?');
    expect(text).not.toContain('companys');
  });
});

describe('the answer modal of a real pulse', () => {
  let t: TestBot;
  afterEach(() => t.stop());

  it('takes the plural from settings while the pulse’s word is the settings’ word', async () => {
    t = await startTestBot({});
    const [person] = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 1 }]);
    const { settings, pulses } = t.bot.container;
    settings.update({ customer_word: 'company', customer_word_plural: 'companies' }, 'UADMIN001');
    const pulseId = (await pulses.open({ trigger: 'manual', openedBy: 'UADMIN001' }))?.pulse.id ?? 0;
    const text = JSON.stringify((await openPulseModal(t, person?.id ?? '', pulseId)).blocks);
    expect(text).toContain('for our companies?');
    expect(text).not.toContain('companys');
    // the word changed after the pulse opened: its frozen "company" gets no plural from settings
    settings.update({ customer_word: 'client', customer_word_plural: 'clients' }, 'UADMIN001');
    const later = JSON.stringify((await openPulseModal(t, person?.id ?? '', pulseId)).blocks);
    expect(later).toContain('great company experience look like?');
    expect(later).not.toContain('clients');
  });
});
