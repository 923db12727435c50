/**
 * CX themes: tag "what does a great customer experience look like?" answers and aggregate the tags.
 */
export { DEFAULT_LEXICON } from './default-lexicon';
export {
  type LabelledAnswer,
  type ScoredAnswer,
  scoreTags,
  type TagScores,
  type ThemeScore,
} from './evaluation';
export { createTaggerWithExtras, type ExtraTerms, LEXICON_LANGUAGES, withExtraTerms } from './extra-terms';
export { DEFAULT_LANGUAGE, detectLanguage, localeLanguage, UNKNOWN_LANGUAGE } from './language-detector';
export {
  MAX_LABEL_CHARS,
  MAX_TERM_CHARS,
  MAX_TERM_WORDS,
  MAX_TERMS_PER_THEME,
  MAX_THEMES,
  normaliseTerm,
  type ParseLexiconResult,
  parseLexicon,
  type ThemeLexicon,
} from './lexicon';
export { DEFAULT_LANGUAGE_LEXICONS } from './lexicons/index';
export type { LanguageLexicon } from './multilingual';
export { MAX_INPUT_CHARS, sanitizeText } from './text-sanitizer';
export {
  CONSENSUS_MIN_DEPARTMENT_FRACTION,
  CONSENSUS_MIN_SHARE,
  type ConsensusOptions,
  type ConsensusTheme,
  consensusAndDivergentThemes,
  type DepartmentThemeCounts,
  DIVERGENT_MAX_OTHERS_RATIO,
  DIVERGENT_MIN_SHARE,
  type DivergentTheme,
  themeDistribution,
} from './theme-distribution';
export {
  createThemeTagger,
  GENERIC_CX_WORDS,
  MAX_TERMS_PER_ANSWER,
  type TagOptions,
  type ThemeTagger,
  type ThemeTags,
} from './theme-tagger';
export { warmUp as warmUpThemeTagger } from './wink-adapter';
