import type { ReportModel } from '../analytics/report';
import type { Db } from '../db/open-db';
import { UserError } from '../errors';
import { renderCsvReport } from '../render/csv-report';
import { escapeMrkdwn } from '../render/escape';
import type { SlackMessage } from '../render/help';
import {
  renderDashboardBlocks,
  renderDepartmentMessage,
  renderReportMessage,
  renderReportModal,
  renderTouchpointMessage,
  renderTrendMessage,
} from '../render/slack-report';
import type { SlackGateway } from '../slack/gateway';
import type { AccessService } from './access-service';
import { matchName } from './name-match';
import type { OrgService } from './org-service';
import { loadReport } from './report-loader';
import type { SettingsService } from './settings-service';

const say = (text: string): SlackMessage => ({
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
});

export const LEADERS_ONLY =
  'The alignment reports are for leaders. You can see your own answers (and delete them) on the app’s *Home* tab, and everyone sees the weekly digest. An admin can add you as a leader in `/cx-alignment config`.';

const NO_DATA = say(
  'There are no pulse results yet. An admin can start one with `/cx-alignment pulse now`; results show once a department has enough answers to stay anonymous.',
);

/** The leaders' views of the report: latest, one touchpoint, one department, trend, CSV export. */
export function createReportService(deps: {
  db: Db;
  settings: SettingsService;
  access: AccessService;
  org: OrgService;
  gateway: SlackGateway;
  clock: () => Date;
}) {
  const { db, settings, gateway } = deps;
  const threshold = () => settings.get().anonymity_threshold;

  /**
   * Building a model is milliseconds to tens of milliseconds of synchronous work, done after the
   * command is acked. Builds take turns, one per turn of the event loop, so a burst of leaders'
   * commands cannot hold back the ack of requests that arrive meanwhile: without the turns, every
   * request read in the same turn waited for the builds of those read before it (300 commands at
   * once: acks past Slack's 3 seconds on a busy 2-core machine).
   */
  let lastTurn: Promise<void> = Promise.resolve();
  function nextTurn(): Promise<void> {
    const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    lastTurn = turn;
    return turn;
  }

  async function leaderModel(userId: string): Promise<ReportModel | null> {
    if (!(await deps.access.isLeader(userId))) throw new UserError(LEADERS_ONLY);
    await nextTurn();
    return latest();
  }
  function latest(): ReportModel | null {
    return loadReport(db, { last: 1 }, threshold());
  }
  const list = (names: string[]) => names.map((n) => `*${escapeMrkdwn(n)}*`).join(', ');

  return {
    latest,
    async report(userId: string): Promise<SlackMessage> {
      const model = await leaderModel(userId);
      return model ? renderReportMessage(model) : NO_DATA;
    },
    async touchpoint(userId: string, name: string): Promise<SlackMessage> {
      const model = await leaderModel(userId);
      if (!model) return NO_DATA;
      const match = matchName(name, model.touchpoints, (t) => t.name);
      if (match.kind === 'one') return renderTouchpointMessage(model, match.item.id);
      if (match.kind === 'many')
        return say(`“${escapeMrkdwn(name)}” could mean ${list(match.items.map((t) => t.name))}. Which one?`);
      return say(
        `I know no touchpoint called “${escapeMrkdwn(name)}” in the latest pulse.${match.suggestions.length ? ` Did you mean ${list(match.suggestions.map((t) => t.name))}?` : ''}`,
      );
    },
    async department(userId: string, name: string): Promise<SlackMessage> {
      const model = await leaderModel(userId);
      if (!model) return NO_DATA;
      const match = matchName(name, model.departments, (d) => d.name);
      if (match.kind === 'one') return renderDepartmentMessage(model, match.item.id);
      if (match.kind === 'many')
        return say(`“${escapeMrkdwn(name)}” could mean ${list(match.items.map((d) => d.name))}. Which one?`);
      // a real department that is not shown: say why, without any figure
      const known = matchName(name, deps.org.allDepartments(), (d) => d.name);
      if (known.kind === 'one')
        return say(
          `*${escapeMrkdwn(known.item.name)}* had fewer than ${model.threshold} respondents in the latest pulse, so it is not shown on its own: that keeps everyone’s answers anonymous.`,
        );
      return say(
        `I know no department called “${escapeMrkdwn(name)}”.${match.suggestions.length ? ` Did you mean ${list(match.suggestions.map((d) => d.name))}?` : ''}`,
      );
    },
    async trend(userId: string): Promise<SlackMessage> {
      const model = await leaderModel(userId);
      return model ? renderTrendMessage(model.trend) : NO_DATA;
    },
    /** Uploads the aggregates as CSV to the leader's DM: never answers, never small groups. */
    async export(userId: string): Promise<SlackMessage> {
      const model = await leaderModel(userId);
      if (!model) return NO_DATA;
      const channel = await gateway.openDm(userId);
      const day = deps.clock().toISOString().slice(0, 10);
      await gateway.uploadFile({
        channel,
        filename: `cx-alignment-${day}.csv`,
        title: `CX alignment aggregates ${day}`,
        content: Buffer.from(renderCsvReport(model), 'utf8'),
        initialComment: `Here is the report’s aggregates as CSV (pulse${model.window.pulseIds.length > 1 ? 's' : ''} ${model.window.pulseIds.map((id) => `#${id}`).join(', ')}). It holds department-level figures only, never individual answers, and no group under ${model.threshold} people.`,
      });
      return say(':inbox_tray: I sent the CSV to our DM.');
    },
    dashboard() {
      return renderDashboardBlocks(latest());
    },
    modal() {
      const model = latest();
      return renderReportModal(model ?? undefined);
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
