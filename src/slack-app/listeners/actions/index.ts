import type { App } from '@slack/bolt';
import { ACTIONS, FOLLOW_UP_ACTIONS, PULSE_CLOSE_ACTIONS } from '../../../constants/slack-ids';
import type { Services } from '../../../services';
import { followUpButton } from './follow-up-button';
import {
  deleteDataButton,
  openReportButton,
  openSettingsButton,
  optInButton,
  optOutButton,
} from './home-buttons';
import { answerPulseButton, notNowButton } from './pulse-buttons';
import { closePulseNowButton, keepPulseOpenButton } from './pulse-close-buttons';

export function registerActions(app: App, services: Services): void {
  app.action(ACTIONS.answerPulse, answerPulseButton(services));
  app.action(ACTIONS.homeAnswerPulse, answerPulseButton(services));
  app.action(ACTIONS.notNow, notNowButton(services));
  app.action(ACTIONS.homeDeleteData, deleteDataButton(services));
  app.action(ACTIONS.homeOptOut, optOutButton(services));
  app.action(ACTIONS.homeOptIn, optInButton(services));
  app.action(ACTIONS.homeOpenSettings, openSettingsButton(services));
  app.action(ACTIONS.homeOpenReport, openReportButton(services));
  app.action(PULSE_CLOSE_ACTIONS.closeNow, closePulseNowButton(services));
  app.action(PULSE_CLOSE_ACTIONS.keepOpen, keepPulseOpenButton(services));
  // one button per divergence in a report, numbered: `cx_follow_up_open_0`, `_1`, …
  app.action(new RegExp(`^${FOLLOW_UP_ACTIONS.open}_\\d+$`), followUpButton(services));
}
