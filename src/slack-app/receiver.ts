import type { IncomingMessage } from 'node:http';
import { type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config/load-config';
import { type OpsEndpoints, serveHealth, serveMetrics } from './ops-routes';
import { createReplayGuard, type ReplayGuard } from './replay-guard';

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

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** True for a signed request whose timestamp and signature were seen in the replay window. */
function replayed(req: IncomingMessage, guard: ReplayGuard): boolean {
  const timestamp = header(req, 'x-slack-request-timestamp');
  const signature = header(req, 'x-slack-signature');
  if (timestamp === undefined || signature === undefined) return false; // Bolt refuses it
  return !guard.firstTime(timestamp, signature);
}

/** Socket Mode with the app token; the stand-in's URL is passed where Bolt reads it. */
function socketModeReceiver(config: Config, appToken: string, logger: BoltLogger): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken,
    logger,
    // Bolt hands the Socket Mode client only installerOptions.clientOptions: a top-level
    // clientOptions is ignored, and apps.connections.open (with the app token) went to slack.com
    ...(config.slack.apiUrl
      ? { installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl } } }
      : {}),
  });
}

/**
 * The HTTP receiver at /slack/events with /healthz and /metrics, refusing requests stamped in the
 * future, and answering a replayed request (see `replay-guard.ts`) with 200 and nothing done.
 */
function httpReceiver(config: Config, logger: BoltLogger, ops?: OpsEndpoints): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret ?? '',
    endpoints: EVENTS_PATH,
    logger,
    processBeforeResponse: false,
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => serveHealth(ops, res),
      },
      { path: '/metrics', method: ['GET'], handler: (_req, res) => serveMetrics(ops, res) },
    ],
  });
  const listener = receiver.requestListener;
  const guard = createReplayGuard();
  receiver.requestListener = (req, res) => {
    if (stampedInTheFuture(req)) {
      logger.warn('Refused a request whose x-slack-request-timestamp is more than 5 minutes ahead');
      res.writeHead(401);
      res.end();
      return;
    }
    if (req.method === 'POST' && replayed(req, guard)) {
      logger.warn(
        'Answered a replayed request (its timestamp and signature seen already) with 200, doing nothing',
      );
      res.writeHead(200);
      res.end();
      return;
    }
    listener(req, res);
  };
  return receiver;
}

/** Socket Mode when an app token is configured, else the HTTP receiver. */
export function createReceiver(
  config: Config,
  logger: BoltLogger,
  ops?: OpsEndpoints,
): HTTPReceiver | SocketModeReceiver {
  return config.slack.mode === 'socket' && config.slack.appToken
    ? socketModeReceiver(config, config.slack.appToken, logger)
    : httpReceiver(config, logger, ops);
}
