/**
 * Plain words for people: names made mrkdwn-safe, numbers rounded the way a reader says them, and
 * the small phrases every Block Kit view of the report shares.
 */
import type { AgreementLabel, IndexPartKey, ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn, truncate } from '../escape';
import { type CountedNoun, countOf, REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { one, plain } from '../report-format';
import { slackDate } from '../slack-date';

/** Longest department, touchpoint or theme name shown before it is cut. */
export const NAME_MAX = 80;

/** User text (a department, touchpoint, theme or term) folded to one line, cut and escaped for mrkdwn. */
export const name = (text: string, max: number = NAME_MAX): string =>
  escapeMrkdwn(truncate(plain(text), max));

/** A name in bold. */
export const bold = (text: string): string => `*${name(text)}*`;

/** "1 department", "3 departments". */
export const plural = (count: number, singular: string, many = `${singular}s`): string =>
  `${count} ${count === 1 ? singular : many}`;

/** A part of the index (in [0, 1]) on the index's 0–100 scale. */
export const score = (x: number): string => String(Math.round(x * 100));

/** "3 departments" in the report's language. */
export const counted = (n: number, noun: CountedNoun, m: ReportMessages = REPORT_EN): string =>
  countOf(m, n, noun);

/** Short names of the index parts, as leaders read them next to the index. */
export const PART_SHORT: Readonly<Record<IndexPartKey, string>> = REPORT_EN.words.parts;

/** "ratings 71 · priorities 58 · definitions 63" ("n/a" for a part that can't be computed). */
export function partsWords(
  parts: Readonly<Record<IndexPartKey, number | null>>,
  m: ReportMessages = REPORT_EN,
): string {
  return (Object.keys(PART_SHORT) as IndexPartKey[])
    .map((key) => {
      const value = parts[key];
      return `${m.words.parts[key]} ${value === null ? m.words.notAvailable : score(value)}`;
    })
    .join(' · ');
}

/**
 * "▲ 5", "▼ 2" or "no change": the difference of the rounded values, so it always matches the whole
 * numbers the reader sees next to it.
 */
export function arrowWords(current: number, previous: number, m: ReportMessages = REPORT_EN): string {
  const rounded = Math.round(current) - Math.round(previous);
  if (rounded === 0) return m.words.noChange;
  return `${rounded > 0 ? '▲' : '▼'} ${Math.abs(rounded)}`;
}

/** "▲ 5 since pulse #3", "no change since pulse #3". */
export const changeWords = (
  current: number,
  previous: number,
  since: string,
  m: ReportMessages = REPORT_EN,
): string => m.words.since(arrowWords(current, previous, m), since);

/** A 1–5 mean as a ten-character bar: `▇▇▇▇▇▇▇░░░`. */
export function bar(mean: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(((mean - 1) / 4) * 10)));
  return `\`${'▇'.repeat(filled)}${'░'.repeat(10 - filled)}\``;
}

/** Words for agreement inside a team (rwg). */
export const AGREEMENT_WORDS: Readonly<Record<AgreementLabel, string>> = REPORT_EN.words.agreement;

/** A 95% interval, "95% CI 3.9–4.3", or '' when unknown. */
export function intervalWords(
  low: number | null,
  high: number | null,
  m: ReportMessages = REPORT_EN,
): string {
  return low === null || high === null ? '' : m.words.interval(one(low), one(high));
}

/** "Pulse #3" or "Pulses #1, #2, #3". */
export function pulsesWords(pulseIds: readonly number[], m: ReportMessages = REPORT_EN): string {
  const ids = pulseIds.map((id) => `#${id}`).join(', ');
  return m.words.pulses(ids, pulseIds.length !== 1);
}

/** The window with dates Slack shows in each reader's time zone: "Pulse #3 · opened … · still open". */
export function windowWords(model: ReportModel, m: ReportMessages = REPORT_EN): string {
  const w = model.window;
  const day = (ms: number) => slackDate(new Date(ms), '{date_short}');
  const opened = w.pulseIds.length === 1 ? m.words.opened : m.words.from;
  const from = w.from === null ? '' : ` · ${opened} ${day(w.from)}`;
  const to = w.open ? ` · ${m.words.stillOpen}` : w.to === null ? '' : ` · ${m.words.closed(day(w.to))}`;
  return `${pulsesWords(w.pulseIds, m)}${from}${to}`;
}

/** "143 of 210 answered (68%) across 7 departments". */
export function participationWords(model: ReportModel, m: ReportMessages = REPORT_EN): string {
  const t = model.totals;
  const answered = model.participation.reduce((acc, p) => acc + p.answered, 0);
  const across = m.words.across(counted(t.departmentsShown, 'department', m));
  if (t.delivered === 0 || t.responseRate === null) return `${counted(answered, 'answer', m)} ${across}`;
  const rate = Math.round(t.responseRate * 100);
  return `${m.words.answered(answered, t.delivered, rate, across)}${unplacedWords(t.unplacedDelivered, m)}`;
}

/** Why departments show no rate: some were invited before their department was known. */
export function unplacedWords(unplaced: number, m: ReportMessages = REPORT_EN): string {
  return unplaced > 0 ? m.words.unplaced(unplaced) : '';
}

/** The caveat of a report whose departments were mostly chosen by the people themselves. */
export const SELF_DECLARED_CAVEAT = REPORT_EN.words.selfDeclared;

/** The self-declared caveat with its icon; '' when departments were mostly mapped. */
export function selfDeclaredWords(model: ReportModel, m: ReportMessages = REPORT_EN): string {
  return model.departmentsMostlySelfDeclared ? `:information_source: ${m.words.selfDeclared}` : '';
}

/**
 * The suppressed note, escaped, with a lock; '' when nothing was left out. English shows the
 * model's own sentence (what frozen results were written with); another language says the same
 * counts in its words.
 */
export function suppressedWords(model: ReportModel, m: ReportMessages = REPORT_EN): string {
  const s = model.suppressed;
  if (s.note === null) return '';
  const note =
    m.code === 'en'
      ? s.note
      : (m.words.suppressed(s.departmentCount, s.cellCount, model.threshold) ?? s.note);
  return `:lock: ${escapeMrkdwn(note)}`;
}

/** The footer every view ends with. */
export function footerWords(threshold: number, extra = '', m: ReportMessages = REPORT_EN): string {
  const tail = extra === '' ? '' : ` · ${extra}`;
  return `${m.words.footer(threshold)}${tail}`;
}
