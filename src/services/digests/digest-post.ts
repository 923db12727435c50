/**
 * Posting one claimed digest row: the heatmap uploaded through Slack's file flow, the message
 * posted (and retried while a just-uploaded image is not ready), a post in doubt after a crash
 * found again by its metadata, and a channel that refuses for good marked failed and told once.
 */
import type { ReportModel } from '../../analytics/report';
import { DIGEST_EVENT } from '../../constants/slack-ids';
import type { DigestRepository, DigestRow } from '../../db/repositories/digest-repository';
import type { Logger } from '../../logging/logger';
import { renderHeatmapPng } from '../../render/heatmap';
import { type ReportLanguage, reportMessagesFor } from '../../render/i18n/report/index';
import {
  heatmapInputFromModel,
  renderDepartmentDigestMessage,
  renderDigestMessage,
} from '../../render/slack-report';
import { SlackCallError, type SlackGateway } from '../../slack-client/gateway';
import type { SettingsService } from '../settings-service';
import { type AdminNotices, NOTICE } from './admin-notices';
import { departmentOf, labelOf, sourceOf } from './period-key';
import { channelFailureNotice, heatmapFailureNotice } from './slack-wording';

/** Tries at the message; the last goes without the image (an upload that never becomes ready). */
const ATTEMPTS = 4;

/** The code of a Slack platform error that is not transient (it fails the same way every time). */
const permanentCode = (error: unknown): string | null =>
  error instanceof SlackCallError && error.failure.kind === 'platform' && !error.retryable
    ? error.failure.code
    : null;

/** A just-uploaded image can take a moment to be ready for an image block. */
const imageNotReady = (error: unknown) =>
  error instanceof SlackCallError &&
  error.failure.kind === 'platform' &&
  error.failure.code === 'invalid_blocks';

type PosterDeps = {
  repo: DigestRepository;
  settings: Pick<SettingsService, 'get'>;
  gateway: Pick<SlackGateway, 'postMessage' | 'uploadFile' | 'findMessagesWithMetadata'>;
  notices: AdminNotices;
  logger: Logger;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
};

async function findPosted(gateway: PosterDeps['gateway'], row: DigestRow): Promise<string | null> {
  const oldest = Math.floor(row.createdAt.getTime() / 1000) - 60;
  const found = await gateway.findMessagesWithMetadata(row.channelId, oldest, DIGEST_EVENT);
  return found.find((m) => Number(m.payload.digest_id) === row.id)?.ts ?? null;
}

/**
 * The heatmap's file id, or null when it cannot be rendered or uploaded: the image is optional,
 * so the digest is then posted without it (and the admins told once when they can fix it).
 */
async function heatmap(deps: PosterDeps, model: ReportModel): Promise<string | null> {
  try {
    const m = reportMessagesFor(deps.settings.get().report_language);
    const chart = await renderHeatmapPng(heatmapInputFromModel(model, m));
    const { fileId } = await deps.gateway.uploadFile({
      filename: 'cx-alignment-heatmap.png',
      title: 'How departments rate each touchpoint',
      content: chart.png,
      altText: chart.altText,
    });
    if (fileId) deps.notices.clear(NOTICE.heatmap);
    return fileId;
  } catch (error) {
    deps.logger.warn('digest heatmap could not be rendered or uploaded; posting without it', error);
    const code = permanentCode(error);
    if (code) await deps.notices.tell(NOTICE.heatmap, heatmapFailureNotice(code));
    return null;
  }
}

/** The message for the row: the company digest (with its image, if any) or a department's. */
function messageFor(
  row: DigestRow,
  model: ReportModel,
  image: { fileId: string | null; withImage: boolean },
  lang: ReportLanguage,
) {
  const label = labelOf(row.periodKey, reportMessagesFor(lang));
  if (row.kind === 'department')
    return renderDepartmentDigestMessage(model, departmentOf(row) ?? Number.NaN, label, lang);
  return renderDigestMessage(model, {
    heatmapFileId: image.withImage ? image.fileId : null,
    periodLabel: label,
    previousIndex: null,
    lang,
  });
}

/** Posts the message and returns its ts; while the image is not ready, waits and tries again. */
async function postMessage(
  deps: PosterDeps,
  row: DigestRow,
  model: ReportModel,
  fileId: string | null,
): Promise<string> {
  const metadata = { event_type: DIGEST_EVENT, event_payload: { digest_id: row.id, period: row.periodKey } };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const withImage = attempt < ATTEMPTS - 1;
    try {
      const lang = deps.settings.get().report_language;
      const message = messageFor(row, model, { fileId, withImage }, lang);
      return (await deps.gateway.postMessage({ channel: row.channelId, ...message, metadata })).ts;
    } catch (error) {
      if (!(imageNotReady(error) && withImage)) throw error;
      await deps.sleep(1500 * (attempt + 1));
    }
  }
  throw new Error('digest could not be posted');
}

export function createDigestPoster(deps: PosterDeps) {
  const { repo, notices, logger } = deps;

  /** Records the post and what its channel now shows (for next week's skip). */
  function markPosted(row: DigestRow, ts: string, model: ReportModel): void {
    repo.markPosted(row.id, {
      messageTs: ts,
      at: deps.clock(),
      shown: { channelId: row.channelId, departmentId: departmentOf(row), source: sourceOf(model) },
    });
  }

  async function post(row: DigestRow, model: ReportModel): Promise<void> {
    if (row.status === 'posting') {
      const ts = await findPosted(deps.gateway, row);
      if (ts) {
        markPosted(row, ts, model);
        return;
      }
    }
    let fileId = row.fileId;
    if (row.kind === 'company' && !fileId) fileId = await heatmap(deps, model);
    repo.markPosting(row.id, fileId);
    markPosted(row, await postMessage(deps, row, model, fileId), model);
    notices.clear(NOTICE.channel(row.channelId));
  }

  /**
   * Posts the row unless it is settled already. The caller's row may be stale (resume reads all
   * rows, then awaits each), so it is read again first. A failure that would repeat is recorded
   * and told to the admins once; anything else is left for the next resume.
   */
  async function deliver(stale: DigestRow, model: ReportModel): Promise<void> {
    const row = repo.claim(stale.periodKey, stale.channelId, stale.kind);
    if (row.status === 'posted' || row.status === 'failed') return;
    try {
      await post(row, model);
    } catch (error) {
      const code = permanentCode(error);
      if (code === null) {
        logger.warn(`digest ${row.periodKey} to ${row.channelId} will be retried`, error);
        return;
      }
      repo.markFailed(row.id, code);
      await notices.tell(NOTICE.channel(row.channelId), channelFailureNotice(row.channelId, code));
    }
  }

  return { deliver };
}
export type DigestPoster = ReturnType<typeof createDigestPoster>;
