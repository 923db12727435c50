/** What the admins read when a digest goes wrong: Slack's error codes in plain words, and the fix. */

/** Codes that mean the channel is out of the bot's reach (rather than closed to its posts). */
const GONE = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'access_denied',
  'missing_scope',
]);

/** A Slack error code in plain words, for a note to the admins. */
const PLAIN: Record<string, string> = {
  not_in_channel: 'I am not in that channel',
  channel_not_found: 'the channel was not found',
  is_archived: 'the channel is archived',
  access_denied: 'I am not allowed to see that channel',
  missing_scope: 'the app is missing a permission it needs',
  restricted_action: 'only some members may post there',
  restricted_action_read_only_channel: 'the channel is read-only',
  restricted_action_thread_only_channel: 'the channel takes replies in threads only',
  restricted_action_non_threadable_channel: 'the channel does not allow this kind of post',
  msg_too_long: 'the message is too long for Slack',
  ekm_access_denied: 'the workspace encryption keys deny access',
  file_uploads_disabled: 'file uploads are turned off in this workspace',
  file_upload_disabled: 'file uploads are turned off in this workspace',
  not_allowed_token_type: 'the app is not allowed to upload files',
};

/** The code in plain words, with Slack's own code after it (what support will ask for). */
export const plain = (code: string) => `${PLAIN[code] ?? code.replace(/_/g, ' ')} — Slack said \`${code}\``;

/** What an admin can do about a channel the digest could not be posted in. */
export function channelFix(code: string): string {
  if (code === 'not_in_channel')
    return 'Invite me with `/invite @CX Align` in that channel, or pick another digest channel in `/cx-alignment config`.';
  if (GONE.has(code))
    return "Check the channel and the app's permissions, or pick another digest channel in `/cx-alignment config`.";
  return "Let the app post there (check the channel's posting settings), or pick another digest channel in `/cx-alignment config`.";
}

export const channelFailureNotice = (channelId: string, code: string) =>
  `:warning: I could not post the CX alignment digest in <#${channelId}> (${plain(code)}). ${channelFix(code)}`;

export const heatmapFailureNotice = (code: string) =>
  `:warning: I posted the CX alignment digest without its heatmap image: I could not upload it (${plain(code)}). To get the image back, allow file uploads for apps in your workspace settings, or reinstall the app so it has the \`files:write\` permission.`;

export const NO_CHANNEL_NOTICE =
  'The weekly CX alignment digest has no channel to go to yet. Pick one in `/cx-alignment config` → Digest channels.';
