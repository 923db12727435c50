import type { SlackGateway } from '../../../src/slack-client/gateway';
import { strictFake } from './strict-fake';

type Method = keyof SlackGateway;
type Fn<M extends Method> = (...args: Parameters<SlackGateway[M]>) => ReturnType<SlackGateway[M]>;

/** One call the service made, with its arguments as the real gateway types them. */
export type GatewayCall = { [M in Method]: { method: M; args: Parameters<SlackGateway[M]> } }[Method];

/**
 * A Slack gateway that records every call. The calls most services make answer by default (a DM
 * channel `D` + user id, a view id, an uploaded file id, a posted message); anything else must be
 * passed in `members`, or calling it throws (see strictFake).
 */
export function fakeGateway(members: Partial<SlackGateway> = {}) {
  const calls: GatewayCall[] = [];
  const defaults: Partial<SlackGateway> = {
    openDm: async (userId) => `D${userId}`,
    openView: async () => 'V0000FAKE',
    publishHome: async () => {},
    uploadFile: async () => ({ fileId: 'F0000FAKE' }),
    postMessage: async (args) => ({ channel: args.channel, ts: '1700000000.000100' }),
  };
  const merged: Partial<SlackGateway> = { ...defaults, ...members };
  const recorded: Partial<Record<Method, unknown>> = {};
  const record = <M extends Method>(method: M, fn: Fn<M>): Fn<M> => {
    return (...args) => {
      calls.push({ method, args } as GatewayCall);
      return fn(...args);
    };
  };
  for (const method of Object.keys(merged) as Method[]) {
    const fn = merged[method] as Fn<typeof method> | undefined;
    if (fn) recorded[method] = record(method, fn);
  }
  return {
    gateway: strictFake<SlackGateway>('SlackGateway', recorded as Partial<SlackGateway>),
    calls,
    /** The arguments of every call to `method`, in order. */
    callsTo<M extends Method>(method: M): Parameters<SlackGateway[M]>[] {
      return calls.filter((c) => c.method === method).map((c) => c.args as Parameters<SlackGateway[M]>);
    },
  };
}
