import type { AnswerRepository } from '../db/repositories/answer-repository';
import type { Logger } from '../logging/logger';
import type { SettingsService } from './settings-service';

/** Deletes answers older than the retention setting (months); nothing when it is unset. */
export function createRetentionService(deps: {
  answers: AnswerRepository;
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
      const deleted = deps.answers.deleteOlderThan(cutoff);
      if (deleted > 0) deps.logger.info(`retention: deleted ${deleted} answers older than ${months} months`);
      return deleted;
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
