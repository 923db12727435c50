import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { Services } from '../../../services';

const eventSchema = z.object({ user: z.string().regex(/^[UW][A-Z0-9]+$/), tab: z.string().optional() });

/** Publishes the person's Home tab each time they open it. */
export function appHomeOpened(services: Services) {
  return async ({
    event,
    logger,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = eventSchema.safeParse(event);
    if (!parsed.success || (parsed.data.tab && parsed.data.tab !== 'home')) return;
    try {
      await services.home.publish(parsed.data.user);
    } catch (error) {
      logger.error('publishing App Home failed', error);
    }
  };
}
