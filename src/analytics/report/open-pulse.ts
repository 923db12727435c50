/**
 * What may be said about a pulse that is still open: its participation so far, and nothing else.
 *
 * Slack shows a pulse's results only once it has closed. While it is open its figures change with
 * every answer, so a leader who read them before and after one known colleague answered could
 * subtract the two views and learn that colleague's ratings. Participation is counted under the
 * same rule as a report's participation ({@link shownDepartmentIds}): only departments with at least
 * `threshold` respondents so far, totals summed over them alone, so no small group's count shows.
 */
import { shownDepartmentIds } from './anonymity';
import type { InputDepartment, ParticipationCount, RespondentCount } from './report-input';
import { type RoundedParticipation, roundParticipation } from './rounded-participation';

/** The open pulse and its people counts per department, as the repository reads them. */
export interface OpenPulseInput {
  pulse: { id: number; openedAt: number; closesAt: number };
  departments: InputDepartment[];
  respondents: RespondentCount[];
  participation: ParticipationCount[];
}

/**
 * An open pulse's progress: exact counts over the departments at or above the threshold only. Not
 * for Slack while the pulse is open (see {@link OpenPulseLine}); what a close reports.
 */
export interface OpenPulseProgress {
  pulseId: number;
  /** ms since the epoch. */
  openedAt: number;
  /** When it closes (and its results come), ms since the epoch. */
  closesAt: number;
  threshold: number;
  /** Departments with at least `threshold` respondents so far. */
  departmentsShown: number;
  /** Answers so far in those departments. */
  answered: number;
  /** Invitations delivered to those departments. */
  delivered: number;
  /** answered / delivered; null when nothing was delivered. */
  responseRate: number | null;
}

/**
 * The progress of an open pulse. Pure.
 *
 * @throws RangeError when `threshold` is below the minimum.
 */
export function buildOpenPulseProgress(input: OpenPulseInput, threshold: number): OpenPulseProgress {
  const shown = shownDepartmentIds(input.departments, input.respondents, threshold);
  const rows = input.participation.filter((p) => shown.has(p.departmentId));
  const answered = rows.reduce((acc, p) => acc + p.answered, 0);
  const delivered = rows.reduce((acc, p) => acc + p.delivered, 0);
  return {
    pulseId: input.pulse.id,
    openedAt: input.pulse.openedAt,
    closesAt: input.pulse.closesAt,
    threshold,
    departmentsShown: shown.size,
    answered,
    delivered,
    responseRate: delivered > 0 ? answered / delivered : null,
  };
}

/** What Slack says of an open pulse: the progress with its answers rounded, never the exact count. */
export interface OpenPulseLine extends Omit<OpenPulseProgress, 'answered' | 'responseRate'> {
  participation: RoundedParticipation;
}

/** The line of an open pulse's progress: its answers rounded over its delivered invitations. Pure. */
export function toOpenPulseLine(progress: OpenPulseProgress): OpenPulseLine {
  const { answered, responseRate: _rate, ...rest } = progress;
  return { ...rest, participation: roundParticipation(answered, progress.delivered) };
}
