import type { ReportModel, TouchpointDivergence } from '../../analytics/report/index';
import { FOLLOW_UP_STEP_MAX } from '../../constants/limits';
import { FOLLOW_UP_BLOCKS } from '../../constants/slack-ids';
import type { FollowUpRow, NewFollowUp } from '../../db/repositories/follow-up-repository';
import { type FollowUpDeps, findDivergence, requireLeader } from './deps';
import type { FollowUpSubmission, SaveResult } from './inputs';

type Checked = { ownerId: string; departments: string[]; nextStep: string; dueDate: string };

/** The departments picked, by name, with the gap's two ends first; unknown ids are an error. */
function departmentNames(model: ReportModel, d: TouchpointDivergence, ids: number[]): string[] | null {
  const byId = new Map(model.departments.map((x) => [x.id, x.name]));
  if (ids.length === 0 || ids.some((id) => !byId.has(id))) return null;
  const picked = [...new Set(ids)];
  const ends = [d.high.departmentId, d.low.departmentId].filter((id) => picked.includes(id));
  return [...ends, ...picked.filter((id) => !ends.includes(id))].map((id) => byId.get(id) ?? '');
}

/** Checks the submission; every problem is a message under its own block. */
function check(
  s: FollowUpSubmission,
  model: ReportModel,
  d: TouchpointDivergence,
  today: string,
): { ok: true; value: Checked } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const nextStep = s.nextStep?.trim() ?? '';
  const departments = departmentNames(model, d, s.departmentIds);
  if (!s.ownerId) errors[FOLLOW_UP_BLOCKS.owner] = 'Pick the person who owns the next step.';
  if (!departments) errors[FOLLOW_UP_BLOCKS.departments] = 'Pick at least one department from the list.';
  if (nextStep === '') errors[FOLLOW_UP_BLOCKS.nextStep] = 'Say what the agreed next step is.';
  else if (nextStep.length > FOLLOW_UP_STEP_MAX)
    errors[FOLLOW_UP_BLOCKS.nextStep] = `Keep the next step under ${FOLLOW_UP_STEP_MAX} characters.`;
  if (!s.dueDate) errors[FOLLOW_UP_BLOCKS.dueDate] = 'Pick a due date.';
  else if (s.dueDate < today) errors[FOLLOW_UP_BLOCKS.dueDate] = 'Pick today or a day after it.';
  if (Object.keys(errors).length > 0 || !s.ownerId || !departments || !s.dueDate)
    return { ok: false, errors };
  return { ok: true, value: { ownerId: s.ownerId, departments, nextStep, dueDate: s.dueDate } };
}

function newRow(s: FollowUpSubmission, d: TouchpointDivergence, v: Checked, userId: string): NewFollowUp {
  return {
    pulseId: s.pulseId,
    subjectKind: 'touchpoint',
    subjectKey: String(d.touchpointId),
    subjectName: d.touchpoint,
    departments: v.departments,
    highDepartment: d.high.department,
    lowDepartment: d.low.department,
    gap: d.gap,
    highMean: d.high.mean,
    lowMean: d.low.mean,
    significant: d.significant,
    ownerId: v.ownerId,
    nextStep: v.nextStep,
    dueDate: v.dueDate,
    channelId: s.channelId,
    createdBy: userId,
    idempotencyKey: `view:${s.viewId}`,
  };
}

/**
 * Saves a follow-up once per modal (keyed by the view id: Slack's retry, a double click or a replay
 * after a SIGKILL finds the row), then announces it unless it was announced already.
 * `announce` runs after the reply, so the modal closes inside Slack's 3 seconds.
 */
export async function saveFollowUp(
  deps: FollowUpDeps,
  userId: string,
  s: FollowUpSubmission,
  announce: (row: FollowUpRow) => void,
): Promise<SaveResult> {
  await requireLeader(deps, userId);
  const { model, divergence } = findDivergence(deps, s);
  const checked = check(s, model, divergence, deps.clock().toISOString().slice(0, 10));
  if (!checked.ok) return checked;
  const { row } = deps.repo.create(newRow(s, divergence, checked.value, userId), deps.clock());
  if (row.announcedAt === null) announce(row);
  return {
    ok: true,
    message: `:white_check_mark: Follow-up #${row.id} is saved. I’m telling <@${row.ownerId}> and posting it ${row.channelId ? `in <#${row.channelId}>` : 'in the latest digest’s thread, if there is one'}.`,
  };
}
