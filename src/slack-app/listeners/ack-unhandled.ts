import {
  type AllMiddlewareArgs,
  type AnyMiddlewareArgs,
  type App,
  type ReceiverEvent,
  ReceiverMultipleAckError,
} from '@slack/bolt';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;

/** Acks the request empty unless a listener already did (then the second ack fails, as expected). */
async function ackIfUnanswered(args: Args): Promise<void> {
  if (!('ack' in args) || typeof args.ack !== 'function') return; // events are acked by Bolt
  try {
    await args.ack();
    // only reached when nobody acked: a second ack throws (see acksOnce)
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

/** An ack that throws ReceiverMultipleAckError when called again, as the HTTP receiver's does. */
function ackOnce(ack: ReceiverEvent['ack']): ReceiverEvent['ack'] {
  let acked = false;
  return async (response) => {
    if (acked) throw new ReceiverMultipleAckError();
    acked = true;
    await ack(response);
  };
}

/**
 * ackUnhandled acks every interaction once more after its listeners and relies on that second ack
 * failing. The HTTP receiver's does; Bolt's Socket Mode receiver's logged "ack() has already been
 * called" at warn instead, once for every command, button and form. Every receiver's ack now
 * throws on a second call, before it reaches the receiver.
 */
export function acksOnce(app: App): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => processEvent({ ...event, ack: ackOnce(event.ack) });
}
