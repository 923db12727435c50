/**
 * "Delete my data" tells the truth: what goes (the answers, and any quote taken from them) and what
 * stays (closed pulses' totals, which never held a name), within Slack's 300-character confirm text.
 */
import { describe, expect, it } from 'vitest';
import { deleteConfirmText, deletedNotice, renderHome } from '../../src/render/home';

describe('the delete-my-data wording', () => {
  it('says what is deleted and what stays, within the confirm dialog limit, for any count', () => {
    for (const n of [1, 2, 17, 123_456_789]) {
      const text = deleteConfirmText(n);
      expect(Array.from(text).length).toBeLessThanOrEqual(300);
      expect(text).toContain(n === 1 ? 'your stored answer' : `all ${n} of your stored answers`);
      expect(text).toMatch(/quote/);
      expect(text).toMatch(/closed stay as they are/);
      expect(text).toMatch(/never with your name/);
    }
  });

  it('the notice after deleting says the same, and never that nothing remains', () => {
    expect(deletedNotice(0)).toBe('You had no stored answers; nothing was deleted.');
    for (const n of [1, 3]) {
      const text = deletedNotice(n);
      expect(text).toContain(`Deleted ${n} answer${n === 1 ? '' : 's'} of yours`);
      expect(text).toContain('any quote taken from them');
      expect(text).toContain('Results of pulses already closed stay as they were');
      expect(text).not.toMatch(/nothing of them remains/i);
    }
  });

  it('the Home tab puts that text in the button’s confirm dialog', () => {
    const view = renderHome({
      role: 'employee',
      threshold: 5,
      pulse: null,
      optedOut: false,
      ownAnswers: [],
      totalAnswers: 4,
    });
    const shown = JSON.stringify(view);
    expect(shown).toContain(JSON.stringify(deleteConfirmText(4)).slice(1, -1));
  });
});
