/** Reading a channel's history back: how a send in doubt after a crash is found by its metadata. */
import type { WebClient } from '@slack/web-api';
import { call } from './errors';

export function history(bulk: WebClient) {
  return {
    /** Messages the bot posted in a channel since `oldest` (seconds) carrying metadata of `eventType`. */
    async findMessagesWithMetadata(channel: string, oldestSeconds: number, eventType: string) {
      const found: { ts: string; payload: Record<string, unknown> }[] = [];
      let cursor: string | undefined;
      do {
        const res = await call('conversations.history', () =>
          bulk.conversations.history({
            channel,
            oldest: String(oldestSeconds),
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          }),
        );
        for (const m of res.messages ?? []) {
          const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } })
            .metadata;
          if (meta?.event_type === eventType && m.ts)
            found.push({ ts: m.ts, payload: meta.event_payload ?? {} });
        }
        cursor = res.response_metadata?.next_cursor || undefined;
      } while (cursor);
      return found;
    },
  };
}
