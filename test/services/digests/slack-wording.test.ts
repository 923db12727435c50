import { describe, expect, it } from 'vitest';
import {
  channelFailureNotice,
  channelFix,
  heatmapFailureNotice,
  plain,
} from '../../../src/services/digests/slack-wording';

describe('what the admins read about a digest', () => {
  it('puts a known Slack code in plain words, and an unknown one at least readably', () => {
    expect(plain('not_in_channel')).toBe('I am not in that channel — Slack said `not_in_channel`');
    expect(plain('some_new_code')).toBe('some new code — Slack said `some_new_code`');
  });

  it('gives the fix that fits: invite me, check the channel, or let the app post', () => {
    expect(channelFix('not_in_channel')).toContain('/invite @CX Align');
    for (const code of ['channel_not_found', 'is_archived', 'access_denied', 'missing_scope'])
      expect(channelFix(code)).toContain("Check the channel and the app's permissions");
    expect(channelFix('restricted_action')).toContain("check the channel's posting settings");
    for (const code of ['not_in_channel', 'is_archived', 'restricted_action'])
      expect(channelFix(code)).toContain('/cx-alignment config');
  });

  it('names the channel and the reason in the notice', () => {
    const notice = channelFailureNotice('C0DIGEST1', 'is_archived');
    expect(notice).toContain('<#C0DIGEST1>');
    expect(notice).toContain('the channel is archived');
    expect(heatmapFailureNotice('file_uploads_disabled')).toContain('file uploads are turned off');
  });
});
