/**
 * Scores theme tags against human labels: per-theme precision and recall, micro-averaged F1, and
 * the share of answers that carry a theme but got none. Pure; the labelled set and the bench are
 * in test/fixtures/themes and bench/themes-bench.ts.
 */

/** An answer labelled by a human coder. */
export interface LabelledAnswer {
  text: string;
  /** ISO 639-1 code of the language it is written in. */
  language: string;
  /** The theme keys the coder gave (none for an answer without a theme). */
  themes: readonly string[];
}

/** One answer's labels beside the tagger's themes. */
export interface ScoredAnswer {
  expected: readonly string[];
  actual: readonly string[];
}

/** Counts and ratios for one theme; a ratio is `null` when its denominator is 0. */
export interface ThemeScore {
  theme: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
}

/** Scores of a group of answers. */
export interface TagScores {
  answers: number;
  perTheme: ThemeScore[];
  microPrecision: number | null;
  microRecall: number | null;
  microF1: number | null;
  /** Answers with at least one expected theme. */
  themed: number;
  /** Of those, the share that got no theme at all (`null` when there are none). */
  untaggedShare: number | null;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Scores `answers`, theme by theme in `themeKeys` order; themes outside `themeKeys` still count in
 * the micro averages. Micro-F1 pools every (answer, theme) decision, so frequent themes weigh more.
 */
export function scoreTags(answers: readonly ScoredAnswer[], themeKeys: readonly string[]): TagScores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const countsOf = (theme: string) => {
    let c = counts.get(theme);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(theme, c);
    }
    return c;
  };
  for (const key of themeKeys) countsOf(key);
  let themed = 0;
  let untagged = 0;
  for (const { expected, actual } of answers) {
    const want = new Set(expected);
    const got = new Set(actual);
    for (const theme of got) countsOf(theme)[want.has(theme) ? 'tp' : 'fp'] += 1;
    for (const theme of want) if (!got.has(theme)) countsOf(theme).fn += 1;
    if (want.size > 0) {
      themed += 1;
      if (got.size === 0) untagged += 1;
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perTheme: ThemeScore[] = [];
  for (const [theme, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    perTheme.push({
      theme,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
    });
  }
  const microPrecision = ratio(tp, tp + fp);
  const microRecall = ratio(tp, tp + fn);
  return {
    answers: answers.length,
    perTheme,
    microPrecision,
    microRecall,
    microF1: f1(microPrecision, microRecall),
    themed,
    untaggedShare: ratio(untagged, themed),
  };
}
