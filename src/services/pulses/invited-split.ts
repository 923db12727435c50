/**
 * Who a new pulse invites, as an admin may be told: the people in departments of at least the
 * threshold, and only whether there are others. A number for the rest (departments under the
 * threshold, people whose department is not known yet) would let "invited minus the shown
 * departments" give a small department's headcount.
 */

/** People invited in departments of at least the threshold; whether anyone else was invited. */
export interface InvitedSplit {
  inLargeDepartments: number;
  othersInvited: boolean;
}

/** The split of `invited` (each with the department they were invited under) at `threshold`. Pure. */
export function invitedSplit(
  invited: readonly { departmentId: number | null }[],
  threshold: number,
): InvitedSplit {
  const byDepartment = new Map<number, number>();
  let unknown = 0;
  for (const p of invited)
    if (p.departmentId === null) unknown += 1;
    else byDepartment.set(p.departmentId, (byDepartment.get(p.departmentId) ?? 0) + 1);
  const large = [...byDepartment.values()].filter((n) => n >= threshold);
  const inLargeDepartments = large.reduce((acc, n) => acc + n, 0);
  return { inLargeDepartments, othersInvited: inLargeDepartments < invited.length || unknown > 0 };
}
