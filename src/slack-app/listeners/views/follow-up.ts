import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { UserError, userMessageFor } from '../../../errors';
import { renderNoticeModal } from '../../../render/pulse-modal';
import type { Services } from '../../../services';
import { parseFollowUpSubmission } from '../../parse/follow-up-submission';
import { viewSubmissionSchema } from '../../parse/interaction';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The "Follow up" modal's submission: saved once per modal; bad values come back inline and save nothing. */
export function followUpSubmission(services: Services) {
  return async ({ ack, body, logger }: Args): Promise<void> => {
    const payload = viewSubmissionSchema.safeParse(body);
    const form = payload.success ? parseFollowUpSubmission(payload.data.view) : null;
    if (!payload.success || !form) {
      await ack({
        response_action: 'update',
        view: renderNoticeModal(
          'Sorry',
          'This follow-up could not be read; nothing was saved. Please try again.',
        ),
      });
      return;
    }
    try {
      const result = await services.followUps.save(payload.data.user.id, form);
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: result.errors });
        return;
      }
      await ack({ response_action: 'update', view: renderNoticeModal('Follow-up saved', result.message) });
    } catch (error) {
      if (!(error instanceof UserError)) logger.error('saving a follow-up failed', error);
      await ack({ response_action: 'update', view: renderNoticeModal('Not saved', userMessageFor(error)) });
    }
  };
}
