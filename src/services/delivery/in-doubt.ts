import { PULSE_DM_EVENT } from '../../constants/slack-ids';
import type { DeliveryRepository, DueDelivery } from '../../db/repositories/delivery-repository';
import type { PeopleRepository } from '../../db/repositories/people-repository';
import type { Logger } from '../../logging/logger';
import { SlackCallError, type SlackGateway } from '../../slack-client/gateway';
import type { RateLimitPause } from './rate-limit-pause';

type InDoubtDeps = {
  deliveries: DeliveryRepository;
  people: PeopleRepository;
  gateway: SlackGateway;
  logger: Logger;
  clock: () => Date;
  pause: RateLimitPause;
  /** Told of each settled row: found in the DM, or queued to be sent again (for metrics). */
  onInDoubtSettled?: ((outcome: 'found' | 'resend') => void) | undefined;
};

/**
 * Settles deliveries whose send may or may not have reached Slack (in_flight at a crash, or a
 * broken connection): the pulse DM carries the delivery id in its message metadata, so the
 * person's DM is searched for it before anything is sent again.
 */
export function createInDoubtSettler(deps: InDoubtDeps) {
  const { deliveries, people, gateway, logger, clock, pause } = deps;

  /** Looks in the person's DM for this delivery's message, by its metadata; its ts, or null. */
  async function findPosted(row: DueDelivery): Promise<{ channel: string; ts: string | null }> {
    const channel = row.channelId ?? row.dmChannelId ?? (await gateway.openDm(row.slackUserId));
    if (!row.dmChannelId) people.setDmChannel(row.personId, channel);
    const oldest = Math.floor(row.pulseOpenedAt.getTime() / 1000) - 60;
    const found = (await gateway.findMessagesWithMetadata(channel, oldest, PULSE_DM_EVENT)).find(
      (m) => Number(m.payload.delivery_id) === row.id,
    );
    return { channel, ts: found?.ts ?? null };
  }

  return {
    findPosted,
    /** Settles every in-flight row left from before; false when Slack could not be asked yet. */
    async settleAll(): Promise<boolean> {
      for (const row of deliveries.inDoubt()) {
        try {
          const { channel, ts } = await findPosted(row);
          const now = clock();
          deps.onInDoubtSettled?.(ts ? 'found' : 'resend');
          if (ts) deliveries.markSent(row.id, channel, ts, now);
          else
            deliveries.retryLater(row.id, {
              notBefore: now,
              error: 'in doubt after a restart: not found in the DM, sending again',
              countsAsAttempt: false,
              at: now,
            });
        } catch (error) {
          logger.warn(`could not settle in-doubt delivery ${row.id} yet; will try again`, error);
          if (error instanceof SlackCallError && error.failure.kind === 'rate_limited')
            pause.hold(error.failure.retryAfterSeconds);
          return false;
        }
      }
      return true;
    },
  };
}
export type InDoubtSettler = ReturnType<typeof createInDoubtSettler>;
