import type { ReportModel, TouchpointDivergence } from '../../analytics/report/index';
import type { FollowUpRepository } from '../../db/repositories/follow-up-repository';
import { UserError } from '../../errors';
import type { Logger } from '../../logging/logger';
import type { SlackGateway } from '../../slack-client/gateway';
import type { AccessService } from '../access-service';

/** What the follow-up service needs. */
export interface FollowUpDeps {
  repo: FollowUpRepository;
  access: Pick<AccessService, 'isLeader' | 'isAdmin'>;
  /** The latest closed pulse's report model (what the leader's report showed). */
  latest: () => ReportModel | null;
  /** One closed pulse's report model. */
  pulseModel: (pulseId: number) => ReportModel | null;
  gateway: Pick<SlackGateway, 'openView' | 'postMessage'>;
  logger: Logger;
  clock: () => Date;
}

/** The divergence a button or modal is about. */
export type Target = { pulseId: number; touchpointId: number };

export const LEADERS_ONLY = new UserError(
  'Follow-ups are for CX Align leaders.',
  'Ask a leader or an admin to follow this divergence up; `/cx-alignment help` says what you can do.',
);

/** Refuses a person who is not a leader (admins are leaders), politely. */
export async function requireLeader(deps: FollowUpDeps, userId: string): Promise<void> {
  if (!(await deps.access.isLeader(userId))) throw LEADERS_ONLY;
}

/** The significant divergence of the latest closed pulse on that touchpoint, or a friendly error. */
export function findDivergence(
  deps: Pick<FollowUpDeps, 'latest'>,
  target: Target,
): { model: ReportModel; divergence: TouchpointDivergence } {
  const model = deps.latest();
  const divergence = model?.divergences.find((d) => d.touchpointId === target.touchpointId && d.significant);
  if (!model || !divergence || model.window.pulseIds.join() !== String(target.pulseId))
    throw new UserError(
      'That divergence is no longer in the latest report, so nothing was saved.',
      'Run `/cx-alignment` again and follow up from the report as it is now.',
    );
  return { model, divergence };
}
