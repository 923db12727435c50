import type { App } from '@slack/bolt';
import type { Services } from '../../services';
import { acksOnce, ackUnhandled } from './ack-unhandled';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import { registerViews } from './views';

/** Wires every listener group to its callbacks. Listeners only parse, ack and call a service. */
export function registerListeners(app: App, services: Services): void {
  acksOnce(app);
  app.use(ackUnhandled);
  registerCommands(app, services);
  registerActions(app, services);
  registerViews(app, services);
  registerEvents(app, services);
}
