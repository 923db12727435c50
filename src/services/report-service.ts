import type { OpenPulseLine, OpenPulseProgress, ReportModel } from '../analytics/report';
import type { Db } from '../db/open-db';
import { UserError } from '../errors';
import { renderCsvReport } from '../render/csv-report';
import { escapeMrkdwn } from '../render/escape';
import type { SlackMessage } from '../render/help';
import { type ReportLanguage, reportMessagesFor } from '../render/i18n/report/index';
import { plainMessage } from '../render/plain-message';
import {
  noClosedResultsMessage,
  renderDashboardBlocks,
  renderDepartmentMessage,
  renderReportMessage,
  renderReportModal,
  renderTouchpointMessage,
  renderTrendMessage,
  withOpenPulse,
} from '../render/slack-report';
import type { SlackGateway } from '../slack-client/gateway';
import type { AccessService } from './access-service';
import { hourlyOpenLine } from './hourly-open-line';
import { matchName } from './name-match';
import type { OrgService } from './org-service';
import { loadOpenPulseProgress, loadReport } from './report-loader';
import type { SettingsService } from './settings-service';

export const LEADERS_ONLY =
  'The alignment reports are for leaders. You can see your own answers (and delete them) on the app’s *Home* tab, and everyone sees the weekly digest. An admin can add you as a leader in `/cx-alignment config`.';

const NO_DATA = plainMessage(
  'There are no pulse results yet. An admin can start one with `/cx-alignment pulse now`; results show once a department has enough answers to stay anonymous.',
);

export type ReportServiceDeps = {
  db: Db;
  settings: SettingsService;
  access: AccessService;
  org: OrgService;
  gateway: SlackGateway;
  clock: () => Date;
};

/** The latest closed pulse's model and the open pulse's progress, read together. */
type View = { model: ReportModel | null; open: OpenPulseLine | null };
/** A leader's view, read on their own turn; anyone else gets {@link LEADERS_ONLY}. */
type LeaderView = (userId: string) => Promise<View>;

/** Nothing closed to show: the open pulse's line (in the report language), or "no results yet". */
function nothing(v: View, lang: ReportLanguage): SlackMessage {
  if (!v.open) return NO_DATA;
  const m = reportMessagesFor(lang);
  return noClosedResultsMessage(v.open, m.report.title, m);
}
const list = (names: string[]) => names.map((n) => `*${escapeMrkdwn(n)}*`).join(', ');

/**
 * Building a model is milliseconds to tens of milliseconds of synchronous work, done after the
 * command is acked. Builds take turns, one per turn of the event loop, so a burst of leaders'
 * commands cannot hold back the ack of requests that arrive meanwhile: without the turns, every
 * request read in the same turn waited for the builds of those read before it (300 commands at
 * once: acks past Slack's 3 seconds on a busy 2-core machine).
 */
function createTurns(): () => Promise<void> {
  let lastTurn: Promise<void> = Promise.resolve();
  return function nextTurn(): Promise<void> {
    const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    lastTurn = turn;
    return turn;
  };
}

/** Reads the report from the database at the configured anonymity threshold. */
function createReads(deps: Pick<ReportServiceDeps, 'db' | 'settings' | 'clock'>) {
  const { db, settings } = deps;
  const threshold = () => settings.get().anonymity_threshold;
  /** The latest closed pulse's report: what every Slack view shows. */
  function latest(): ReportModel | null {
    return loadReport(db, { latestClosed: true }, threshold());
  }
  /** The pulse still open, as its exact participation: for a close to report, never for Slack while open. */
  function openCount(): OpenPulseProgress | null {
    return loadOpenPulseProgress(db, threshold());
  }
  /** The pulse still open, as its participation rounded and updated at most hourly: what Slack shows. */
  const open = hourlyOpenLine(openCount, deps.clock);
  function view(): View {
    return { model: latest(), open: open() };
  }
  return { latest, open, openCount, view };
}

