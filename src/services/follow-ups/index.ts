/**
 * Follow-ups: a leader turns a divergence into an owner, a next step and a due date; the owner is
 * told, the departments see it, every change is audited, and the next pulse measures the gap again.
 */

import type { Db } from '../../db/open-db';
import type { FollowUpRow } from '../../db/repositories/follow-up-repository';
import { renderFollowUpList } from '../../render/follow-ups/list';
import { loadReport } from '../report-loader';
import type { ReportService } from '../report-service';
import type { SettingsService } from '../settings-service';
import { announceFollowUp } from './announce';
import { type FollowUpDeps, requireLeader, type Target } from './deps';
import type { FollowUpSubmission } from './inputs';
import { measureAfterClose } from './measure';
import { openFollowUpModal } from './open-modal';
import { saveFollowUp } from './save';

export type { FollowUpDeps, Target } from './deps';
export type { FollowUpSubmission, SaveResult } from './inputs';

/** What the composition root hands over: the report service gives both report models. */
export type FollowUpWiring = Omit<FollowUpDeps, 'latest' | 'pulseModel'> & {
  db: Db;
  reports: Pick<ReportService, 'latest'>;
  settings: Pick<SettingsService, 'get'>;
};

export function createFollowUpService(wiring: FollowUpWiring) {
  const deps: FollowUpDeps = {
    ...wiring,
    latest: wiring.reports.latest,
    pulseModel: (pulseId) => loadReport(wiring.db, { pulseId }, wiring.settings.get().anonymity_threshold),
  };
  const inFlight = new Set<Promise<void>>();
  /** Follow-ups being announced now: a retry arriving meanwhile does not post a second time. */
  const announcing = new Set<number>();

  /** Announces in the background; a failure is logged (the follow-up stays unannounced, so a replay retries). */
  function announce(row: FollowUpRow): void {
    if (announcing.has(row.id)) return;
    announcing.add(row.id);
    const run = announceFollowUp(deps, row)
      .catch((error: unknown) => deps.logger.error(`announcing follow-up ${row.id} failed`, error))
      .finally(() => {
        announcing.delete(row.id);
        inFlight.delete(run);
      });
    inFlight.add(run);
  }

  return {
    openModal: (userId: string, triggerId: string, target: Target) =>
      openFollowUpModal(deps, userId, triggerId, target),
    save: (userId: string, submission: FollowUpSubmission) =>
      saveFollowUp(deps, userId, submission, announce),
    /** `/cx-alignment followups`: every follow-up, overdue first, for leaders. */
    async list(userId: string) {
      await requireLeader(deps, userId);
      return renderFollowUpList(deps.repo.all(), deps.clock().toISOString().slice(0, 10));
    },
    /** After a pulse closes: before → after for the follow-ups on the touchpoints it asked. */
    afterPulseClosed: (pulseId: number) => measureAfterClose(deps, pulseId, deps.pulseModel(pulseId)),
    /** Resolves when every announcement started so far has finished (for shutdown and tests). */
    async settled(): Promise<void> {
      await Promise.all([...inFlight]);
    },
  };
}
export type FollowUpService = ReturnType<typeof createFollowUpService>;
