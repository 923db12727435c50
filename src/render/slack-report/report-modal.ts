/**
 * The full report in a modal, for App Home's "Open the full report" button: the report message's
 * blocks in a view (a modal holds up to 100 blocks; the message keeps to 50).
 */
import type { ModalView } from '@slack/types';
import type { OpenPulseLine, ReportModel } from '../../analytics/report/index';
import { capBlocks, LIMITS } from './blocks';
import { renderReportMessage } from './report-message';

/** The modal's title (Slack allows 24 characters). */
export const REPORT_MODAL_TITLE = 'Alignment report';

/**
 * The report modal (the latest closed pulse, and the line of a pulse still open). It has no callback id: it only shows, it is never submitted (src/constants/slack-ids.ts
 * has no id for it, and this module does not own that file).
 */
export function renderReportModal(
  model: ReportModel | null | undefined,
  open?: OpenPulseLine | null,
): ModalView {
  const { blocks } = renderReportMessage(model, { open: open ?? null });
  // The header repeats the modal's title, so the modal starts with the window line instead.
  const body = blocks[0]?.type === 'header' ? blocks.slice(1) : blocks;
  return {
    type: 'modal',
    title: { type: 'plain_text', text: REPORT_MODAL_TITLE.slice(0, LIMITS.modalTitle), emoji: true },
    close: { type: 'plain_text', text: 'Close', emoji: true },
    blocks: capBlocks(body, LIMITS.viewBlocks),
  };
}