/** Chat replies naming one touchpoint or department, matched loosely by name. */
function namedReports(deps: Pick<ReportServiceDeps, 'org' | 'settings'>, leaderView: LeaderView) {
  const lang = () => deps.settings.get().report_language;
  return {
    async touchpoint(userId: string, name: string): Promise<SlackMessage> {
      const v = await leaderView(userId);
      const { model } = v;
      if (!model) return nothing(v, lang());
      const match = matchName(name, model.touchpoints, (t) => t.name);
      if (match.kind === 'one') {
        const l = lang();
        return withOpenPulse(renderTouchpointMessage(model, match.item.id, l), v.open, reportMessagesFor(l));
      }
      if (match.kind === 'many')
        return plainMessage(
          `“${escapeMrkdwn(name)}” could mean ${list(match.items.map((t) => t.name))}. Which one?`,
        );
      return plainMessage(
        `I know no touchpoint called “${escapeMrkdwn(name)}” in the latest closed pulse.${match.suggestions.length ? ` Did you mean ${list(match.suggestions.map((t) => t.name))}?` : ''}`,
      );
    },
    async department(userId: string, name: string): Promise<SlackMessage> {
      const v = await leaderView(userId);
      const { model } = v;
      if (!model) return nothing(v, lang());
      const match = matchName(name, model.departments, (d) => d.name);
      if (match.kind === 'one') {
        const l = lang();
        return withOpenPulse(renderDepartmentMessage(model, match.item.id, l), v.open, reportMessagesFor(l));
      }
      if (match.kind === 'many')
        return plainMessage(
          `“${escapeMrkdwn(name)}” could mean ${list(match.items.map((d) => d.name))}. Which one?`,
        );
      // a real department that is not shown: say why, without any figure. One hidden in the pulse
      // goes by the name it had at the close, so a later rename changes nothing of the pulse
      const hidden = matchName(name, model.suppressed.departments, (d) => d);
      const known = matchName(name, deps.org.allDepartments(), (d) => d.name);
      const notShown = hidden.kind === 'one' ? hidden.item : known.kind === 'one' ? known.item.name : null;
      if (notShown !== null)
        return plainMessage(
          `*${escapeMrkdwn(notShown)}* had fewer than ${model.threshold} respondents in the latest closed pulse, so it is not shown on its own: that keeps everyone’s answers anonymous.`,
        );
      return plainMessage(
        `I know no department called “${escapeMrkdwn(name)}”.${match.suggestions.length ? ` Did you mean ${list(match.suggestions.map((d) => d.name))}?` : ''}`,
      );
    },
  };
}

/** The whole-report chat replies: latest report, trend and the CSV export. */
function wholeReports(
  deps: Pick<ReportServiceDeps, 'gateway' | 'clock' | 'settings'>,
  leaderView: LeaderView,
) {
  const { gateway } = deps;
  const lang = () => deps.settings.get().report_language;
  return {
    async report(userId: string): Promise<SlackMessage> {
      const v = await leaderView(userId);
      const l = lang();
      return v.model
        ? renderReportMessage(v.model, { open: v.open, followUps: true, lang: l })
        : nothing(v, l);
    },
    async trend(userId: string): Promise<SlackMessage> {
      const v = await leaderView(userId);
      const l = lang();
      if (!v.model) return nothing(v, l);
      return withOpenPulse(renderTrendMessage(v.model.trend, l), v.open, reportMessagesFor(l));
    },
    /**
     * Uploads the latest closed pulse's aggregates as CSV to the leader's DM: never answers, never
     * small groups, never a pulse still open.
     */
    async export(userId: string): Promise<SlackMessage> {
      const v = await leaderView(userId);
      const { model } = v;
      if (!model) return nothing(v, 'en');
      const channel = await gateway.openDm(userId);
      const day = deps.clock().toISOString().slice(0, 10);
      await gateway.uploadFile({
        channel,
        filename: `cx-alignment-${day}.csv`,
        title: `CX alignment aggregates ${day}`,
        content: Buffer.from(renderCsvReport(model), 'utf8'),
        initialComment: `Here is the report’s aggregates as CSV (pulse${model.window.pulseIds.length > 1 ? 's' : ''} ${model.window.pulseIds.map((id) => `#${id}`).join(', ')}). It holds department-level figures only, never individual answers, and no group under ${model.threshold} people.`,
      });
      return withOpenPulse(plainMessage(':inbox_tray: I sent the CSV to our DM.'), v.open);
    },
  };
}

/**
 * The leaders' views of the report: latest, one touchpoint, one department, trend, CSV export, the
 * App Home dashboard and report modal. Every one shows the latest CLOSED pulse only: a pulse still
 * open changes with every answer, so a leader who read it before and after one colleague answered
 * could subtract the two views and learn that colleague's ratings. An open pulse is only said to be
 * open, with about how many have answered so far (rounded, at most hourly) and when its results come.
 */
export function createReportService(deps: ReportServiceDeps) {
  const { latest, open, openCount, view } = createReads(deps);
  const nextTurn = createTurns();
  const leaderView: LeaderView = async (userId) => {
    if (!(await deps.access.isLeader(userId))) throw new UserError(LEADERS_ONLY);
    await nextTurn();
    return view();
  };
  return {
    latest,
    open,
    openCount,
    ...wholeReports(deps, leaderView),
    ...namedReports(deps, leaderView),
    dashboard() {
      const v = view();
      return renderDashboardBlocks(v.model, v.open);
    },
    modal() {
      const v = view();
      return renderReportModal(v.model, v.open);
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
