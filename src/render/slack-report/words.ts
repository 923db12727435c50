/**
 * Plain words for people: names made mrkdwn-safe, numbers rounded the way a reader says them, and
 * the small phrases every Block Kit view of the report shares.
 */
import type { AgreementLabel, IndexPartKey, ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn, truncate } from '../escape';
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

/** Short names of the index parts, as leaders read them next to the index. */
export const PART_SHORT: Readonly<Record<IndexPartKey, string>> = {
  ratingAgreement: 'ratings',
  priorityConcordance: 'priorities',
  definitionSimilarity: 'definitions',
};

/** "ratings 71 · priorities 58 · definitions 63" ("n/a" for a part that can't be computed). */
export function partsWords(parts: Readonly<Record<IndexPartKey, number | null>>): string {
  return (Object.keys(PART_SHORT) as IndexPartKey[])
    .map((key) => {
      const value = parts[key];
      return `${PART_SHORT[key]} ${value === null ? 'n/a' : score(value)}`;
    })
    .join(' · ');
}

/**
 * "▲ 5", "▼ 2" or "no change": the difference of the rounded values, so it always matches the whole
 * numbers the reader sees next to it.
 */
export function arrowWords(current: number, previous: number): string {
  const rounded = Math.round(current) - Math.round(previous);
  if (rounded === 0) return 'no change';
  return `${rounded > 0 ? '▲' : '▼'} ${Math.abs(rounded)}`;
}

/** "▲ 5 since pulse #3", "no change since pulse #3". */
export const changeWords = (current: number, previous: number, since: string): string =>
  `${arrowWords(current, previous)} since ${since}`;

/** A 1–5 mean as a ten-character bar: `▇▇▇▇▇▇▇░░░`. */
export function bar(mean: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(((mean - 1) / 4) * 10)));
  return `\`${'▇'.repeat(filled)}${'░'.repeat(10 - filled)}\``;
}

/** Words for agreement inside a team (rwg). */
export const AGREEMENT_WORDS: Readonly<Record<AgreementLabel, string>> = {
  agrees: 'team agrees',
  moderate: 'some spread',
  split: 'team is split',
};

/** A 95% interval, "95% CI 3.9–4.3", or '' when unknown. */
export function intervalWords(low: number | null, high: number | null): string {
  return low === null || high === null ? '' : `95% CI ${one(low)}–${one(high)}`;
}

/** "Pulse #3" or "Pulses #1, #2, #3". */
export function pulsesWords(pulseIds: readonly number[]): string {
  const ids = pulseIds.map((id) => `#${id}`).join(', ');
  return pulseIds.length === 1 ? `Pulse ${ids}` : `Pulses ${ids}`;
}

/** The window with dates Slack shows in each reader's time zone: "Pulse #3 · opened … · still open". */
export function windowWords(model: ReportModel): string {
  const w = model.window;
  const day = (ms: number) => slackDate(new Date(ms), '{date_short}');
  const from = w.from === null ? '' : ` · ${w.pulseIds.length === 1 ? 'opened' : 'from'} ${day(w.from)}`;
  const to = w.open ? ' · still open' : w.to === null ? '' : ` · closed ${day(w.to)}`;
  return `${pulsesWords(w.pulseIds)}${from}${to}`;
}

/** "143 of 210 answered (68%) across 7 departments". */
export function participationWords(model: ReportModel): string {
  const t = model.totals;
  const answered = model.participation.reduce((acc, p) => acc + p.answered, 0);
  const across = `across ${plural(t.departmentsShown, 'department')}`;
  if (t.delivered === 0 || t.responseRate === null) return `${plural(answered, 'answer')} ${across}`;
  return `${answered} of ${t.delivered} answered (${Math.round(t.responseRate * 100)}%) ${across}${unplacedWords(t.unplacedDelivered)}`;
}

/** Why departments show no rate: some were invited before their department was known. */
export function unplacedWords(unplaced: number): string {
  return unplaced > 0
    ? ` (${unplaced} of them invited before their department was known, so invitations were not known per department)`
    : '';
}

/** The caveat of a report whose departments were mostly chosen by the people themselves. */
export const SELF_DECLARED_CAVEAT =
  'Most departments here were chosen by the people themselves, not mapped from Slack user groups or set by an admin: read the differences between departments with care.';

/** The self-declared caveat with its icon; '' when departments were mostly mapped. */
export function selfDeclaredWords(model: ReportModel): string {
  return model.departmentsMostlySelfDeclared ? `:information_source: ${SELF_DECLARED_CAVEAT}` : '';
}

/** The model's suppressed note, escaped, with a lock; '' when nothing was left out. */
export function suppressedWords(model: ReportModel): string {
  return model.suppressed.note === null ? '' : `:lock: ${escapeMrkdwn(model.suppressed.note)}`;
}

/** The footer every view ends with. */
export function footerWords(threshold: number, extra = ''): string {
  const tail = extra === '' ? '' : ` · ${extra}`;
  return `Groups under ${threshold} people are never shown, and no answer is attributed to anyone${tail}`;
}
