import type { IncomingMessage, Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import type { Services } from '../services';
import { toBoltLogger } from '../slack-client/bolt-logger';
import { registerListeners } from './listeners';

export const EVENTS_PATH = '/slack/events';

/** Slack's replay window: a request stamped more than 5 minutes from our clock is refused. */
const REPLAY_WINDOW_SECONDS = 5 * 60;

/**
 * Bolt refuses a stale timestamp but not one from the future, so a request signed ahead of time
 * (or by a clock far ahead) would stay replayable for as long as it is ahead. True for a request
 * to refuse with 401.
 */
function stampedInTheFuture(req: IncomingMessage, nowMs = Date.now()): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const stamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(stamp) && stamp > Math.floor(nowMs / 1000) + REPLAY_WINDOW_SECONDS;
}

export type SlackApp = {
  app: App;
  /** Starts listening; in HTTP mode resolves with the bound port (use port 0 for a free one). */
  start(): Promise<{ mode: 'socket' | 'http'; port?: number }>;
  stop(): Promise<void>;
};

/**
 * The Bolt app: Socket Mode when an app token is configured, else the HTTP receiver at
 * /slack/events (signature and replay window checked by Bolt) with a /healthz route.
 */
export function createSlackApp(config: Config, deps: { logger: Logger; services: Services }): SlackApp {
  const logger = toBoltLogger(deps.logger);
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    // Interactive calls (views.open) have a 3-second trigger: retry briefly, never for long.
    retryConfig: { retries: 2, factor: 1.5, minTimeout: 100, maxTimeout: 1000 },
    timeout: 10_000,
  };

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (config.slack.mode === 'socket' && config.slack.appToken) {
    receiver = new SocketModeReceiver({
      appToken: config.slack.appToken,
      logger,
      // Bolt hands the Socket Mode client only installerOptions.clientOptions: a top-level
      // clientOptions is ignored, and apps.connections.open (with the app token) went to slack.com
      ...(config.slack.apiUrl
        ? { installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl } } }
        : {}),
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret ?? '',
      endpoints: EVENTS_PATH,
      logger,
      processBeforeResponse: false,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{"ok":true}');
          },
        },
      ],
    });
    const listener = receiver.requestListener;
    receiver.requestListener = (req, res) => {
      if (stampedInTheFuture(req)) {
        logger.warn('Refused a request whose x-slack-request-timestamp is more than 5 minutes ahead');
        res.writeHead(401);
        res.end();
        return;
      }
      listener(req, res);
    };
  }

  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger,
    // without it Bolt resets the logger to info, whatever LOG_LEVEL says
    logLevel: logger.getLevel(),
    clientOptions,
    deferInitialization: true,
  });
  registerListeners(app, deps.services);
  app.error(async (error) => {
    logger.error('unhandled listener error', error);
  });

  return {
    app,
    async start() {
      // auth.test runs here, awaited, so a bad token stops the start with a clear message
      try {
        await app.init();
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        throw new Error(
          code
            ? `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token again from "OAuth & Permissions", and reinstall the app if you changed its scopes.`
            : `Slack could not be reached to check SLACK_BOT_TOKEN (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
      if (receiver instanceof HTTPReceiver) {
        let server: Server;
        try {
          server = (await receiver.start(config.port)) as Server;
        } catch (error) {
          const code = (error as { code?: string }).code;
          throw new Error(
            code === 'EADDRINUSE'
              ? `PORT ${config.port} is already in use: stop whatever listens there, or set PORT to a free port.`
              : code === 'EACCES'
                ? `PORT ${config.port} needs more privileges than this process has: use a port above 1023.`
                : `the HTTP receiver could not listen on PORT ${config.port} (${error instanceof Error ? error.message : String(error)}).`,
          );
        }
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        return { mode: 'http', port };
      }
      try {
        await app.start();
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        throw new Error(
          code
            ? `Slack refused SLACK_APP_TOKEN (${code}). Make an App-Level Token with the connections:write scope under "Basic Information → App-Level Tokens", and check that Socket Mode is on.`
            : `Socket Mode could not connect to Slack (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
      return { mode: 'socket' };
    },
    async stop() {
      await app.stop();
    },
  };
}
