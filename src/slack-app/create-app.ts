import type { Server } from 'node:http';
import { App, HTTPReceiver, type SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import type { Services } from '../services';
import { toBoltLogger } from '../slack-client/bolt-logger';
import { createWorkTracker, type WorkTracker } from '../util/work-tracker';
import { registerListeners } from './listeners';
import { type OpsEndpoints, startOpsServer } from './ops-routes';
import { createReceiver } from './receiver';
import { appTokenError, botTokenError, portError } from './start-errors';

export type SlackApp = {
  app: App;
  /**
   * Starts listening; resolves with the bound port (use port 0 for a free one): in HTTP mode the
   * receiver's, in Socket Mode that of /healthz and /metrics when PORT is set.
   */
  start(): Promise<{ mode: 'socket' | 'http'; port?: number }>;
  stop(): Promise<void>;
};

/** Told how long each request took from reaching the app to its ack (for metrics). */
export type AckObserver = (
  surface: 'command' | 'action' | 'view' | 'event' | 'other',
  seconds: number,
) => void;

function surfaceOf(body: Record<string, unknown>): Parameters<AckObserver>[0] {
  if (typeof body.command === 'string') return 'command';
  if (body.type === 'block_actions') return 'action';
  if (body.type === 'view_submission' || body.type === 'view_closed') return 'view';
  return body.type === 'event_callback' ? 'event' : 'other';
}

/** Wraps each receiver event's ack, the one place every surface passes in either receiver. */
function timeAcks(app: App, onAck: AckObserver): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    const started = performance.now();
    const surface = surfaceOf(event.body);
    let timed = false;
    return processEvent({
      ...event,
      ack: (response) => {
        if (!timed) onAck(surface, (performance.now() - started) / 1000);
        timed = true;
        return event.ack(response);
      },
    });
  };
}

/** Counts each request from its arrival until its listeners have finished, after the ack too. */
function trackHandlers(app: App): WorkTracker {
  const handlers = createWorkTracker();
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => handlers.track(processEvent(event));
  return handlers;
}

/** The Web API client options of the listeners' client (views.open has a 3-second trigger). */
function clientOptions(config: Config) {
  return {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    // Interactive calls (views.open) have a 3-second trigger: retry briefly, never for long.
    retryConfig: { retries: 2, factor: 1.5, minTimeout: 100, maxTimeout: 1000 },
    timeout: 10_000,
  };
}

/** Checks the token, then listens: HTTP resolves with the bound port, Socket Mode connects. */
async function startApp(
  app: App,
  receiver: HTTPReceiver | SocketModeReceiver,
  port: number,
): Promise<{ mode: 'socket' | 'http'; port?: number }> {
  // auth.test runs here, awaited, so a bad token stops the start with a clear message
  try {
    await app.init();
  } catch (error) {
    throw botTokenError(error);
  }
  if (receiver instanceof HTTPReceiver) {
    let server: Server;
    try {
      server = (await receiver.start(port)) as Server;
    } catch (error) {
      throw portError(error, port);
    }
    const address = server.address();
    return { mode: 'http', port: typeof address === 'object' && address ? address.port : port };
  }
  try {
    await app.start();
  } catch (error) {
    throw appTokenError(error);
  }
  return { mode: 'socket' };
}

/**
 * The Bolt app: Socket Mode when an app token is configured, else the HTTP receiver at
 * /slack/events (signature and replay window checked by Bolt) with /healthz and /metrics (in
 * Socket Mode those two on PORT when it is set, see ops-routes).
 */
export function createSlackApp(
  config: Config,
  deps: { logger: Logger; services: Services; ops?: OpsEndpoints; onAck?: AckObserver },
): SlackApp {
  const logger = toBoltLogger(deps.logger);
  const receiver = createReceiver(config, logger, deps.ops);
  let opsServer: Server | undefined;
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger,
    // without it Bolt resets the logger to info, whatever LOG_LEVEL says
    logLevel: logger.getLevel(),
    clientOptions: clientOptions(config),
    deferInitialization: true,
  });
  if (deps.onAck) timeAcks(app, deps.onAck);
  const handlers = trackHandlers(app);
  registerListeners(app, deps.services);
  app.error(async (error) => {
    logger.error('unhandled listener error', error);
  });

  return {
    app,
    async start() {
      const started = await startApp(app, receiver, config.port);
      // Socket Mode: /healthz and /metrics on PORT when it is set
      if (started.mode === 'socket' && deps.ops && config.opsPort !== undefined)
        opsServer = await startOpsServer(config.opsPort, deps.ops).catch((error: unknown) => {
          throw portError(error, config.opsPort ?? 0);
        });
      const address = opsServer?.address();
      return typeof address === 'object' && address ? { ...started, port: address.port } : started;
    },
    async stop() {
      opsServer?.close();
      opsServer?.closeAllConnections();
      await app.stop();
      // a listener goes on after its ack (a leader's report over response_url): let it finish
      await handlers.idle();
    },
  };
}
