/**
 * How each department defines great CX: its theme shares, the similarity between departments'
 * theme distributions (1 − Jensen–Shannon divergence), consensus and divergent themes, frequent
 * words outside the lexicon, and a few unattributed quotes.
 */
import { jensenShannon } from '../stats/index';
import { consensusAndDivergentThemes, themeDistribution } from '../themes/index';
import { coverageByDepartment, NO_COVERAGE, termsByLanguage } from './definition-coverage';
import { quotesOf, topTerms } from './definition-text';
import type { DefinitionsSection, DepartmentDefinition, SimilarityPair } from './model/index';
import type { InputTheme, ReportInput } from './report-input';

export { MAX_QUOTE_CHARS, MIN_TERM_COUNT, QUOTES_PER_DEPARTMENT } from './definition-text';

/** The lexicon's themes, then any other key found in the counts (labelled by its key). */
function themeUniverse(input: ReportInput): InputTheme[] {
  const known = new Set(input.themes.map((t) => t.key));
  const extra = [...new Set(input.themeCounts.map((c) => c.theme))].filter((k) => !known.has(k)).sort();
  return [...input.themes, ...extra.map((key) => ({ key, label: key }))];
}

/** Theme counts by department. */
function countsOf(input: ReportInput): Map<number, Record<string, number>> {
  const counts = new Map<number, Record<string, number>>();
  for (const c of input.themeCounts) {
    const record = counts.get(c.departmentId) ?? {};
    record[c.theme] = (record[c.theme] ?? 0) + c.count;
    counts.set(c.departmentId, record);
  }
  return counts;
}

/** 1 − JSD between every two departments that mention a theme, and its mean. */
function similarity(
  byDepartment: readonly DepartmentDefinition[],
  counts: ReadonlyMap<number, Record<string, number>>,
  keys: string[],
): Pick<DefinitionsSection, 'similarityPairs' | 'meanSimilarity'> {
  const withThemes = byDepartment.filter((d) => d.themes.length > 0);
  const vectors = new Map(
    withThemes.map((d) => [d.departmentId, themeDistribution(counts.get(d.departmentId) ?? {}, keys)]),
  );
  const similarityPairs: SimilarityPair[] = [];
  withThemes.forEach((a, i) => {
    for (const b of withThemes.slice(i + 1)) {
      const jsd = jensenShannon(vectors.get(a.departmentId) ?? [], vectors.get(b.departmentId) ?? []);
      if (jsd === null) continue;
      similarityPairs.push({
        aId: a.departmentId,
        a: a.department,
        bId: b.departmentId,
        b: b.department,
        similarity: 1 - jsd,
      });
    }
  });
  const meanSimilarity =
    similarityPairs.length === 0
      ? null
      : similarityPairs.reduce((acc, p) => acc + p.similarity, 0) / similarityPairs.length;
  return { similarityPairs, meanSimilarity };
}

/**
 * Builds the definitions section from the (anonymised) input. A theme's share, consensus and
 * stand-out themes are over the department's tagged answers (in a language with a lexicon), so
 * answers in another language never lower them; the similarity (1 − JSD, a third of the
 * alignment index) compares theme mixes normalised over mentions, which untagged answers do not
 * enter either.
 */
export function buildDefinitions(input: ReportInput): DefinitionsSection {
  const themes = themeUniverse(input);
  const labelOf = new Map(themes.map((t) => [t.key, t.label]));
  const keys = themes.map((t) => t.key);
  const answersOf = new Map(input.respondents.map((r) => [r.departmentId, r.answers]));
  const coverage = coverageByDepartment(input.languageCounts);
  const counts = countsOf(input);
  const byDepartment = input.departments.map((d): DepartmentDefinition => {
    const answers = answersOf.get(d.id) ?? 0;
    const covered = coverage === undefined ? undefined : (coverage.get(d.id) ?? NO_COVERAGE);
    const base = covered?.tagged ?? answers;
    const record = counts.get(d.id) ?? {};
    const shares = keys
      .map((key) => ({ key, label: labelOf.get(key) ?? key, count: record[key] ?? 0 }))
      .filter((t) => t.count > 0)
      .map((t) => ({ ...t, share: base > 0 ? Math.min(1, t.count / base) : 0 }))
      .sort((a, b) => b.share - a.share);
    const own = input.termCounts.filter((t) => t.departmentId === d.id);
    return {
      departmentId: d.id,
      department: d.name,
      answers,
      themes: shares,
      topTerms: topTerms(own),
      ...(covered === undefined ? {} : { coverage: covered }),
      termsByLanguage: termsByLanguage(own),
    };
  });

  const { similarityPairs, meanSimilarity } = similarity(byDepartment, counts, keys);
  const found = consensusAndDivergentThemes(
    byDepartment.map((d) => ({
      department: d.department,
      respondents: d.coverage?.tagged ?? d.answers,
      themeCounts: counts.get(d.departmentId) ?? {},
    })),
  );
  return {
    byDepartment,
    similarityPairs,
    meanSimilarity,
    consensus: found.consensus.map((c) => ({
      key: c.theme,
      label: labelOf.get(c.theme) ?? c.theme,
      departments: c.departments,
      share: c.share,
    })),
    divergent: found.divergent.map((c) => ({
      key: c.theme,
      label: labelOf.get(c.theme) ?? c.theme,
      department: c.department,
      share: c.share,
      othersShare: c.othersShare,
    })),
    topTerms: topTerms(input.termCounts),
    termsByLanguage: termsByLanguage(input.termCounts),
    quotes: quotesOf(input),
  };
}
