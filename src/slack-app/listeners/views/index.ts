import type { App } from '@slack/bolt';
import { FOLLOW_UP_VIEW, VIEWS } from '../../../constants/slack-ids';
import type { Services } from '../../../services';
import { followUpSubmission } from './follow-up';
import { pulseAnswerSubmission } from './pulse-answer';
import { settingsSubmission } from './settings';

export function registerViews(app: App, services: Services): void {
  app.view(VIEWS.pulseAnswer, pulseAnswerSubmission(services));
  app.view(VIEWS.settings, settingsSubmission(services));
  app.view(FOLLOW_UP_VIEW, followUpSubmission(services));
}
