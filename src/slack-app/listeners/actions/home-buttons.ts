import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { userMessageFor } from '../../../errors';
import type { Services } from '../../../services';
import { buttonActionSchema } from '../../parse/interaction';

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
type Handler = (services: Services, userId: string, triggerId: string) => Promise<void>;

/** An App Home button: ack, parse, call the service; a failure is shown on the Home tab itself. */
function homeButton(run: Handler) {
  return (services: Services) =>
    async ({ ack, body, logger }: Args): Promise<void> => {
      await ack();
      const payload = buttonActionSchema.safeParse(body);
      if (!payload.success) return;
      const { id } = payload.data.user;
      try {
        await run(services, id, payload.data.trigger_id);
      } catch (error) {
        logger.error('App Home action failed', error);
        await services.home.publish(id, userMessageFor(error)).catch(() => undefined);
      }
    };
}

export const deleteDataButton = homeButton((s, user) => s.home.deleteData(user));
export const optOutButton = homeButton((s, user) => s.home.setOptOut(user, true));
export const optInButton = homeButton((s, user) => s.home.setOptOut(user, false));
export const openSettingsButton = homeButton((s, user, trigger) => s.home.openSettings(user, trigger));
export const openReportButton = homeButton((s, user, trigger) => s.home.openReport(user, trigger));
