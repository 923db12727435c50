import type { ReportModel } from '../../analytics/report';
import type { Db } from '../../db/open-db';
import type { DigestRepository, DigestRow } from '../../db/repositories/digest-repository';
import type { PulseRepository } from '../../db/repositories/pulse-repository';
import type { Logger } from '../../logging/logger';
import type { SlackGateway } from '../../slack-client/gateway';
import { loadReport } from '../report-loader';
import type { SettingsService } from '../settings-service';
import { createAdminNotices, NOTICE } from './admin-notices';
import { claimOwed } from './digest-claims';
import { createDigestPoster } from './digest-post';
import { createInFlight } from './in-flight';
import { periodOf, pulseKey, weekKey } from './period-key';
import { NO_CHANNEL_NOTICE } from './slack-wording';

/** A closed pulse is caught up after a crash only this long after it closed. */
const CATCH_UP_MS = 24 * 3600_000;
/** How many of the newest pulses the catch-up looks at. */
const RECENT_PULSES = 5;

export type DigestServiceDeps = {
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
};

/**
 * The closed pulse a digest shows: the one named by a `pulse:N` period, else the latest closed
 * one. A pulse still open is never posted (its figures change with every answer, so two digests
 * could be subtracted to read one person's answer); nothing closed yet → null, nothing posted.
 */
function modelFor(deps: Pick<DigestServiceDeps, 'db' | 'settings'>, periodKey: string): ReportModel | null {
  const { pulseId } = periodOf(periodKey);
  const which = pulseId !== null ? { pulseId } : { latestClosed: true as const };
  const threshold = deps.settings.get().anonymity_threshold;
  const model = loadReport(deps.db, which, threshold, { closedOnly: true });
  return model && model.departments.length > 0 ? model : null;
}

/**
 * Closed pulses whose digest was never claimed (the process died between the close and the
 * digest), oldest first: only those closed within the last day, as older ones would be news
 * nobody expects any more.
 */
function missedClosed(deps: Pick<DigestServiceDeps, 'pulses' | 'clock'>): number[] {
  const done = deps.pulses.lastDigestDone();
  const since = deps.clock().getTime() - CATCH_UP_MS;
  return deps.pulses
    .list(RECENT_PULSES)
    .filter((p) => p.id > done && p.status === 'closed' && p.closedAt && p.closedAt.getTime() >= since)
    .map((p) => p.id)
    .sort((a, b) => a - b);
}

/**
 * The weekly digest (and the one after a pulse closes): one post per period and channel across
 * restarts (a unique row; a post in doubt after a crash is found again by its metadata), with the
 * heatmap uploaded through Slack's file flow. A channel the bot cannot post in is told to the
 * admins once.
 */
export function createDigestService(deps: DigestServiceDeps) {
  const { repo, settings } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const notices = createAdminNotices(deps);
  const poster = createDigestPoster({ ...deps, notices, sleep });
  const once = createInFlight<number>();
  const deliver = (row: DigestRow, model: ReportModel) => once(row.id, () => poster.deliver(row, model));

  async function claimAndPost(periodKey: string, onlyIfNew: boolean): Promise<void> {
    const s = settings.get();
    if (s.digest_channels.length === 0) return notices.tell(NOTICE.noChannel, NO_CHANNEL_NOTICE);
    const model = modelFor(deps, periodKey);
    if (!model) return; // nothing anyone may see yet
    const departmentChannels = new Map(
      s.department_digests
        ? deps.departments().flatMap((d) => (d.channelId ? [[d.id, d.channelId] as const] : []))
        : [],
    );
    const rows = claimOwed(repo, {
      periodKey,
      model,
      onlyIfNew,
      companyChannels: s.digest_channels,
      departmentChannels,
    });
    for (const row of rows)
      if (row.status === 'pending' || row.status === 'posting') await deliver(row, model);
  }

  /** Runs a period's digest; a pulse's is then marked done (claimed, or found to owe nothing). */
  async function run(periodKey: string, onlyIfNew: boolean): Promise<void> {
    try {
      await claimAndPost(periodKey, onlyIfNew);
    } finally {
      const { pulseId } = periodOf(periodKey);
      if (pulseId !== null) deps.pulses.markDigestDone(pulseId, deps.clock());
    }
  }

  return {
    /** The scheduled weekly digest; skipped in a channel whose last digest showed the same results. */
    runWeekly(slot: Date): Promise<void> {
      return run(weekKey(slot, deps.timeZone()), true);
    },
    /** The digest of a pulse that just closed. */
    afterPulseClosed(pulseId: number): Promise<void> {
      return run(pulseKey(pulseId), false);
    },
    /** Posts left pending or in doubt (a crash, a rate limit): at start-up and every few minutes. */
    async resume(): Promise<void> {
      for (const pulseId of missedClosed(deps)) await run(pulseKey(pulseId), false);
      for (const row of repo.unfinished()) {
        const model = modelFor(deps, periodOf(row.periodKey).base);
        if (model) await deliver(row, model);
      }
    },
  };
}
export type DigestService = ReturnType<typeof createDigestService>;
