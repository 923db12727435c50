/**
 * How each department defines great CX: its theme shares, the similarity between departments'
 * theme distributions (1 − Jensen–Shannon divergence), consensus and divergent themes, frequent
 * words outside the lexicon, and a few unattributed quotes.
 */
import { jensenShannon } from '../stats/index';
import { consensusAndDivergentThemes, themeDistribution } from '../themes/index';
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

/** Builds the definitions section from the (anonymised) input. */
export function buildDefinitions(input: ReportInput): DefinitionsSection {
  const themes = themeUniverse(input);
  const labelOf = new Map(themes.map((t) => [t.key, t.label]));
  const keys = themes.map((t) => t.key);
  const answersOf = new Map(input.respondents.map((r) => [r.departmentId, r.answers]));
  const counts = new Map<number, Record<string, number>>();
  for (const c of input.themeCounts) {
    const record = counts.get(c.departmentId) ?? {};
    record[c.theme] = (record[c.theme] ?? 0) + c.count;
    counts.set(c.departmentId, record);
  }
  const byDepartment = input.departments.map((d): DepartmentDefinition => {
    const answers = answersOf.get(d.id) ?? 0;
    const record = counts.get(d.id) ?? {};
    const shares = keys
      .map((key) => ({ key, label: labelOf.get(key) ?? key, count: record[key] ?? 0 }))
      .filter((t) => t.count > 0)
      .map((t) => ({ ...t, share: answers > 0 ? t.count / answers : 0 }))
      .sort((a, b) => b.share - a.share);
    const terms = topTerms(input.termCounts.filter((t) => t.departmentId === d.id));
    return { departmentId: d.id, department: d.name, answers, themes: shares, topTerms: terms };
  });

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

  const found = consensusAndDivergentThemes(
    byDepartment.map((d) => ({
      department: d.department,
      respondents: d.answers,
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
    quotes: quotesOf(input),
  };
}
