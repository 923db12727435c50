import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { userMessageFor } from '../../../errors';
import { renderNotNow } from '../../../render/pulse-dm';
import type { Services } from '../../../services';
import {
  BUSY_TEXT,
  CLOSED_TEXT,
  NO_DEPARTMENT_TEXT,
  NOT_INVITED_TEXT,
} from '../../../services/pulse-ui-service';
import { buttonActionSchema, pulseIdValue } from '../../parse/interaction';

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Says something to the person who pressed a button: ephemerally under the message, or, for a
 * button on the App Home tab (Slack sends no response_url for those, so Bolt gives no `respond`),
 * as a notice at the top of their Home tab. Nobody to tell (an unreadable user) → nothing.
 */
async function tell(services: Services, args: Args, userId: string | null, text: string): Promise<void> {
  if (typeof args.respond === 'function') {
    await args.respond({ response_type: 'ephemeral', replace_original: false, text });
  } else if (userId !== null) {
    await services.home.publish(userId, text);
  }
}

/** "Answer": ack at once, then open the modal with the trigger (valid for 3 seconds). */
export function answerPulseButton(services: Services) {
  return async (args: Args): Promise<void> => {
    const { ack, body, logger } = args;
    await ack();
    const payload = buttonActionSchema.safeParse(body);
    const id = payload.success
      ? pulseIdValue.safeParse(payload.data.actions[0]?.value ?? services.pulseUi.currentPulseId())
      : null;
    if (!payload.success || !id?.success) {
      await tell(
        services,
        args,
        payload.success ? payload.data.user.id : null,
        'Sorry, I could not tell which pulse that button is for. There may be no pulse open right now.',
      ).catch((error: unknown) => logger.warn('could not answer a pulse button', error));
      return;
    }
    const userId = payload.data.user.id;
    try {
      const outcome = await services.pulseUi.openAnswerModal(userId, id.data, payload.data.trigger_id);
      if (outcome === 'closed') await tell(services, args, userId, CLOSED_TEXT);
      if (outcome === 'not-invited') await tell(services, args, userId, NOT_INVITED_TEXT);
      if (outcome === 'no-department') await tell(services, args, userId, NO_DEPARTMENT_TEXT);
      if (outcome === 'busy') {
        logger.warn('views.open was rate limited; asked the person to click Answer again');
        await tell(services, args, userId, BUSY_TEXT);
      }
    } catch (error) {
      logger.error('opening the pulse modal failed', error);
      await tell(services, args, userId, userMessageFor(error)).catch(() => undefined);
    }
  };
}

/** "Not now": the DM keeps its answer button and says until when. */
export function notNowButton(services: Services) {
  return async ({ ack, body, respond }: Args): Promise<void> => {
    await ack();
    const payload = buttonActionSchema.safeParse(body);
    const id = payload.success ? pulseIdValue.safeParse(payload.data.actions[0]?.value) : null;
    const pulse = id?.success ? services.pulseUi.pulse(id.data) : null;
    // "Not now" only sits in a DM, which has a response_url; anything else has nothing to replace
    if (!pulse || !payload.success || typeof respond !== 'function') return;
    const messages = services.pulseUi.messages(payload.data.user.id);
    await respond({ replace_original: true, ...renderNotNow(pulse.id, pulse.closesAt, messages) });
  };
}
