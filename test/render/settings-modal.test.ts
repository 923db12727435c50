/** The settings modal's "Recent changes": who changed what, with the member as a real mention. */
import { describe, expect, it } from 'vitest';
import { renderSettingsModal } from '../../src/render/settings-modal';
import { formFromSettings } from '../../src/services/settings-form';
import { DEFAULT_SETTINGS } from '../../src/services/settings-schema';

const form = formFromSettings(DEFAULT_SETTINGS, { departments: [], touchpoints: [], prompts: [] });

function recentChanges(view: ReturnType<typeof renderSettingsModal>): string {
  const block = view.blocks.at(-1) as { type: string; elements?: { text?: string }[] };
  expect(block.type).toBe('context');
  return block.elements?.[0]?.text ?? '';
}

describe('the settings modal, recent changes', () => {
  it('mentions the member for real and escapes the stored text', () => {
    const text = recentChanges(
      renderSettingsModal(form, [
        { when: '2026-11-27 09:00 UTC', actor: 'U012ABC', key: 'digest_channels' },
        { when: '2026-11-27 09:05 UTC', actor: '<!channel>', key: 'a<b>&c' },
      ]),
    );
    expect(text).toContain('2026-11-27 09:00 UTC · <@U012ABC> changed digest_channels');
    expect(text).not.toContain('&lt;@U012ABC&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('changed a&lt;b&gt;&amp;c');
  });
});
