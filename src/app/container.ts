import { createThemeTagger, type ThemeTagger } from '../analytics/themes';
import type { Config } from '../config/load-config';
import type { Db } from '../db/open-db';
import { createAnswerRepository } from '../db/repositories/answer-repository';
import { createDeliveryRepository } from '../db/repositories/delivery-repository';
import { createDepartmentRepository } from '../db/repositories/department-repository';
import { createDigestRepository } from '../db/repositories/digest-repository';
import { createPeopleRepository } from '../db/repositories/people-repository';
import { createPulseRepository } from '../db/repositories/pulse-repository';
import { createSettingsRepository } from '../db/repositories/settings-repository';
import { createTouchpointRepository } from '../db/repositories/touchpoint-repository';
import type { Logger } from '../logging/logger';
import { createScheduler } from '../scheduler/scheduler';
import type { Services } from '../services';
import { createAccessService } from '../services/access-service';
import { createAnswerService } from '../services/answer-service';
import { createCommandService } from '../services/command-service';
import { createDeliveryWorker, type WorkerOptions } from '../services/delivery-worker';
import { createDigestService, type DigestService } from '../services/digests';
import { createHomeService } from '../services/home-service';
import { createOrgService } from '../services/org-service';
import { createPseudonymizer } from '../services/pseudonym';
import { createPulseService } from '../services/pulse-service';
import { createPulseUiService } from '../services/pulse-ui-service';
import { createReportService } from '../services/report-service';
import { createRetentionService } from '../services/retention-service';
import { createRosterService } from '../services/roster-service';
import { createSettingsAdminService } from '../services/settings-admin-service';
import { createSettingsService } from '../services/settings-service';
import { createSlackGateway } from '../slack-client/gateway';

/** Builds every repository and service over one database and one Slack gateway. */
export function createContainer(options: {
  config: Config;
  db: Db;
  logger: Logger;
  clock?: () => Date;
  worker?: Partial<WorkerOptions>;
}) {
  const { config, db, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const repos = {
    settings: createSettingsRepository(db),
    departments: createDepartmentRepository(db),
    touchpoints: createTouchpointRepository(db),
    people: createPeopleRepository(db),
    pulses: createPulseRepository(db),
    deliveries: createDeliveryRepository(db),
    answers: createAnswerRepository(db),
    digests: createDigestRepository(db),
  };
  const gateway = createSlackGateway({
    token: config.slack.botToken,
    apiUrl: config.slack.apiUrl,
    logger,
  });
  const settings = createSettingsService({ repo: repos.settings, logger, clock });
  const pseudonym = createPseudonymizer(config.pseudonymSecret);
  const org = createOrgService({ departments: repos.departments, touchpoints: repos.touchpoints });
  const roster = createRosterService({
    gateway,
    people: repos.people,
    departments: repos.departments,
    settings,
    logger,
    clock,
  });
  let tagger: ThemeTagger | undefined;
  const getTagger = () => {
    tagger ??= createThemeTagger();
    return tagger;
  };
  const worker = createDeliveryWorker({
    deliveries: repos.deliveries,
    pulses: repos.pulses,
    people: repos.people,
    gateway,
    logger,
    clock,
    threshold: () => settings.get().anonymity_threshold,
    ...(options.worker ? { options: options.worker } : {}),
  });
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
      digest
        ?.afterPulseClosed(pulse.id)
        .catch((error: unknown) => logger.error('digest after close failed', error));
    },
  });
  let digest: DigestService | undefined;
  const answers = createAnswerService({
    answers: repos.answers,
    pulses: repos.pulses,
    people: repos.people,
    departments: repos.departments,
    pseudonym,
    tagger: getTagger,
    clock,
  });
  const access = createAccessService({ envAdmins: config.admins, settings, gateway, logger });
  digest = createDigestService({
    db,
    repo: repos.digests,
    settings,
    gateway,
    admins: () => access.adminIds(),
    departments: () => org.departments(),
    pulses: repos.pulses,
    timeZone: () => settings.get().digest_schedule.timezone ?? pulses.workspaceTimeZone(),
    logger,
    clock,
  });
  const digests = digest;
  const reports = createReportService({ db, settings, access, org, gateway, clock });
  const retention = createRetentionService({ answers: repos.answers, settings, logger, clock });
  const scheduler = createScheduler({
    settings,
    pulses,
    logger,
    clock,
    extraJobs: () => {
      const s = settings.get();
      return [
        { name: 'digest-resume', cron: '*/5 * * * *', timezone: 'UTC', run: () => digests.resume() },
        { name: 'retention', cron: '17 3 * * *', timezone: 'UTC', run: () => void retention.run() },
        ...(s.digest_schedule.enabled
          ? [
              {
                name: 'digest',
                cron: s.digest_schedule.cron,
                timezone: s.digest_schedule.timezone ?? pulses.workspaceTimeZone(),
                run: (slot: Date) => digests.runWeekly(slot),
              },
            ]
          : []),
      ];
    },
  });
  const pulseUi = createPulseUiService({
    pulses,
    answers,
    org,
    people: repos.people,
    settings,
    gateway,
    clock,
  });
  const settingsAdmin = createSettingsAdminService({
    settings,
    settingsRepo: repos.settings,
    org,
    departments: repos.departments,
    touchpoints: repos.touchpoints,
    gateway,
    clock,
    onChanged: () => scheduler.reload(),
  });
  const home = createHomeService({
    access,
    answers,
    pulses,
    people: repos.people,
    deliveries: repos.deliveries,
    settings,
    gateway,
    clock,
    settingsModal: () => settingsAdmin.modal(),
    dashboard: () => reports.dashboard(),
    reportModal: () => reports.modal(),
  });
  const services: Services = {
    commands: createCommandService({
      access,
      pulses,
      reports,
      gateway,
      settingsModal: () => settingsAdmin.modal(),
    }),
    pulseUi,
    home,
    settingsAdmin: { ...settingsAdmin, isAdmin: (userId: string) => access.isAdmin(userId) },
  };

  return {
    db,
    repos,
    gateway,
    settings,
    org,
    pulses,
    answers,
    access,
    worker,
    scheduler,
    services,
    reports,
    digests,
    retention,
    /** Loads the NLP model ahead of the first answer, so no submission pays for it. */
    warmUp(): void {
      getTagger().tag('warm up');
    },
  };
}
export type Container = ReturnType<typeof createContainer>;
