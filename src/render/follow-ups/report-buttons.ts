/** The "Follow up" buttons under a report's divergences: one per divergence listed, in one actions block. */
import type { ActionsBlock } from '@slack/types';
import type { ReportModel } from '../../analytics/report/index';
import { FOLLOW_UP_ACTIONS } from '../../constants/slack-ids';
import { truncate } from '../escape';
import { plain } from '../report-format';
import { LIMITS } from '../slack-report/blocks';

/** What a "Follow up" button carries: the pulse and the touchpoint, as `pulseId:touchpointId`. */
export const followUpValue = (pulseId: number, touchpointId: number): string => `${pulseId}:${touchpointId}`;

/**
 * Buttons for the first `max` significant divergences of a one-pulse model (a window of several
 * pulses is not one divergence to follow up), or null when there is none.
 */
export function followUpButtons(model: ReportModel, max: number): ActionsBlock | null {
  const pulseId = model.window.pulseIds.length === 1 ? model.window.pulseIds[0] : undefined;
  if (pulseId === undefined) return null;
  const list = model.divergences.filter((d) => d.significant).slice(0, max);
  if (list.length === 0) return null;
  return {
    type: 'actions',
    block_id: 'follow_up_buttons',
    elements: list.map((d, i) => ({
      type: 'button',
      action_id: `${FOLLOW_UP_ACTIONS.open}_${i}`,
      text: {
        type: 'plain_text',
        text: truncate(`Follow up: ${plain(d.touchpoint)}`, LIMITS.buttonText),
        emoji: true,
      },
      value: followUpValue(pulseId, d.touchpointId),
    })),
  };
}
