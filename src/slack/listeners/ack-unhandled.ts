import { type AllMiddlewareArgs, type AnyMiddlewareArgs, ReceiverMultipleAckError } from '@slack/bolt';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;

/** Acks the request empty unless a listener already did (then the second ack fails, as expected). */
async function ackIfUnanswered(args: Args): Promise<void> {
  if (!('ack' in args) || typeof args.ack !== 'function') return; // events are acked by Bolt
  try {
    await args.ack();
    // debug, not warn: in Socket Mode a second ack is a silent no-op, so this line runs every time
    args.logger.debug(`acknowledged a ${args.body.type} interaction if no listener had`);
  } catch (error) {
    if (!(error instanceof ReceiverMultipleAckError)) args.logger.warn('could not acknowledge', error);
  }
}

/**
 * Global middleware, last line of defence: once every listener is done, an interaction nobody
 * acknowledged (a button or form from an older version of the app, an action id or view callback
 * no listener knows, a listener that failed before its ack) is acknowledged here, empty. Without
 * it Bolt waits 3 seconds and answers 404, and Slack shows the person a warning sign.
 */
export async function ackUnhandled(args: Args): Promise<void> {
  try {
    await args.next();
  } finally {
    await ackIfUnanswered(args);
  }
}
