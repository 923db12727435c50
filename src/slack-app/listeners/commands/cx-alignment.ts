import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { UserError, userMessageFor } from '../../../errors';
import { renderHelp } from '../../../render/help';
import type { Services } from '../../../services';
import { parseCommandText } from '../../parse/command-text';
import { slashCommandSchema } from '../../parse/payloads';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/cx-alignment …`: help is answered in the ack itself; anything else is acked at once and
 * answered through `respond` (ephemeral) when the service is done.
 */
export function cxAlignmentCommand(services: Services) {
  return async ({ command, ack, respond, logger }: Args): Promise<void> => {
    const payload = slashCommandSchema.safeParse(command);
    if (!payload.success) {
      await ack({
        response_type: 'ephemeral',
        text: 'Sorry, I could not read that command. Please try again.',
      });
      logger.warn(
        'slash command payload rejected',
        payload.error.issues.map((i) => i.path.join('.')).join(', '),
      );
      return;
    }
    const parsed = parseCommandText(payload.data.text);
    if (parsed.kind === 'help' || parsed.kind === 'unknown') {
      const help =
        parsed.kind === 'unknown'
          ? renderHelp({ problem: parsed.reason, input: parsed.input })
          : renderHelp();
      await ack({ response_type: 'ephemeral', ...help });
      return;
    }
    await ack();
    try {
      const reply = await services.commands.run(parsed, {
        userId: payload.data.user_id,
        channelId: payload.data.channel_id,
        triggerId: payload.data.trigger_id,
      });
      if (reply) await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
    } catch (error) {
      // a refusal written for the person (e.g. "reports are for leaders") is an answer, not a failure
      if (!(error instanceof UserError)) logger.error('/cx-alignment failed', error);
      await respond({ response_type: 'ephemeral', replace_original: false, text: userMessageFor(error) });
    }
  };
}
