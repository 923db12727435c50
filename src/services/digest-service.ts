import type { ReportModel } from '../analytics/report';
import type { Db } from '../db/open-db';
import type { DigestRepository, DigestRow } from '../db/repositories/digest-repository';
import type { Logger } from '../logging/logger';
import { renderHeatmapPng } from '../render/heatmap';
import {
  heatmapInputFromModel,
  renderDepartmentDigestMessage,
  renderDigestMessage,
} from '../render/slack-report';
import { SlackCallError, type SlackGateway } from '../slack/gateway';
import { DIGEST_EVENT } from '../slack/ids';
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
  admins: () => string[];
  departments: () => { id: number; channelId: string | null }[];
  /** The newest pulses, newest first (to find a closed one whose digest a crash left unclaimed). */
  recentPulses: () => { id: number; status: string; closedAt: Date | null }[];
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
    const pulse = /^pulse:(\d+)/.exec(periodKey)?.[1];
    const model = loadReport(
      deps.db,
      pulse ? { pulseId: Number(pulse) } : { latestClosed: true },
      threshold(),
      { closedOnly: true },
    );
    return model && model.departments.length > 0 ? model : null;
  }
  /** What a channel's last digest showed: a weekly digest of the same closed pulse is skipped. */
  const sourceOf = (m: ReportModel) => `pulses:${m.window.pulseIds.join(',')}:closed`;
  const labelOf = (periodKey: string) =>
    periodKey.startsWith('pulse:')
      ? `Pulse #${periodKey.split(':')[1]} results`
      : `Week ${periodKey.split('-W')[1] ?? ''}`;

  async function tellAdmins(key: string, message: string): Promise<void> {
    if (!repo.noticeOnce(key, message)) return;
    for (const admin of deps.admins()) {
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

  async function post(row: DigestRow, model: ReportModel): Promise<void> {
    if (row.status === 'posting') {
      const ts = await findPosted(row);
      if (ts) {
        repo.markPosted(row.id, ts, clock());
        return;
      }
    }
    const label = labelOf(row.periodKey);
    let fileId = row.fileId;
    if (row.kind === 'company' && !fileId) {
      const chart = await renderHeatmapPng(heatmapInputFromModel(model));
      fileId = (
        await gateway.uploadFile({
          filename: 'cx-alignment-heatmap.png',
          title: 'How departments rate each touchpoint',
          content: chart.png,
          altText: chart.altText,
        })
      ).fileId;
    }
    repo.markPosting(row.id, fileId);
    const departmentId = Number(/:dept:(\d+)$/.exec(row.periodKey)?.[1]);
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
    repo.markPosted(row.id, posted.ts, clock());
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
      if (
        error instanceof SlackCallError &&
        error.failure.kind === 'platform' &&
        GONE.has(error.failure.code)
      ) {
        repo.markFailed(row.id, error.failure.code);
        await tellAdmins(
          `digest-channel:${row.channelId}`,
          `:warning: I could not post the CX alignment digest in <#${row.channelId}> (${error.failure.code === 'not_in_channel' ? 'I am not in that channel' : error.failure.code.replace(/_/g, ' ')}). Invite me with \`/invite @CX Align\` in that channel, or pick another digest channel in \`/cx-alignment config\`.`,
        );
        return;
      }
      logger.warn(`digest ${row.periodKey} to ${row.channelId} will be retried`, error);
    }
  }

  /** Pulses whose after-close digest has been claimed (or found to owe nothing): the highest id. */
  const CLOSED_DONE = 'pulse_digest_done';
  const markClosedDone = (periodKey: string) => {
    const pulse = Number(/^pulse:(\d+)$/.exec(periodKey)?.[1] ?? Number.NaN);
    if (Number.isInteger(pulse) && pulse > Number(settings.internal.get(CLOSED_DONE) ?? 0))
      settings.internal.set(CLOSED_DONE, pulse);
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
    const done = Number(settings.internal.get(CLOSED_DONE) ?? 0);
    const since = clock().getTime() - 24 * 3600_000;
    const missed = deps
      .recentPulses()
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
      .filter((channel) => !onlyIfNew || settings.internal.get(`digest_source:${channel}`) !== source)
      .map((channel) => repo.claim(periodKey, channel, 'company'));
    const channels = new Map(
      deps.departments().flatMap((d) => (d.channelId ? [[d.id, d.channelId] as const] : [])),
    );
    const departmentRows = s.department_digests
      ? model.departments.flatMap((d) => {
          const channel = channels.get(d.id);
          return channel ? [repo.claim(`${periodKey}:dept:${d.id}`, channel, 'department')] : [];
        })
      : [];
    for (const row of company) {
      if (row.status === 'posted' || row.status === 'failed') continue;
      await deliver(row, model);
      if (repo.claim(periodKey, row.channelId, 'company').status === 'posted')
        settings.internal.set(`digest_source:${row.channelId}`, source);
    }
    for (const row of departmentRows)
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
        const model = modelFor(row.periodKey.replace(/:dept:\d+$/, ''));
        if (model) await deliver(row, model);
      }
    },
  };
}
export type DigestService = ReturnType<typeof createDigestService>;
