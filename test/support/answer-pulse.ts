import type { KnownBlock, ModalView } from '@slack/types';
import { ACTIONS, VIEWS } from '../../src/constants/slack-ids';
import type { TestBot } from './test-bot';
import { fillPulseModal } from './workspace';

/** A person presses "Answer" on a pulse DM; resolves with the modal the app opened for them. */
export async function openPulseModal(t: TestBot, user: string, pulseId: number): Promise<ModalView> {
  const trigger = `trigger-${user}-${Math.random().toString(36).slice(2)}`;
  await t.client.blockAction(
    user,
    { action_id: ACTIONS.answerPulse, value: String(pulseId) },
    { trigger_id: trigger },
  );
  await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
  return t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args.view as ModalView;
}

/** A person answers the open pulse through the real app: button → modal → submission. */
export async function answerPulse(
  t: TestBot,
  user: string,
  answers: {
    definition: string;
    rating?: (touchpointName: string) => string;
    priorities?: string[];
    quoteConsent?: boolean;
  },
): Promise<void> {
  const pulseId = t.bot.container.pulses.current()?.id;
  if (!pulseId) throw new Error('no open pulse');
  const view = await openPulseModal(t, user, pulseId);
  const names = new Map<string, string>();
  for (const b of view.blocks as KnownBlock[])
    if (b.type === 'input' && b.block_id?.startsWith('rate_'))
      names.set(b.block_id, (b.label as { text: string }).text);
  const values = fillPulseModal(view, { definition: answers.definition, quoteConsent: answers.quoteConsent });
  for (const [block, name] of names) {
    const rating = answers.rating?.(name) ?? '3';
    values[block] = {
      value: { type: 'static_select', selected_option: rating === '' ? null : { value: rating } },
    };
  }
  if (answers.priorities) {
    const options =
      (
        view.blocks.find((b) => b.block_id === 'priorities') as
          | { element: { options: { text: { text: string }; value: string }[] } }
          | undefined
      )?.element.options ?? [];
    values.priorities = {
      value: {
        type: 'multi_static_select',
        selected_options: options
          .filter((o) => answers.priorities?.includes(o.text.text))
          .map((o) => ({ value: o.value })),
      },
    };
  }
  const res = await t.client.viewSubmission(user, {
    callback_id: VIEWS.pulseAnswer,
    private_metadata: view.private_metadata ?? '',
    values,
  });
  if (res.json?.response_action !== 'update') throw new Error(`submission refused: ${res.text}`);
}
