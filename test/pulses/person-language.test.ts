import type { KnownBlock, ModalView } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/constants/slack-ids';
import { messagesFor } from '../../src/render/i18n';
import { openPulseModal } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const fr = messagesFor('fr');
const en = messagesFor('en');

/** Every piece of text a view or message carries, to search in. */
const textOf = (value: unknown) => JSON.stringify(value);

describe('messages in the person’s Slack language, through the real app', () => {
  let t: TestBot;
  let pulseId: number;
  const locales: Record<string, string | undefined> = {
    U010000: 'fr-FR',
    U010001: 'fr-CA',
    U010002: 'ja-JP', // a language CX Align has no catalog for
    U010003: 'es-419',
  };

  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 6 }]);
    for (const m of t.fake.members) {
      const locale = locales[m.id];
      if (locale) m.locale = locale;
    }
    await t.client.command('pulse now', { user: ADMIN });
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 6);
    pulseId = t.bot.container.pulses.current()?.id ?? 0;
  });
  afterAll(() => t.stop());

  const dmTo = (user: string) =>
    t.fake.callsTo('chat.postMessage').find((c) => c.args.channel === user)?.args;

  it('sends the French DM to fr-FR and fr-CA, Spanish to es-419, English to an unknown locale and to en-US', () => {
    for (const user of ['U010000', 'U010001']) {
      const dm = textOf(dmTo(user));
      expect(dm).toContain(fr.dm.answerButton);
      expect(dm).toContain('Un sondage d’une minute');
      expect(dm).not.toContain(en.dm.answerButton);
    }
    expect(textOf(dmTo('U010003'))).toContain(messagesFor('es').dm.answerButton);
    for (const user of ['U010002', 'U010004']) {
      const dm = textOf(dmTo(user));
      expect(dm).toContain(en.dm.answerButton);
      expect(dm).toContain('A one-minute pulse');
    }
  });

  it('opens the modal in French for fr-FR: title, buttons, ratings, “Don’t know”, department', async () => {
    const view = await openPulseModal(t, 'U010000', pulseId);
    expect(view.title.text).toBe(fr.modal.title);
    expect(view.submit?.text).toBe(fr.modal.send);
    expect(view.close?.text).toBe(fr.modal.notNow);
    const text = textOf(view.blocks);
    for (const words of [
      fr.modal.dontKnow,
      fr.modal.ratingLabels[4],
      fr.modal.departmentLabel,
      fr.modal.comment,
    ])
      expect(text).toContain(words);
    expect(text).not.toContain(en.modal.dontKnow);
  });

  it('shows the modal’s validation errors, and the thanks, in French', async () => {
    const user = 'U010001';
    const view: ModalView = await openPulseModal(t, user, pulseId);
    const values = fillPulseModal(view, { definition: 'x' });
    const submit = (v: typeof values) =>
      t.client.viewSubmission(user, {
        callback_id: VIEWS.pulseAnswer,
        private_metadata: view.private_metadata ?? '',
        values: v,
      });
    const invalid = await submit(values);
    expect(invalid.json).toMatchObject({
      response_action: 'errors',
      errors: { definition: fr.errors.tooShort },
    });
    const saved = await submit(
      fillPulseModal(view, { definition: 'Un service rapide et une équipe à l’écoute.' }),
    );
    const reply = saved.json as { view: ModalView };
    expect(reply.view.title.text).toBe(fr.notices.thanksTitle);
    expect(textOf(reply.view.blocks as KnownBlock[])).toContain('Votre réponse est enregistrée');
  });

  it('keeps an unknown locale in English in the modal', async () => {
    const view = await openPulseModal(t, 'U010002', pulseId);
    expect(view.title.text).toBe(en.modal.title);
    expect(textOf(view.blocks)).toContain(en.modal.dontKnow);
  });
});
