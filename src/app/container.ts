import type { Config } from '../config/load-config';
import { probeWritable } from '../db/health-probe';
import type { Db } from '../db/open-db';
import { createOpsRepository } from '../db/repositories/ops-repository';
import type { Logger } from '../logging/logger';
import { createScheduler } from '../scheduler/scheduler';
import type { Services } from '../services';
import { createAccessService } from '../services/access-service';
import { createAnswerService } from '../services/answer-service';
import { createCommandService } from '../services/command-service';
import { createDeliveryWorker, type WorkerOptions } from '../services/delivery';
import { createAdminNotices, createDigestService } from '../services/digests';
import { createFollowUpService } from '../services/follow-ups';
import { createHealthService } from '../services/health-service';
import { createHomeService } from '../services/home-service';
import { countAnswers, createMetrics, type Metrics } from '../services/metrics';
import { createOrgService } from '../services/org-service';
import { createPseudonymizer } from '../services/pseudonym';
import { createPulseCloseService } from '../services/pulse-close-service';
import { createPulseUiService } from '../services/pulse-ui-service';
import { createPulseService } from '../services/pulses';
import { createReportService } from '../services/report-service';
import { createRetentionService } from '../services/retention-service';
import { createRosterService } from '../services/roster-service';
import { createSettingsAdminService } from '../services/settings-admin';
import { createSettingsService } from '../services/settings-service';
import { createThemeLexiconService } from '../services/theme-lexicon';
import { workspaceTimeZone } from '../services/workspace-time-zone';
import { createSlackGateway, type SlackGateway } from '../slack-client/gateway';
import { createRepositories } from './repositories';

type Base = {
  config: Config;
  db: Db;
  logger: Logger;
  clock: () => Date;
  repos: Repositories;
  gateway: SlackGateway;
  metrics: Metrics;
  worker?: Partial<WorkerOptions>;
};

type Repositories = ReturnType<typeof createRepositories>;

/** Settings, the organisation, the roster, who may do what, and the outbox worker. */
function createFoundation({ config, logger, clock, repos, gateway, metrics, worker: workerOptions }: Base) {
  const settings = createSettingsService({ repo: repos.settings, logger, clock });
  const org = createOrgService({ departments: repos.departments, touchpoints: repos.touchpoints });
  const roster = createRosterService({
    gateway,
    people: repos.people,
    departments: repos.departments,
    settings,
    logger,
    clock,
  });
  const worker = createDeliveryWorker({
    deliveries: repos.deliveries,
    pulses: repos.pulses,
    people: repos.people,
    gateway,
    logger,
    clock,
    threshold: () => settings.get().anonymity_threshold,
    onInDoubtSettled: metrics.inDoubtSettled,
    ...(workerOptions ? { options: workerOptions } : {}),
  });
  const access = createAccessService({ envAdmins: config.admins, settings, gateway, logger });
  return { settings, org, roster, worker, access };
}
type Foundation = ReturnType<typeof createFoundation>;

/** Pulses, answers, reports, digests and retention: the domain, before any surface. */
function createDomain(base: Base, { settings, org, roster, worker, access }: Foundation) {
  const { config, db, logger, clock, repos, gateway } = base;
  const digests = createDigestService({
    db,
    repo: repos.digests,
    settings,
    gateway,
    admins: () => access.adminIds(),
    departments: () => org.departments(),
    pulses: repos.pulses,
    timeZone: () =>
      settings.get().digest_schedule.timezone ?? workspaceTimeZone({ settings, people: repos.people }),
    logger,
    clock,
  });
  const pseudonym = createPseudonymizer(config.pseudonymSecret);
  const reports = createReportService({ db, settings, access, org, gateway, clock });
  const followUps = createFollowUpService({ ...base, repo: repos.followUps, access, reports, settings });
  const pulses = createPulseService({
    pulses: repos.pulses,
    deliveries: repos.deliveries,
    people: repos.people,
    answers: repos.answers,
    org,
    roster,
    settings,
    pseudonym,
    logger,
    clock,
    onEnqueued: () => worker.kick(),
    onClosed: (pulse) => {
      digests
        .afterPulseClosed(pulse.id)
        .catch((error: unknown) => logger.error('digest after close failed', error));
      followUps
        .afterPulseClosed(pulse.id)
        .catch((error: unknown) => logger.error('follow-ups after close failed', error));
    },
  });
  const themes = createThemeLexiconService({ ...base, access });
  const answers = countAnswers(
    base.metrics,
    // the answer service takes the repositories it names (answers, pulses, people, departments, deliveries)
    createAnswerService({ ...repos, pseudonym, settings, tagger: themes.tagger, clock }),
  );
  const retention = createRetentionService({ repos, settings, logger, clock });
  return { digests, pulses, answers, reports, retention, themes, followUps };
}
type Domain = ReturnType<typeof createDomain>;

