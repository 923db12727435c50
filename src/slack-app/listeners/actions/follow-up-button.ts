import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { UserError, userMessageFor } from '../../../errors';
import type { Services } from '../../../services';
import { followUpTarget } from '../../parse/follow-up-submission';
import { buttonActionSchema } from '../../parse/interaction';

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const UNREADABLE = 'Sorry, I could not tell which divergence that button is for, so nothing happened.';

/**
 * "Follow up" under a divergence in the report: ack, read the presser and the divergence, and ask the
 * service for the modal. A refusal (not a leader) or a failure is said ephemerally, never a stack.
 */
export function followUpButton(services: Services) {
  return async ({ ack, body, respond, logger }: Args): Promise<void> => {
    await ack();
    const say = async (text: string) => {
      if (typeof respond === 'function')
        await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
    };
    const payload = buttonActionSchema.safeParse(body);
    const target = payload.success ? followUpTarget.safeParse(payload.data.actions[0]?.value) : null;
    if (!payload.success || !target?.success) {
      await say(UNREADABLE);
      return;
    }
    try {
      await services.followUps.openModal(payload.data.user.id, payload.data.trigger_id, target.data);
    } catch (error) {
      if (!(error instanceof UserError)) logger.error('follow-up button failed', error);
      await say(userMessageFor(error));
    }
  };
}
