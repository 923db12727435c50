/** User groups typed in the settings modal: an S… id as is, or an @handle looked up in Slack. */
import type { SlackGateway } from '../../slack-client/gateway';

/** Handle (lower case, no @) → user group id, fetched from Slack once per call of `apply`. */
export type UsergroupHandles = () => Promise<Map<string, string>>;

/** Looks the workspace's user groups up on first use, then answers from that list. */
export function usergroupHandles(gateway: Pick<SlackGateway, 'listUsergroups'>): UsergroupHandles {
  let groupCache: Map<string, string> | undefined;
  return async () => {
    groupCache ??= new Map((await gateway.listUsergroups()).map((g) => [g.handle.toLowerCase(), g.id]));
    return groupCache;
  };
}

/** The user group id `value` names, null when it is empty, or an Error to show under the field. */
export async function resolveGroup(value: string, handles: UsergroupHandles): Promise<string | null | Error> {
  const v = value.trim();
  if (v === '') return null;
  // an id that fits the form's 80-character field, so it shows again as saved (Slack's are ~11)
  if (/^S[A-Z0-9]{2,39}$/.test(v)) return v;
  if (!/^@?[\w.-]{1,80}$/.test(v))
    return new Error(`“${v.slice(0, 40)}” is not a user group: use @handle or its S… id.`);
  try {
    const found = (await handles()).get(v.replace(/^@/, '').toLowerCase());
    return found ?? new Error(`No user group is called @${v.replace(/^@/, '')}.`);
  } catch {
    return new Error('I could not look up user groups in Slack (it needs a paid plan); use the S… id.');
  }
}
