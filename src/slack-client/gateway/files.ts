import type { WebClient } from '@slack/web-api';
import { call } from './errors';

export function files(bulk: WebClient) {
  return {
    /**
     * Uploads a file with Slack's current flow (files.getUploadURLExternal → upload →
     * files.completeUploadExternal). With a channel it is shared there; without one it stays
     * private to the app, for an image block's `slack_file`.
     */
    async uploadFile(args: {
      channel?: string;
      filename: string;
      title: string;
      content: Buffer;
      initialComment?: string;
      altText?: string;
    }): Promise<{ fileId: string | null }> {
      const res = await call('files.uploadV2', () =>
        bulk.filesUploadV2({
          ...(args.channel ? { channel_id: args.channel } : {}),
          filename: args.filename,
          title: args.title,
          file: args.content,
          ...(args.initialComment ? { initial_comment: args.initialComment } : {}),
          ...(args.altText ? { alt_text: args.altText } : {}),
        } as Parameters<typeof bulk.filesUploadV2>[0]),
      );
      const uploaded = (res as { files?: { files?: { id?: string }[] }[] }).files ?? [];
      return { fileId: uploaded[0]?.files?.[0]?.id ?? null };
    },
  };
}
