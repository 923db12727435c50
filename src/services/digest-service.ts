import type { ReportModel } from '../analytics/report';
import { DIGEST_EVENT } from '../constants/slack-ids';
import type { Db } from '../db/open-db';
import type { DigestRepository, DigestRow } from '../db/repositories/digest-repository';
import type { PulseRepository } from '../db/repositories/pulse-repository';
import type { Logger } from '../logging/logger';
import { renderHeatmapPng } from '../render/heatmap';
import {
  heatmapInputFromModel,
  renderDepartmentDigestMessage,
  renderDigestMessage,
} from '../render/slack-report';
import { SlackCallError, type SlackGateway } from '../slack-client/gateway';
import { isoWeek } from '../util/zoned-time';
import { loadReport } from './report-loader';
import type { SettingsService } from './settings-service';

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
const plain = (code: string) => `${PLAIN[code] ?? code.replace(/_/g, ' ')} — Slack said \`${code}\``;

/**
 * A digest's period key read back: `pulse:N` (after a pulse closed) or `week:YYYY-Www`, with
 * `:dept:D` appended for a department channel's post.
 */
function periodOf(periodKey: string): {
  base: string;
  pulseId: number | null;
  week: string | null;
  departmentId: number | null;
} {
  const dept = /:dept:(\d+)$/.exec(periodKey);
  const base = dept ? periodKey.slice(0, dept.index) : periodKey;
  const pulse = /^pulse:(\d+)$/.exec(base)?.[1];
  return {
    base,
    pulseId: pulse === undefined ? null : Number(pulse),
    week: base.split('-W')[1] ?? null,
    departmentId: dept ? Number(dept[1]) : null,
  };
}

/**
 * The weekly digest (and the one after a pulse closes): one post per period and channel across
 * restarts (a unique row; a post in doubt after a crash is found again by its metadata), with the
 * heatmap uploaded through Slack's file flow. A channel the bot cannot post in is told to the
 * admins once.
 */
