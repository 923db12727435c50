import type { App } from '@slack/bolt';
import { COMMAND } from '../../../constants/slack-ids';
import type { Services } from '../../../services';
import { cxAlignmentCommand } from './cx-alignment';

export function registerCommands(app: App, services: Services): void {
  app.command(COMMAND, cxAlignmentCommand(services));
}
