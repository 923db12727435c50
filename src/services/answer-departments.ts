import { BLOCK } from '../constants/slack-ids';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { PersonRow } from '../db/repositories/people-repository';
import type { FieldErrors } from './answer-checks';
import type { PulseSubmission } from './inputs';

/** Whether a person may pick their own department (never when an admin requires mapped ones). */
export function maySelfPick(person: Pick<PersonRow, 'departmentSource'>, requireMapped: boolean): boolean {
  if (requireMapped) return false;
  // a department from a user group, the profile field or an admin is not theirs to change
  return person.departmentSource === null || person.departmentSource === 'self';
}

/** What the modal offers for the department: a pick for this pulse, none, or a fixed one. */
export type ModalDepartment =
  | { kind: 'pick' }
  | { kind: 'none' }
  | { kind: 'fixed'; name: string; next: { current: number | null } | null };

/** An active department named by its id as the modal wrote it; null otherwise. */
function pickedDepartment(
  departments: DepartmentRepository,
  value: string | null,
): { id: number; name: string } | null {
  const id = value !== null && /^[1-9]\d*$/.test(value) ? Number(value) : Number.NaN;
  const department = Number.isInteger(id) ? departments.byId(id) : null;
  return department && !department.archivedAt ? department : null;
}

/**
 * The department the answer counts in: the one fixed for the pulse, else the one picked in the
 * modal. `kept` names the fixed one when the submission asked for another (it still counts there).
 */
function resolveDepartment(
  departments: DepartmentRepository,
  fixed: number | null,
  input: PulseSubmission,
  errors: FieldErrors,
): { departmentId: number | null; picked: boolean; kept?: string } {
  if (fixed !== null) {
    const asked = input.departmentId;
    const name = departments.byId(fixed)?.name;
    return asked !== null && asked !== String(fixed) && name
      ? { departmentId: fixed, picked: false, kept: name }
      : { departmentId: fixed, picked: false };
  }
  const department = pickedDepartment(departments, input.departmentId);
  if (!department) {
    errors[BLOCK.department] = 'Please pick your department from the list.';
    return { departmentId: null, picked: false };
  }
  return { departmentId: department.id, picked: true };
}

/** The department picked for the next pulse, when it is one the person may move to; else null. */
function nextDepartment(
  departments: DepartmentRepository,
  person: PersonRow,
  requireMapped: boolean,
  input: PulseSubmission,
  errors: FieldErrors,
): { id: number; name: string } | null {
  if (input.nextDepartmentId === undefined || input.nextDepartmentId === null) return null;
  if (!maySelfPick(person, requireMapped)) {
    errors[BLOCK.nextDepartment] = requireMapped
      ? 'Departments come from Slack or an admin here, so yours cannot be changed in this form.'
      : 'Your department comes from Slack or an admin, so it cannot be changed in this form.';
    return null;
  }
  const department = pickedDepartment(departments, input.nextDepartmentId);
  if (!department) {
    errors[BLOCK.nextDepartment] = 'Please pick your department from the list.';
    return null;
  }
  return department.id === person.departmentId ? null : department;
}

/** The department rules of one answer: which it counts in, and what a submission may change. */
export function departmentRules(departments: DepartmentRepository) {
  /** A department the person can be counted in: null when unknown or archived (they pick one then). */
  function activeDepartmentId(departmentId: number | null): number | null {
    if (departmentId === null) return null;
    const department = departments.byId(departmentId);
    return department && !department.archivedAt ? department.id : null;
  }

  /** What the modal shows for the department of this person's answer to this pulse. */
  function modalDepartment(person: PersonRow, fixed: number | null, requireMapped: boolean): ModalDepartment {
    const name = fixed !== null ? departments.byId(fixed)?.name : undefined;
    if (!name) return requireMapped ? { kind: 'none' } : { kind: 'pick' };
    const next = maySelfPick(person, requireMapped)
      ? { current: activeDepartmentId(person.departmentId) }
      : null;
    return { kind: 'fixed', name, next };
  }

  /**
   * A submission's department: where the answer counts, `kept` and `next` for the thanks, and `own`,
   * the pick to store as the person's department (now when none was fixed, else from the next pulse).
   */
  function submitted(
    invited: { person: PersonRow; departmentId: number | null },
    requireMapped: boolean,
    input: PulseSubmission,
    errors: FieldErrors,
  ): { departmentId: number | null; kept?: string; next?: string; own: number | null } {
    const { departmentId, picked, kept } = resolveDepartment(
      departments,
      invited.departmentId,
      input,
      errors,
    );
    if (picked) return { departmentId, own: departmentId };
    const next = nextDepartment(departments, invited.person, requireMapped, input, errors);
    return {
      departmentId,
      ...(kept ? { kept } : {}),
      ...(next ? { next: next.name } : {}),
      own: next?.id ?? null,
    };
  }

  return { activeDepartmentId, submitted, modalDepartment };
}