/** What the listeners call (Services) and the scheduler that drives the domain on the clock. */
function createSurfaces(base: Base, foundation: Foundation, domain: Domain) {
  const { logger, clock, repos, gateway } = base;
  const { settings, org, access } = foundation;
  const { pulses, answers, reports, digests, themes, followUps } = domain;
  const notices = createAdminNotices({
    repo: repos.digests,
    gateway,
    admins: () => access.adminIds(),
    logger,
    clock,
  });
  const scheduler = createScheduler({
    ...foundation,
    ...domain,
    slots: repos.scheduleSlots,
    tellAdmins: (key, message) => notices.tell(key, message),
    logger,
    clock,
  });
  const settingsAdmin = createSettingsAdminService({
    access,
    settings,
    org,
    gateway,
    clock,
    settingsRepo: repos.settings,
    people: repos.people,
    departments: repos.departments,
    touchpoints: repos.touchpoints,
    onChanged: () => scheduler.reload(),
  });
  const services: Services = {
    commands: createCommandService({
      access,
      pulses,
      reports,
      themes,
      gateway,
      settingsModal: () => settingsAdmin.modal(),
      followUps,
    }),
    pulseUi: createPulseUiService({ pulses, answers, org, people: repos.people, settings, gateway, clock }),
    pulseClose: createPulseCloseService({
      access,
      pulses,
      reports,
      settings,
      closeDigest: (pulseId) => digests.afterPulseClosed(pulseId),
    }),
    home: createHomeService({
      access,
      answers,
      pulses,
      settings,
      gateway,
      clock,
      people: repos.people,
      deliveries: repos.deliveries,
      settingsModal: () => settingsAdmin.modal(),
      dashboard: () => reports.dashboard(),
      reportModal: () => reports.modal(),
    }),
    settingsAdmin,
    followUps,
  };
  return { scheduler, services };
}

/** The composition root: builds every repository and service over one database and one Slack gateway. */
export function createContainer(options: {
  config: Config;
  db: Db;
  logger: Logger;
  clock?: () => Date;
  worker?: Partial<WorkerOptions>;
  /** How often the health check repeats auth.test (default 60 s). */
  authCheckEveryMs?: number;
}) {
  const { config, db, logger } = options;
  const metrics = createMetrics(createOpsRepository(db));
  const gateway = createSlackGateway({
    token: config.slack.botToken,
    apiUrl: config.slack.apiUrl,
    logger,
    observe: metrics.slack.observe,
  });
  const base: Base = {
    ...options,
    metrics,
    clock: options.clock ?? (() => new Date()),
    repos: createRepositories(db),
    gateway,
  };
  const foundation = createFoundation(base);
  const domain = createDomain(base, foundation);
  const { scheduler, services } = createSurfaces(base, foundation, domain);
  return {
    db,
    repos: base.repos,
    gateway,
    metrics,
    ...foundation,
    ...domain,
    scheduler,
    services,
    health: createHealthService({
      probeDb: () => probeWritable(db),
      authTest: () => gateway.authTest(),
      logger,
      ...(options.authCheckEveryMs ? { authEveryMs: options.authCheckEveryMs } : {}),
    }),
    /** Loads the NLP model ahead of the first answer, so no submission pays for it. */
    warmUp: () => domain.themes.warmUp(),
  };
}
export type Container = ReturnType<typeof createContainer>;
