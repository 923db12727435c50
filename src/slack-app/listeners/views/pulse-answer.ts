import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { GENERIC_FAILURE } from '../../../errors';
import { renderNoticeModal } from '../../../render/pulse-modal';
import type { Services } from '../../../services';
import { viewSubmissionSchema } from '../../parse/interaction';
import { parsePulseSubmission, pulseMetadataSchema } from '../../parse/pulse-submission';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The pulse modal's submission: parsed with zod, checked and stored by the service, answered in
 * the ack itself (inline errors, or a thank-you view): well inside 3 seconds, never a failure dialog.
 */
export function pulseAnswerSubmission(services: Services) {
  return async ({ ack, body, logger }: Args): Promise<void> => {
    const payload = viewSubmissionSchema.safeParse(body);
    const meta = payload.success ? pulseMetadataSchema.safeParse(payload.data.view.private_metadata) : null;
    const submission = payload.success ? parsePulseSubmission(payload.data.view.state.values) : null;
    if (!payload.success || !meta?.success || !submission) {
      await ack({
        response_action: 'update',
        view: renderNoticeModal(
          'Sorry',
          'This form could not be read. Please close it and open the pulse again from the DM.',
        ),
      });
      return;
    }
    try {
      await ack(services.pulseUi.submit(payload.data.user.id, meta.data.pulseId, submission));
    } catch (error) {
      logger.error('storing a pulse answer failed', error);
      await ack({ response_action: 'update', view: renderNoticeModal('Sorry', GENERIC_FAILURE) });
    }
  };
}
