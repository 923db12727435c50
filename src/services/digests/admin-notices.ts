import type { DigestRepository } from '../../db/repositories/digest-repository';
import type { Logger } from '../../logging/logger';
import type { SlackGateway } from '../../slack-client/gateway';

/** The notices the digest tells the admins about, each said once until it is cleared. */
export const NOTICE = {
  noChannel: 'digest-no-channel',
  heatmap: 'digest-heatmap',
  channel: (channelId: string) => `digest-channel:${channelId}`,
};

/**
 * Tells every admin about a problem once: a notice key seen before is not said again, and a notice
 * cleared (the problem went away) may be said again when it comes back.
 */
export function createAdminNotices(deps: {
  repo: Pick<DigestRepository, 'noticeOnce' | 'markNotified' | 'clearNotice'>;
  gateway: Pick<SlackGateway, 'postMessage'>;
  /** Who to tell: env admins, picked admins and the admin user group's members (may call Slack). */
  admins: () => string[] | Promise<string[]>;
  logger: Logger;
  clock: () => Date;
}) {
  const { repo, gateway, logger } = deps;

  async function adminIds(about: string): Promise<string[]> {
    try {
      return [...new Set(await deps.admins())];
    } catch (error) {
      logger.warn(`could not list the admins to tell about ${about}`, error);
      return [];
    }
  }

  async function tell(key: string, message: string): Promise<void> {
    if (!repo.noticeOnce(key, message)) return;
    for (const admin of await adminIds(key)) {
      try {
        await gateway.postMessage({ channel: admin, text: message });
      } catch (error) {
        logger.warn(`could not tell admin ${admin} about ${key}`, error);
      }
    }
    repo.markNotified(key, deps.clock());
  }

  function clear(key: string): void {
    repo.clearNotice(key);
  }

  return { tell, clear };
}
export type AdminNotices = ReturnType<typeof createAdminNotices>;
