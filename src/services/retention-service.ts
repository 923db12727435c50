import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { PulseRepository } from '../db/repositories/pulse-repository';
import type { Logger } from '../logging/logger';
import type { SettingsService } from './settings-service';

/**
 * Retention by whole pulses: a pulse closed longer ago than the retention setting (months) loses
 * all its answers at once, so no report before and after a purge gives back part of a pulse. Its
 * frozen results stay, so its figures do not move. Open pulses are never purged; nothing is when
 * the setting is unset.
 */
export function createRetentionService(deps: {
  repos: { answers: Pick<AnswerRepository, 'deleteOfPulses'>; pulses: Pick<PulseRepository, 'closedBefore'> };
  settings: SettingsService;
  logger: Logger;
  clock: () => Date;
}) {
  return {
    run(): number {
      const months = deps.settings.get().retention_months;
      if (months === null) return 0;
      const cutoff = new Date(deps.clock());
      cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
      const purged = deps.repos.pulses.closedBefore(cutoff);
      const deleted = deps.repos.answers.deleteOfPulses(purged);
      if (deleted > 0)
        deps.logger.info(
          `retention: deleted the ${deleted} answers of ${purged.length} pulses closed more than ${months} months ago`,
        );
      return deleted;
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
