import type { App } from '@slack/bolt';
import { VIEWS } from '../../../constants/slack-ids';
import type { Services } from '../../../services';
import { pulseAnswerSubmission } from './pulse-answer';
import { settingsSubmission } from './settings';

export function registerViews(app: App, services: Services): void {
  app.view(VIEWS.pulseAnswer, pulseAnswerSubmission(services));
  app.view(VIEWS.settings, settingsSubmission(services));
}
