import { measureFollowUp } from '../../analytics/follow-ups/outcome';
import type { ReportModel } from '../../analytics/report/index';
import { outcomeLine, outcomeWords } from '../../render/follow-ups/outcome-line';
import type { FollowUpDeps } from './deps';

/** Who the audit names for a change the app made itself. */
export const SYSTEM_ACTOR = 'cx-align';

/**
 * After a pulse closes: every follow-up opened on an earlier pulse about a touchpoint this pulse
 * rated gets its before → after, judged by the divergence rule. It becomes resolved only when the
 * gap is gone; a side under the threshold is "not enough answers to measure" and stays as it was.
 * The owner hears the outcome by DM. Returns how many follow-ups were measured.
 */
export async function measureAfterClose(
  deps: FollowUpDeps,
  pulseId: number,
  model: ReportModel | null,
): Promise<number> {
  if (model === null) return 0;
  let measured = 0;
  for (const touchpoint of model.touchpoints) {
    for (const row of deps.repo.unresolvedOn('touchpoint', String(touchpoint.id))) {
      if (row.pulseId >= pulseId) continue;
      const outcome = measureFollowUp(row, model);
      const resolved = outcome.kind === 'measured' && outcome.closed;
      deps.repo.update(row.id, { outcome, ...(resolved ? { status: 'resolved' } : {}) }, deps.clock(), {
        actor: SYSTEM_ACTOR,
        what: `measured after pulse #${pulseId}: ${outcomeWords(outcome)}${resolved ? ' (resolved)' : ''}`,
      });
      measured += 1;
      await deps.gateway
        .postMessage({
          channel: row.ownerId,
          text: `:bar_chart: Follow-up #${row.id} after pulse #${pulseId}: ${outcomeLine(row, outcome)}${resolved ? '. It is resolved.' : '.'}`,
        })
        .catch((error: unknown) => deps.logger.warn(`follow-up ${row.id}: outcome DM failed`, error));
    }
  }
  return measured;
}
