import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { GENERIC_FAILURE } from '../../../errors';
import { escapeMrkdwn } from '../../../render/escape';
import { renderNoticeModal } from '../../../render/pulse-modal';
import type { Services } from '../../../services';
import { viewSubmissionSchema } from '../../parse/interaction';
import { parseSettingsSubmission } from '../../parse/settings-submission';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The settings modal's submission: the service says who may; invalid values come back inline and change nothing. */
export function settingsSubmission(services: Services) {
  return async ({ ack, body, logger }: Args): Promise<void> => {
    const payload = viewSubmissionSchema.safeParse(body);
    const form = payload.success ? parseSettingsSubmission(payload.data.view.state.values) : null;
    if (!payload.success || !form) {
      await ack({
        response_action: 'update',
        view: renderNoticeModal(
          'Sorry',
          'These settings could not be read; nothing was changed. Please open settings again.',
        ),
      });
      return;
    }
    try {
      const result = await services.settingsAdmin.apply(payload.data.user.id, form);
      if (!result.ok && 'denied' in result) {
        await ack({ response_action: 'update', view: renderNoticeModal('Admins only', result.denied) });
        return;
      }
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: result.errors });
        return;
      }
      const what =
        result.changed.length === 0
          ? 'Nothing had changed.'
          : `Saved: ${result.changed.map((k) => escapeMrkdwn(k.replace(/_/g, ' '))).join(', ')}.`;
      await ack({
        response_action: 'update',
        view: renderNoticeModal('Settings saved', `:white_check_mark: ${what}`),
      });
    } catch (error) {
      logger.error('saving settings failed', error);
      await ack({
        response_action: 'update',
        view: renderNoticeModal('Sorry', `${GENERIC_FAILURE} Nothing was changed.`),
      });
    }
  };
}
