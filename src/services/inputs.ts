/**
 * What the inbound side (src/slack-app/) hands to the services, already parsed from Slack's payloads.
 * The services own these shapes; the parsers in slack-app/parse/ produce them.
 */

/** What a person asked `/cx-alignment` for. */
/** An admin's change to the theme lexicon of one language: a word or phrase for one theme. */
export type ThemeTermEdit = { action: 'add' | 'remove'; language: string; theme: string; term: string };

export type Command =
  | { kind: 'report' }
  | { kind: 'touchpoint'; name: string }
  | { kind: 'dept'; name: string }
  | { kind: 'trend' }
  | { kind: 'export' }
  | { kind: 'pulse-now' }
  | { kind: 'pulse-close' }
  | { kind: 'config' }
  /** List the admins' extra theme terms (`edit` null), or add or remove one. */
  | { kind: 'themes'; edit: ThemeTermEdit | null }
  /** The follow-ups on divergences: open, overdue, resolved. */
  | { kind: 'followups' }
  | { kind: 'help' }
  | { kind: 'unknown'; input: string; reason: string };

/** The raw answer, as typed: the service checks it against the pulse. */
export type PulseSubmission = {
  /** The department picked for this pulse (offered only while none is fixed for it). */
  departmentId: string | null;
  /** The department picked for the next pulse on (offered to those who pick their own). */
  nextDepartmentId?: string | null;
  definition: string | null;
  secondAnswer: string | null;
  comment: string | null;
  /** block suffix (touchpoint id as text) → selected value or null */
  ratings: Map<string, string | null>;
  priorities: string[];
  /** "You may quote this answer, without my name" was ticked; absent means no. */
  quoteConsent?: boolean;
  /** block ids that are not part of the pulse modal */
  unknownBlocks: string[];
  /** The form had the department picker (Slack sends every input block, picked or not). */
  hasDepartmentBlock: boolean;
};
