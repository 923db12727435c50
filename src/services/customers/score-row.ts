/**
 * One customer-score row checked with zod: period, touchpoint (matched to a known one), metric,
 * score on its scale, n. Each problem is one line a person can act on.
 */
import { z } from 'zod';
import { PERIOD_FORMATS, parsePeriod } from '../../analytics/customers/period';
import { formatScale, normalise, onScale, parseScale, type Scale } from '../../analytics/customers/scale';
import { editDistance, matchName } from '../name-match';
import type { CsvRecord } from './csv-rows';

/** A touchpoint a row may name. */
export interface KnownTouchpoint {
  id: number;
  name: string;
}

/** A valid row, ready to store. */
export interface ScoreRow {
  line: number;
  period: string;
  touchpointId: number;
  touchpoint: string;
  metric: string;
  rawScore: number;
  scale: string;
  normalised: number;
  n: number;
}

const MAX_METRIC = 40;
const number = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .transform((s) => Number(s.replace('−', '-')))
    .refine((v) => Number.isFinite(v), `${what} is not a number`);

const rowSchema = z.object({
  period: z
    .string()
    .trim()
    .refine((p) => parsePeriod(p) !== null, {
      error: (i) => `period '${i.input}' is not one of ${PERIOD_FORMATS}`,
    })
    .transform((p) => parsePeriod(p)?.label ?? p),
  touchpoint: z.string().trim().min(1, 'touchpoint is empty'),
  metric: z
    .string()
    .trim()
    .min(1, 'metric is empty (e.g. CSAT, CES, NPS, reviews)')
    .max(MAX_METRIC, `metric is over ${MAX_METRIC} characters`),
  score: number('score'),
  scale: z
    .string()
    .trim()
    .transform((s, ctx): Scale => {
      const scale = parseScale(s);
      if (scale === null) {
        ctx.addIssue({
          code: 'custom',
          message: `scale '${s}' is not worst..best (e.g. 1..5, 0..10, -100..100, %)`,
        });
        return z.NEVER;
      }
      return scale;
    }),
  n: number('n').refine(
    (v) => Number.isInteger(v) && v >= 1,
    'n must be a whole number of customers, at least 1',
  ),
});

/** Known touchpoints within a few edits of `name` (a quarter of its length, at least 2), nearest first. */
function near(name: string, known: readonly KnownTouchpoint[]): KnownTouchpoint[] {
  const key = name.toLowerCase();
  const within = Math.max(2, Math.floor(key.length / 4));
  return known
    .map((t) => ({ t, d: editDistance(key, t.name.toLowerCase()) }))
    .filter((x) => x.d <= within)
    .sort((a, b) => a.d - b.d)
    .slice(0, 2)
    .map((x) => x.t);
}

/** Finds the touchpoint a name means: the same name ignoring case, accents and punctuation. */
export function touchpointFinder(known: readonly KnownTouchpoint[]) {
  const cache = new Map<string, KnownTouchpoint | string>();
  return function find(name: string): KnownTouchpoint | string {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const match = matchName(name, known, (t) => t.name);
    const exact = match.kind === 'one' && match.item.name.toLowerCase() === name.toLowerCase();
    const suggestions =
      match.kind === 'none' ? near(name, known) : match.kind === 'one' ? [match.item] : match.items;
    const hint =
      suggestions.length > 0 ? `; did you mean ${suggestions.map((t) => `'${t.name}'`).join(' or ')}?` : '';
    const found: KnownTouchpoint | string =
      exact && match.kind === 'one' ? match.item : `unknown touchpoint '${name}'${hint}`;
    cache.set(name, found);
    return found;
  };
}

/** The row, or its problems as `line N: …`. */
export function checkRow(
  record: CsvRecord,
  find: (name: string) => KnownTouchpoint | string,
): ScoreRow | string[] {
  const parsed = rowSchema.safeParse(record.cells);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  const touchpoint = record.cells.touchpoint.trim() === '' ? null : find(record.cells.touchpoint.trim());
  if (typeof touchpoint === 'string') problems.push(touchpoint);
  if (parsed.success && !onScale(parsed.data.score, parsed.data.scale))
    problems.push(`score ${parsed.data.score} is off its scale ${formatScale(parsed.data.scale)}`);
  if (!parsed.success || problems.length > 0 || touchpoint === null || typeof touchpoint === 'string')
    return problems.map((p) => `line ${record.line}: ${p}`);
  const { period, metric, score, scale, n } = parsed.data;
  return {
    line: record.line,
    period,
    touchpointId: touchpoint.id,
    touchpoint: touchpoint.name,
    metric,
    rawScore: score,
    scale: formatScale(scale),
    normalised: normalise(score, scale),
    n,
  };
}
