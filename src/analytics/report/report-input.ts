/**
 * What the report builder reads: SQL aggregates for a window of pulses, as plain rows. Loaded by
 * `db/repositories/report-repository.ts`; nothing here grows with the number of answers except
 * counts, so memory grows with departments × touchpoints.
 *
 * All counts are over answers whose department is known (`answers.department_id` not null).
 */

/** One pulse of the window. */
export interface InputPulse {
  id: number;
  status: 'open' | 'closed';
  /** ms since the epoch. */
  openedAt: number;
  /** ms since the epoch; null while open. */
  closedAt: number | null;
}

/** A department that has answers or deliveries in the window. */
export interface InputDepartment {
  id: number;
  name: string;
}

/** A touchpoint asked in the window, with the name it was asked under (the newest pulse's). */
export interface InputTouchpoint {
  id: number;
  name: string;
  /** Position in the newest pulse that asked it (0 first). */
  position: number;
}

/** How many answers gave `rating` (1–5) to a touchpoint in a department. */
export interface RatingCount {
  departmentId: number;
  touchpointId: number;
  rating: number;
  count: number;
}

/** Distinct people who rated a touchpoint in a department (equals the ratings for one pulse). */
export interface CellRaters {
  departmentId: number;
  touchpointId: number;
  raters: number;
}

/** How many answers picked a touchpoint among their top 3. */
export interface PriorityCount {
  departmentId: number;
  touchpointId: number;
  count: number;
}

/** Respondents of a department in the window. */
export interface RespondentCount {
  departmentId: number;
  /** Distinct respondents (pseudonyms) over the window: the figure the anonymity threshold tests. */
  respondents: number;
  /** Counted answers over the window (one per respondent per pulse). */
  answers: number;
}

/** Answers of a department whose definition was tagged with `theme`. */
export interface ThemeCount {
  departmentId: number;
  theme: string;
  count: number;
}

/** Answers of a department whose definition used `term` (a word outside the lexicon). */
export interface TermCount {
  departmentId: number;
  term: string;
  count: number;
  /** The language of those answers (ISO 639-1); absent in results frozen before it was kept: `en`. */
  language?: string;
}

/**
 * Answers of a department in one language, and how many of them got at least one theme. `xx` is a
 * language with no lexicon: its answers are "not themed (language)", never a theme's base.
 */
export interface LanguageCount {
  departmentId: number;
  language: string;
  answers: number;
  themed: number;
}

/** Pulse invitations per department (department at enqueue time) and answers. */
export interface ParticipationCount {
  departmentId: number;
  /** Invitations with status `sent`. */
  delivered: number;
  /** Invitations with status `failed`. */
  failed: number;
  /** Counted answers in the window. */
  answered: number;
}

/**
 * Invitations sent while the person's department was not known yet (they pick it when answering):
 * they count in the overall rate, never toward a department, so a department's rate is not known.
 */
export interface UnplacedInvites {
  delivered: number;
  failed: number;
}

/** One definition of great CX, with nothing but its department. */
export interface InputQuote {
  departmentId: number;
  text: string;
}

/** A theme of the lexicon, in report order. */
export interface InputTheme {
  key: string;
  label: string;
}

/** Everything `buildReport` needs, already aggregated. */
export interface ReportInput {
  /** The pulses pooled in this report, oldest first. */
  pulses: InputPulse[];
  departments: InputDepartment[];
  touchpoints: InputTouchpoint[];
  themes: InputTheme[];
  respondents: RespondentCount[];
  ratingCounts: RatingCount[];
  cellRaters: CellRaters[];
  priorityCounts: PriorityCount[];
  themeCounts: ThemeCount[];
  termCounts: TermCount[];
  /** Answers per language; absent in results frozen before languages were counted. */
  languageCounts?: LanguageCount[];
  participation: ParticipationCount[];
  /** Invitations without a department (see `UnplacedInvites`); absent in results frozen before: none. */
  unplacedInvites?: UnplacedInvites;
  /**
   * More than half of the invited people's departments were declared by the people themselves
   * (picked in the pulse or kept from an earlier pick), not mapped from Slack or set by an admin.
   */
  mostlySelfDeclared?: boolean;
  quotes: InputQuote[];
  /** The roster's real and display names, scrubbed from quotes; none given scrubs contacts only. */
  rosterNames?: readonly string[];
}
