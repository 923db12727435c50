/**
 * The report's fixed words in English, the source of truth: every other language is typed against
 * this shape. Numbers come in already formatted (a decimal point in every language, so the figures
 * read the same everywhere); names come in already escaped.
 */
import { ALIGNMENT_INDEX_FORMULA, QUADRANT_LABELS, type Quadrant } from '../../../analytics/report/index';
import { enViews } from './en-views';
import type { NounForms, ReportLanguage } from './languages';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const reportEn = {
  code: 'en' as ReportLanguage,
  /** True when a count takes the singular form. */
  isOne: (n: number): boolean => n === 1,
  nouns: {
    department: ['department', 'departments'],
    answer: ['answer', 'answers'],
    respondent: ['respondent', 'respondents'],
  } as NounForms,
  words: {
    parts: {
      ratingAgreement: 'ratings',
      priorityConcordance: 'priorities',
      definitionSimilarity: 'definitions',
    },
    notAvailable: 'n/a',
    noChange: 'no change',
    since: (change: string, since: string) => `${change} since ${since}`,
    agreement: { agrees: 'team agrees', moderate: 'some spread', split: 'team is split' },
    interval: (low: string, high: string) => `95% CI ${low}–${high}`,
    pulses: (ids: string, many: boolean) => (many ? `Pulses ${ids}` : `Pulse ${ids}`),
    opened: 'opened',
    from: 'from',
    stillOpen: 'still open',
    closed: (day: string) => `closed ${day}`,
    across: (departments: string) => `across ${departments}`,
    answered: (answered: number, delivered: number, percent: number, across: string) =>
      `${answered} of ${delivered} answered (${percent}%) ${across}`,
    unplaced: (n: number) =>
      ` (${n} of them invited before their department was known, so invitations were not known per department)`,
    selfDeclared:
      'Most departments here were chosen by the people themselves, not mapped from Slack user groups or set by an admin: read the differences between departments with care.',
    footer: (threshold: number) =>
      `Groups under ${threshold} people are never shown, and no answer is attributed to anyone`,
    suppressed: (departments: number, cells: number, threshold: number): string | null => {
      const parts: string[] = [];
      if (departments > 0)
        parts.push(
          `${departments} ${s(departments, 'department', 'departments')} with fewer than ${threshold} respondents ${s(departments, 'is', 'are')} not shown`,
        );
      if (cells > 0)
        parts.push(
          `${cells} ${s(cells, 'department × touchpoint rating', 'department × touchpoint ratings')} with fewer than ${threshold} raters ${s(cells, 'shows', 'show')} "too few answers"`,
        );
      return parts.length === 0 ? null : `${parts.join('; ')}.`;
    },
  },
  index: {
    sincePulse: (id: number) => `pulse #${id}`,
    notAvailable: (parts: string) =>
      `Alignment index not available yet: it needs at least two departments with comparable answers (${parts})`,
    sentence: (shown: string, delta: string, parts: string) =>
      `Alignment index ${shown}/100${delta} · ${parts}`,
    formula: ALIGNMENT_INDEX_FORMULA,
  },
  report: {
    title: 'CX alignment report',
    more: (n: number) => `…and ${n} more`,
    moreDepartments: (n: number) => `…and ${n} more departments`,
    moreTouchpoints: (n: number) => `…and ${n} more touchpoints`,
    respondentsIn: (respondents: string, departments: string) => `${respondents} in ${departments}`,
    diverge: 'Where departments diverge',
    agree: 'Where departments agree',
    split: 'Split inside a team',
    priorities: 'Priorities',
    quadrants: 'Importance vs performance: different quadrants',
    definitions: 'How departments define great CX',
    topDivergence: (line: string) => `Top divergence: ${line}.`,
    moreViews: 'See `/cx-alignment help` for more views',
  },
  digest: {
    title: (period: string) => `CX alignment · ${period}`,
    sinceLastDigest: 'the last digest',
    moreInCommand: (n: number) => `…and ${n} more in \`/cx-alignment\``,
    details: '`/cx-alignment` for details',
    agree: ':handshake: Where we agree',
    diverge: ':warning: Where we diverge',
    definitions: ':speech_balloon: How each department defines great CX',
    heatmapTitle: 'How departments rate each touchpoint (1–5)',
    heatmapHidden: (threshold: number) => `groups under ${threshold} not shown`,
    biggestDivergence: (line: string) => `Biggest divergence: ${line}.`,
    pulseResults: (id: number) => `Pulse #${id} results`,
    week: (week: string) => `Week ${week}`,
  },
  definitions: {
    similarity: {
      very: 'very similar',
      fairly: 'fairly similar',
      somewhat: 'somewhat different',
      different: 'very different',
    },
    noTheme: 'no CX theme mentioned',
    coverage: (themed: number, tagged: number, otherLanguage: number) =>
      `${themed} of ${tagged} ${s(tagged, 'answer', 'answers')} themed${otherLanguage > 0 ? `, ${otherLanguage} not themed (language)` : ''}`,
    noConsensus: 'No theme is shared by most departments yet.',
    consensusItem: (label: string, departments: number, share: string) =>
      `${label} (${departments} departments, ${share} of answers)`,
    consensus: (items: string) => `Shared by most departments: ${items}`,
    standsOut: (department: string, label: string, share: string, others: string) =>
      `${department} stands out on ${label} (${share} vs ${others} elsewhere)`,
    ends: (a: string, b: string, near: string, c: string, d: string, far: string) =>
      `; closest ${a} and ${b} ${near}, furthest ${c} and ${d} ${far}`,
    similarityLine: (word: string, mean: string, ends: string) =>
      `Definitions are ${word} across departments (mean similarity ${mean} on 0–1${ends}).`,
  },
  divergence: {
    none: 'No touchpoint divergence is larger than the noise.',
    noAgreement: 'No touchpoint has every department within half a point of each other yet.',
    rates: (high: string, touchpoint: string, highMean: string, low: string, lowMean: string, gap: string) =>
      `${high} rates ${touchpoint} ${highMean}, ${low} ${lowMean} (gap ${gap})`,
    intervals: (a: string, b: string, c: string, d: string) => `; 95% intervals ${a}–${b} and ${c}–${d}`,
    detail: (head: string, nHigh: number, nLow: number, intervals: string) =>
      `${head}: n ${nHigh} and ${nLow}${intervals}`,
    agreement: (touchpoint: string, departments: number, gap: string, low: string, high: string) =>
      `${touchpoint}: all ${departments} departments within ${gap} (${low}–${high})`,
    unclear: (n: number) =>
      `_${n} other gap${s(n, ' is', 's are')} half a point or more but within the noise._`,
    split: (department: string, touchpoint: string, figures: string) =>
      `${department} is split on ${touchpoint}${figures}`,
    splitFigures: (mean: string, rwg: string) => ` (mean ${mean}, rwg ${rwg})`,
    noSplit: 'No team is split on any touchpoint: each rates them fairly consistently.',
  },
  priorities: {
    concordanceWords: {
      largely: 'largely agree',
      partly: 'partly agree',
      hardly: 'hardly agree',
      none: 'do not agree',
    },
    noConcordance: 'Not enough departments picked priorities to compare them.',
    chance: ', no more than chance would give',
    concordance: (word: string, w: string, r: string, p: string, departments: number, chance: string) =>
      `Departments ${word} on what matters most to customers (Kendall's W ${w}, mean rank correlation ${r}, ${p}, ${departments} departments${chance}).`,
    topPicks: (items: string) => `Most picked as a top 3: ${items}`,
    moreNames: (shown: string, n: number) => `${shown} +${n} more`,
    opposite: ' (opposite views)',
    quadrantFor: (label: string, names: string) => `${label} for ${names}`,
    quadrants: QUADRANT_LABELS as Readonly<Record<Quadrant, string>>,
    noConflict: 'Departments place every touchpoint in the same quadrant.',
  },
  empty: {
    noResults:
      'No pulse results yet. Once a pulse has enough answers, this shows where departments agree and where they diverge. An admin can start one with `/cx-alignment pulse now`.',
    noDepartmentHas: 'no department has',
    onlyHave: (departments: string, n: number) => `only ${departments} ${s(n, 'has', 'have')}`,
    notComparable: (who: string, threshold: number, window: string) =>
      `Not enough to compare yet: ${who} at least ${threshold} respondents in ${window}. The report compares departments, so it needs two or more; it fills in as more people answer.`,
  },
  ...enViews,
};

/** The shape every language fills in: a missing key, or a placeholder of another type, does not compile. */
export type ReportMessages = typeof reportEn;
