/** The definitions section of the report (see `../definitions.ts` and `../definition-text.ts`). */

/** A frequent word outside the lexicon. */
export interface TermEntry {
  term: string;
  /** Answers using it. */
  count: number;
}

/** A definition of great CX, attributed to a department only. */
export interface ReportQuote {
  department: string;
  text: string;
}

/** A theme's weight in one department. */
export interface ThemeShare {
  key: string;
  label: string;
  /** Answers that mention it. */
  count: number;
  /**
   * count / the department's tagged answers (those in a language with a lexicon, see
   * {@link DefinitionCoverage}); count / all its answers when the coverage is not known.
   */
  share: number;
}

/** How much of a department's definitions the theme tagger could read. */
export interface DefinitionCoverage {
  /** Answers in a language with a lexicon: the base of every theme share. */
  tagged: number;
  /** Of the tagged answers, those that got at least one theme. */
  themed: number;
  /** Answers in a language with no lexicon (`xx`): "not themed (language)". */
  notThemedLanguage: number;
  /** Answers per language (ISO 639-1, `xx` for none with a lexicon), most first. */
  languages: { language: string; answers: number; themed: number }[];
}

/** Frequent words outside the lexicon in one language. */
export interface LanguageTerms {
  language: string;
  terms: TermEntry[];
}

/** One shown department's definition of great CX. */
export interface DepartmentDefinition {
  departmentId: number;
  department: string;
  answers: number;
  /** Themes mentioned at least once, by share, largest first. */
  themes: ThemeShare[];
  /** Its most used words outside the lexicon (each used in at least 2 answers). */
  topTerms: TermEntry[];
  /** Its answers by language and how many were themed; absent for results frozen before languages were counted. */
  coverage?: DefinitionCoverage;
  /** Its most used words outside the lexicon, per language. */
  termsByLanguage?: LanguageTerms[];
}

/** Similarity of two departments' theme distributions. */
export interface SimilarityPair {
  aId: number;
  a: string;
  bId: number;
  b: string;
  /** 1 − JSD (base 2), in [0, 1]; 1 = same mix of themes. */
  similarity: number;
}

/** The definitions part of the report. */
export interface DefinitionsSection {
  byDepartment: DepartmentDefinition[];
  /** Every pair of shown departments that mention at least one theme, in department order. */
  similarityPairs: SimilarityPair[];
  /** Mean of the pairs' similarity; null with fewer than 2 such departments. */
  meanSimilarity: number | null;
  /** Themes mentioned by ≥ 20% of the answers in ≥ 2/3 of the departments (see themes module). */
  consensus: { key: string; label: string; departments: string[]; share: number }[];
  /** Themes strong in one department and weak in the others. */
  divergent: { key: string; label: string; department: string; share: number; othersShare: number }[];
  /** Frequent words over the shown departments (sum of their top terms). */
  topTerms: TermEntry[];
  /** The same, per language (English first). */
  termsByLanguage?: LanguageTerms[];
  /** Up to 3 definitions per shown department, attributed to the department only. */
  quotes: ReportQuote[];
}
