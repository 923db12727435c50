import type { App } from '@slack/bolt';
import type { Services } from '../../../services';
import { COMMAND } from '../../ids';
import { cxAlignmentCommand } from './cx-alignment';

export function registerCommands(app: App, services: Services): void {
  app.command(COMMAND, cxAlignmentCommand(services));
}
