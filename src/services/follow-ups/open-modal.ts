import { renderFollowUpModal } from '../../render/follow-ups/modal';
import { type FollowUpDeps, findDivergence, requireLeader, type Target } from './deps';

/** How far ahead the due date is offered. */
const DEFAULT_DUE_DAYS = 14;

/** "Follow up" pressed: a leader gets the modal for that divergence; anyone else a polite refusal. */
export async function openFollowUpModal(
  deps: FollowUpDeps,
  userId: string,
  triggerId: string,
  target: Target,
): Promise<void> {
  await requireLeader(deps, userId);
  const { model, divergence } = findDivergence(deps, target);
  const due = new Date(deps.clock().getTime() + DEFAULT_DUE_DAYS * 86_400_000);
  await deps.gateway.openView(
    triggerId,
    renderFollowUpModal({
      privateMetadata: JSON.stringify(target),
      subjectName: divergence.touchpoint,
      high: divergence.high,
      low: divergence.low,
      gap: divergence.gap,
      departments: model.departments.map((d) => ({ id: d.id, name: d.name })),
      initialDueDate: due.toISOString().slice(0, 10),
    }),
  );
}
