/**
 * The alignment index and its parts per pulse, oldest to newest, with the change between pulses.
 */
import type { ReportModel, TrendPoint } from '../../analytics/report/index';
import { escapeMrkdwn } from '../escape';
import type { SlackMessage } from '../help';
import { type ReportLanguage, type ReportMessages, reportMessagesFor } from '../i18n/report/index';
import { slackDate } from '../slack-date';
import { context, header, LIMITS, message, section, titled } from './blocks';
import { arrowWords, changeWords, counted, partsWords } from './words';

/** Points shown at most (the newest ones). */
export const MAX_TREND_POINTS = 20;

function pointLine(p: TrendPoint, previous: TrendPoint | undefined, m: ReportMessages): string {
  const day = slackDate(new Date(p.openedAt), '{date_short}');
  const index = m.trend.index(p.index === null ? null : String(Math.round(p.index)));
  const change =
    p.change === null || p.index === null || previous === undefined
      ? ''
      : ` (${changeWords(p.index, p.index - p.change, `#${previous.pulseId}`, m)})`;
  const departments = counted(p.departmentsShown, 'department', m);
  return m.trend.point(p.pulseId, day, `${index}${change}`, partsWords(p.parts, m), departments);
}

/** "from 58 to 64 (▲ 6) over 3 pulses", or '' when the ends are not both known. */
function overall(points: readonly TrendPoint[], m: ReportMessages): string {
  const first = points.find((p) => p.index !== null);
  const last = points.findLast((p) => p.index !== null);
  if (first?.index == null || last?.index == null || first === last) return '';
  const arrow = arrowWords(last.index, first.index, m);
  return m.trend.overall(Math.round(first.index), Math.round(last.index), arrow, points.length);
}

/**
 * The trend of the index and its parts (from `model.trend`, or the points themselves). With fewer
 * than two points it explains that a trend needs two pulses.
 */
export function renderTrendMessage(
  trend: ReportModel | readonly TrendPoint[] | null | undefined,
  lang?: ReportLanguage,
): SlackMessage {
  const m = reportMessagesFor(lang);
  const all: readonly TrendPoint[] = trend == null ? [] : 'trend' in trend ? trend.trend : trend;
  const title = m.trend.title;
  if (all.length < 2) {
    const text = m.trend.tooFew(all.length);
    return message(text, [header(title), section(`:hourglass_flowing_sand: ${text}`)]);
  }
  // the newest points that fit the section (lines are oldest first, so the oldest go first): the
  // summary quotes the newest, and the heading counts exactly what is shown
  let points = all.slice(-MAX_TREND_POINTS);
  let lines = points.map((p, i) => pointLine(p, all[all.length - points.length + i - 1], m));
  const headingOf = (n: number) => m.trend.heading(n, all.length > n);
  // as `titled` lays it out: a bold heading, then one line per point, each ending in a newline
  const size = () => [`*${headingOf(points.length)}*`, ...lines].join('\n').length + 1;
  while (points.length > 2 && size() > LIMITS.sectionText) {
    points = points.slice(1);
    lines = lines.slice(1);
  }
  const summary = overall(points, m);
  const blocks = [
    header(title),
    ...(summary === '' ? [] : [section(summary)]),
    titled(headingOf(points.length), lines),
    context(`_${escapeMrkdwn(m.index.formula)}_`, m.trend.note),
  ];
  return message(summary === '' ? m.trend.over(title, points.length) : summary, blocks);
}
