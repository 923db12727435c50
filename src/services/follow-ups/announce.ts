import { FOLLOW_UP_EVENT } from '../../constants/slack-ids';
import type { FollowUpRow } from '../../db/repositories/follow-up-repository';
import { followUpPost, ownerDm } from '../../render/follow-ups/announce';
import type { FollowUpDeps } from './deps';

/** Where a follow-up is posted: the chosen channel, else the latest digest's thread, else nowhere. */
export function postTarget(
  deps: FollowUpDeps,
  row: FollowUpRow,
): { channel: string; threadTs?: string } | null {
  if (row.channelId) return { channel: row.channelId };
  const digest = deps.repo.latestDigestPost();
  return digest ? { channel: digest.channelId, threadTs: digest.messageTs } : null;
}

/**
 * DMs the owner and posts the follow-up where the departments see it, then marks it announced (a
 * replayed submission of an announced follow-up posts nothing). A post that fails is told to the
 * leader who saved it, in our DM; the follow-up itself is saved either way.
 */
export async function announceFollowUp(deps: FollowUpDeps, row: FollowUpRow): Promise<void> {
  const metadata = { event_type: FOLLOW_UP_EVENT, event_payload: { follow_up_id: row.id } };
  const dm = ownerDm(row, row.createdBy);
  await deps.gateway.postMessage({ channel: row.ownerId, ...dm, metadata });
  const target = postTarget(deps, row);
  if (target) {
    try {
      await deps.gateway.postMessage({ ...target, ...followUpPost(row, row.createdBy), metadata });
    } catch (error) {
      deps.logger.warn(`follow-up ${row.id}: could not post in ${target.channel}`, error);
      await deps.gateway.postMessage({
        channel: row.createdBy,
        text: `Follow-up #${row.id} is saved and its owner has been told, but I could not post it in <#${target.channel}>. Invite me there (\`/invite @CX Align\`) to post follow-ups in it.`,
      });
    }
  }
  deps.repo.update(row.id, { announcedAt: deps.clock() }, deps.clock(), null);
}
