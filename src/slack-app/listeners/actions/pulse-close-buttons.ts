import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { UserError, userMessageFor } from '../../../errors';
import type { SlackMessage } from '../../../render/help';
import type { Services } from '../../../services';
import { buttonActionSchema, exactPulseIdValue } from '../../parse/interaction';

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
type Handler = (services: Services, userId: string, pulseId: number) => Promise<SlackMessage> | SlackMessage;

const UNREADABLE = 'Sorry, I could not tell which pulse that button is for, so nothing changed.';

/**
 * A button of the `pulse close` confirmation (an ephemeral message, so Slack sends a response_url):
 * ack at once, read the presser and the pulse id, then replace the confirmation with the outcome.
 * A value that is not a pulse id changes nothing and is answered without replacing anything.
 */
function confirmationButton(run: Handler) {
  return (services: Services) =>
    async ({ ack, body, respond, logger }: Args): Promise<void> => {
      await ack();
      if (typeof respond !== 'function') return; // not from the confirmation: nothing to replace
      const payload = buttonActionSchema.safeParse(body);
      const id = payload.success ? exactPulseIdValue.safeParse(payload.data.actions[0]?.value) : null;
      if (!payload.success || !id?.success) {
        logger.warn('pulse close button with an unreadable user or pulse id; nothing changed');
        await respond({ response_type: 'ephemeral', replace_original: false, text: UNREADABLE }).catch(
          () => undefined,
        );
        return;
      }
      try {
        const reply = await run(services, payload.data.user.id, id.data);
        await respond({ response_type: 'ephemeral', replace_original: true, ...reply });
      } catch (error) {
        // a refusal written for the person (not an admin) is an answer, not a failure
        if (!(error instanceof UserError)) logger.error('pulse close button failed', error);
        await respond({
          response_type: 'ephemeral',
          replace_original: true,
          text: userMessageFor(error),
        }).catch(() => undefined);
      }
    };
}

/** "Close it now". */
export const closePulseNowButton = confirmationButton((s, user, pulseId) =>
  s.pulseClose.closeNow(user, pulseId),
);
/** "Keep it open". */
export const keepPulseOpenButton = confirmationButton((s, _user, pulseId) => s.pulseClose.keepOpen(pulseId));