export function createDigestService(deps: {
  db: Db;
  repo: DigestRepository;
  settings: SettingsService;
  gateway: SlackGateway;
  /** Who to tell: env admins, picked admins and the admin user group's members (may call Slack). */
  admins: () => string[] | Promise<string[]>;
  departments: () => { id: number; channelId: string | null }[];
  /** The newest pulses (to find a closed one whose digest a crash left unclaimed) and their digest marks. */
  pulses: Pick<PulseRepository, 'list' | 'markDigestDone' | 'lastDigestDone'>;
  timeZone: () => string;
  logger: Logger;
  clock: () => Date;
  sleep?: (ms: number) => Promise<void>;
}) {
  const { repo, settings, gateway, logger, clock } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const threshold = () => settings.get().anonymity_threshold;

  /**
   * The closed pulse a digest shows: the one named by a `pulse:N` period, else the latest closed
   * one. A pulse still open is never posted (its figures change with every answer, so two digests
   * could be subtracted to read one person's answer); nothing closed yet → null, nothing posted.
   */
  function modelFor(periodKey: string): ReportModel | null {
    const { pulseId } = periodOf(periodKey);
    const model = loadReport(deps.db, pulseId !== null ? { pulseId } : { latestClosed: true }, threshold(), {
      closedOnly: true,
    });
    return model && model.departments.length > 0 ? model : null;
  }
  /** What a channel's last digest showed: a weekly digest of the same closed pulse is skipped. */
  const sourceOf = (m: ReportModel) => `pulses:${m.window.pulseIds.join(',')}:closed`;
  const departmentOf = (row: DigestRow) =>
    row.kind === 'department' ? periodOf(row.periodKey).departmentId : null;
  /** Kept per company channel, and per department and its channel. */
  function markPosted(row: DigestRow, ts: string, model: ReportModel): void {
    repo.markPosted(row.id, {
      messageTs: ts,
      at: clock(),
      shown: { channelId: row.channelId, departmentId: departmentOf(row), source: sourceOf(model) },
    });
  }
  const labelOf = (periodKey: string) => {
    const { pulseId, week } = periodOf(periodKey);
    return pulseId !== null ? `Pulse #${pulseId} results` : `Week ${week ?? ''}`;
  };

  async function tellAdmins(key: string, message: string): Promise<void> {
    if (!repo.noticeOnce(key, message)) return;
    let admins: string[] = [];
    try {
      admins = [...new Set(await deps.admins())];
    } catch (error) {
      logger.warn(`could not list the admins to tell about ${key}`, error);
    }
    for (const admin of admins) {
      try {
        await gateway.postMessage({ channel: admin, text: message });
      } catch (error) {
        logger.warn(`could not tell admin ${admin} about ${key}`, error);
      }
    }
    repo.markNotified(key, clock());
  }

  async function findPosted(row: DigestRow): Promise<string | null> {
    const oldest = Math.floor(row.createdAt.getTime() / 1000) - 60;
    const found = await gateway.findMessagesWithMetadata(row.channelId, oldest, DIGEST_EVENT);
    return found.find((m) => Number(m.payload.digest_id) === row.id)?.ts ?? null;
  }

  /**
   * The heatmap's file id, or null when it cannot be rendered or uploaded: the image is optional,
   * so the digest is then posted without it (and the admins told once when they can fix it).
   */
  async function heatmap(model: ReportModel): Promise<string | null> {
    try {
      const chart = await renderHeatmapPng(heatmapInputFromModel(model));
      const { fileId } = await gateway.uploadFile({
        filename: 'cx-alignment-heatmap.png',
        title: 'How departments rate each touchpoint',
        content: chart.png,
        altText: chart.altText,
      });
      if (fileId) repo.clearNotice('digest-heatmap');
      return fileId;
    } catch (error) {
      logger.warn('digest heatmap could not be rendered or uploaded; posting without it', error);
      if (error instanceof SlackCallError && error.failure.kind === 'platform' && !error.retryable)
        await tellAdmins(
          'digest-heatmap',
          `:warning: I posted the CX alignment digest without its heatmap image: I could not upload it (${plain(error.failure.code)}). To get the image back, allow file uploads for apps in your workspace settings, or reinstall the app so it has the \`files:write\` permission.`,
        );
      return null;
    }
  }

  async function post(row: DigestRow, model: ReportModel): Promise<void> {
    if (row.status === 'posting') {
      const ts = await findPosted(row);
      if (ts) {
        markPosted(row, ts, model);
        return;
      }
    }
    const label = labelOf(row.periodKey);
    let fileId = row.fileId;
    if (row.kind === 'company' && !fileId) fileId = await heatmap(model);
    repo.markPosting(row.id, fileId);
    const departmentId = departmentOf(row) ?? Number.NaN;
    const render = (withImage: boolean) =>
      row.kind === 'department'
        ? renderDepartmentDigestMessage(model, departmentId, label)
        : renderDigestMessage(model, {
            heatmapFileId: withImage ? fileId : null,
            periodLabel: label,
            previousIndex: null,
          });
    const metadata = {
      event_type: DIGEST_EVENT,
      event_payload: { digest_id: row.id, period: row.periodKey },
    };
    let posted: { ts: string } | null = null;
    for (let attempt = 0; attempt < 4 && !posted; attempt++) {
      try {
        posted = await gateway.postMessage({ channel: row.channelId, ...render(attempt < 3), metadata });
      } catch (error) {
        // a just-uploaded image can take a moment to be ready for an image block
        if (
          error instanceof SlackCallError &&
          error.failure.kind === 'platform' &&
          error.failure.code === 'invalid_blocks' &&
          attempt < 3
        ) {
          await sleep(1500 * (attempt + 1));
          continue;
        }
        throw error;
      }
    }
    if (!posted) throw new Error('digest could not be posted');
    markPosted(row, posted.ts, model);
    repo.clearNotice(`digest-channel:${row.channelId}`);
  }

  /**
   * Deliveries running now, by row: a second path to the same row (the resume tick meeting a
   * close in the same minute) waits for the first instead of posting again.
   */
  const inFlight = new Map<number, Promise<void>>();

  function deliver(row: DigestRow, model: ReportModel): Promise<void> {
    const running = inFlight.get(row.id);
    if (running) return running;
    const done = deliverOnce(row, model).finally(() => inFlight.delete(row.id));
    inFlight.set(row.id, done);
    return done;
  }

  async function deliverOnce(stale: DigestRow, model: ReportModel): Promise<void> {
    // the caller's row may be stale (resume reads all rows, then awaits each): read it again
    const row = repo.claim(stale.periodKey, stale.channelId, stale.kind);
    if (row.status === 'posted' || row.status === 'failed') return;
    try {
      await post(row, model);
    } catch (error) {
      // a platform error that is not transient fails the same way every time: stop, and say so
      if (error instanceof SlackCallError && error.failure.kind === 'platform' && !error.retryable) {
        const { code } = error.failure;
        repo.markFailed(row.id, code);
        const fix =
          code === 'not_in_channel'
            ? 'Invite me with `/invite @CX Align` in that channel, or pick another digest channel in `/cx-alignment config`.'
            : GONE.has(code)
              ? "Check the channel and the app's permissions, or pick another digest channel in `/cx-alignment config`."
              : "Let the app post there (check the channel's posting settings), or pick another digest channel in `/cx-alignment config`.";
        await tellAdmins(
          `digest-channel:${row.channelId}`,
          `:warning: I could not post the CX alignment digest in <#${row.channelId}> (${plain(code)}). ${fix}`,
        );
        return;
      }
      logger.warn(`digest ${row.periodKey} to ${row.channelId} will be retried`, error);
    }
  }

  /** A pulse whose after-close digest has been claimed (or found to owe nothing). */
  const markClosedDone = (periodKey: string) => {
    const { pulseId } = periodOf(periodKey);
    if (pulseId !== null) deps.pulses.markDigestDone(pulseId, clock());
  };

  async function run(periodKey: string, onlyIfNew: boolean): Promise<void> {
    try {
      await claimAndPost(periodKey, onlyIfNew);
    } finally {
      markClosedDone(periodKey);
    }
  }

  /**
   * A pulse that closed without its digest being claimed (the process died in between): claimed
   * now, if it closed within the last day; an older one would be news nobody expects any more.
   */
  async function catchUpClosed(): Promise<void> {
    const done = deps.pulses.lastDigestDone();
    const since = clock().getTime() - 24 * 3600_000;
    const missed = deps.pulses
      .list(5)
      .filter((p) => p.id > done && p.status === 'closed' && p.closedAt && p.closedAt.getTime() >= since)
      .sort((a, b) => a.id - b.id);
    for (const pulse of missed) await run(`pulse:${pulse.id}`, false);
  }

  async function claimAndPost(periodKey: string, onlyIfNew: boolean): Promise<void> {
    const s = settings.get();
    if (s.digest_channels.length === 0) {
      await tellAdmins(
        'digest-no-channel',
        'The weekly CX alignment digest has no channel to go to yet. Pick one in `/cx-alignment config` → Digest channels.',
      );
      return;
    }
    const model = modelFor(periodKey);
    if (!model) return; // nothing anyone may see yet
    const source = sourceOf(model);
    // every post this run owes is claimed before the first is attempted: a crash during one post
    // leaves the others pending for resume(), instead of never created
    const company = s.digest_channels
      .filter((channel) => !onlyIfNew || repo.lastShown(channel, null) !== source)
      .map((channel) => repo.claim(periodKey, channel, 'company'));
    const channels = new Map(
      deps.departments().flatMap((d) => (d.channelId ? [[d.id, d.channelId] as const] : [])),
    );
    const departmentRows = s.department_digests
      ? model.departments.flatMap((d) => {
          const channel = channels.get(d.id);
          if (!channel || (onlyIfNew && repo.lastShown(channel, d.id) === source)) return [];
          return [repo.claim(`${periodKey}:dept:${d.id}`, channel, 'department')];
        })
      : [];
    // a row posted records what its channel now shows (markPosted), for next week's skip
    for (const row of [...company, ...departmentRows])
      if (row.status === 'pending' || row.status === 'posting') await deliver(row, model);
  }

  return {
    /** The scheduled weekly digest; skipped in a channel whose last digest showed the same results. */
    runWeekly(slot: Date): Promise<void> {
      return run(`week:${isoWeek(slot, deps.timeZone())}`, true);
    },
    /** The digest of a pulse that just closed. */
    afterPulseClosed(pulseId: number): Promise<void> {
      return run(`pulse:${pulseId}`, false);
    },
    /** Posts left pending or in doubt (a crash, a rate limit): at start-up and every few minutes. */
    async resume(): Promise<void> {
      await catchUpClosed();
      for (const row of repo.unfinished()) {
        const model = modelFor(periodOf(row.periodKey).base);
        if (model) await deliver(row, model);
      }
    },
  };
}
export type DigestService = ReturnType<typeof createDigestService>;
