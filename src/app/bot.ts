import type { Config } from '../config/load-config';
import { closeDb, openDb } from '../db/open-db';
import { freezeMissingResults } from '../db/repositories/report-repository';
import { createUpgradeRepository } from '../db/repositories/upgrade-repository';
import type { Logger } from '../logging/logger';
import type { WorkerOptions } from '../services/delivery';
import { createAdminNotices } from '../services/digests';
import { rekeyLegacyAnswers } from '../services/rekey-answers';
import { tellAboutInvalidSettings } from '../services/settings-admin';
import { createSlackApp } from '../slack-app/create-app';
import { type Container, createContainer } from './container';
import { shutDown } from './shutdown';

export type RunningBot = {
  mode: 'socket' | 'http';
  port?: number;
  container: Container;
  stop(): Promise<void>;
};

/**
 * Opens the database (migrating it, rekeying old answers, freezing the results of pulses closed
 * before), seeds defaults, wires services and the Slack app, starts
 * listening, then resumes unfinished work: a fan-out cut short, in-doubt sends, a missed schedule.
 */
export async function startBot(
  config: Config,
  logger: Logger,
  options: { worker?: Partial<WorkerOptions>; clock?: () => Date; authCheckEveryMs?: number } = {},
): Promise<RunningBot> {
  const db = openDb(config.databasePath, { check: true });
  const clock = options.clock ?? (() => new Date());
  // before anyone can answer: an earlier release's answers get their per-pulse pseudonyms (once)
  rekeyLegacyAnswers({
    upgrades: createUpgradeRepository(db),
    secret: config.pseudonymSecret,
    logger,
    clock,
  });
  // before anything can delete an answer: pulses closed by an earlier release get frozen results
  const frozen = freezeMissingResults(db, clock());
  if (frozen > 0) logger.info(`froze the results of ${frozen} pulses closed before this release`);
  const container = createContainer({ config, db, logger, ...options });
  container.org.ensureDefaults();
  const slack = createSlackApp(config, {
    logger,
    services: container.services,
    ops: { health: () => container.health.check(), metrics: () => container.metrics.scrape() },
    onAck: container.metrics.acked,
  });
  let started: Awaited<ReturnType<typeof slack.start>>;
  try {
    container.warmUp();
    started = await slack.start();
  } catch (error) {
    closeDb(db);
    throw error;
  }
  container.retention.run();
  container.pulses.resumeEnqueue();
  container.worker.start();
  container.scheduler.start();
  container.health.start();
  container.scheduler.catchUp().catch((error: unknown) => logger.error('schedule catch-up failed', error));
  container.digests.resume().catch((error: unknown) => logger.error('resuming digests failed', error));
  tellAdmins(container, config, logger, clock);

  let stopping: Promise<void> | undefined;
  return {
    ...started,
    container,
    stop() {
      stopping ??= shutDown(
        {
          stopTimers: () => {
            container.scheduler.stop();
            container.health.stop();
          },
          stopWorker: () => container.worker.stop(),
          inFlight: () => container.worker.inFlight(),
          // the receiver, the listeners still at work after their acks, then any re-tagging: none of
          // them meets a closed database
          stopReceiver: async () => {
            await slack.stop();
            await container.themes.idle();
          },
          closeDb: () => closeDb(db),
        },
        logger,
      );
      return stopping;
    },
  };
}

/** Admins hear once about stored settings that no longer parse; the log says when none are set. */
function tellAdmins(container: Container, config: Config, logger: Logger, clock: () => Date): void {
  tellAboutInvalidSettings({
    settings: container.settings,
    notices: createAdminNotices({
      repo: container.repos.digests,
      gateway: container.gateway,
      admins: () => container.access.adminIds(),
      logger,
      clock,
    }),
  }).catch((error: unknown) => logger.error('telling the admins about invalid settings failed', error));
  if (
    config.admins.length === 0 &&
    container.settings.get().admins.users.length === 0 &&
    !container.settings.get().admins.usergroup
  ) {
    logger.warn(
      'No admins are configured: set CX_ALIGN_ADMINS to your Slack member id to run `/cx-alignment config` and `pulse now`.',
    );
  }
}
