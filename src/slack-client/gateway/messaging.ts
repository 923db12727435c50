/** Messages: posting and updating (bulk lane), opening a DM, and ephemeral replies (interactive lane). */
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { call, SlackCallError } from './errors';

export type MessageMetadata = {
  event_type: string;
  event_payload: Record<string, string | number | boolean>;
};

export function messaging(bulk: WebClient, interactive: WebClient) {
  return {
    /** Posts a message (bulk lane). `channel` may be a user id: Slack then posts in the app's DM. */
    async postMessage(args: {
      channel: string;
      text: string;
      blocks?: KnownBlock[];
      metadata?: MessageMetadata;
      /** Posts in the thread of this message. */
      threadTs?: string;
    }) {
      const res = await call('chat.postMessage', () =>
        bulk.chat.postMessage({
          channel: args.channel,
          text: args.text,
          ...(args.blocks ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
          ...(args.threadTs ? { thread_ts: args.threadTs } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      return { channel: String(res.channel ?? args.channel), ts: String(res.ts ?? '') };
    },

    async updateMessage(args: { channel: string; ts: string; text: string; blocks?: KnownBlock[] }) {
      await call('chat.update', () =>
        bulk.chat.update({
          channel: args.channel,
          ts: args.ts,
          text: args.text,
          ...(args.blocks ? { blocks: args.blocks } : {}),
        }),
      );
    },

    /** Opens (or finds) the DM with a person. Tier 3: callers keep the id. */
    async openDm(userId: string): Promise<string> {
      const res = await call('conversations.open', () => bulk.conversations.open({ users: userId }));
      const id = res.channel?.id;
      if (!id) throw new SlackCallError('conversations.open', { kind: 'platform', code: 'no_channel' });
      return id;
    },

    async postEphemeral(channel: string, user: string, text: string, blocks?: KnownBlock[]): Promise<void> {
      await call('chat.postEphemeral', () =>
        interactive.chat.postEphemeral({ channel, user, text, ...(blocks ? { blocks } : {}) }),
      );
    },
  };
}
