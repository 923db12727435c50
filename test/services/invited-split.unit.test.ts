/** `pulse now`'s recipient count: only departments of at least the threshold are numbered. */
import { describe, expect, it } from 'vitest';
import { invitedSplit } from '../../src/services/pulses/invited-split';

const people = (departmentId: number | null, n: number) =>
  Array.from({ length: n }, () => ({ departmentId }));

describe('invitedSplit', () => {
  it('numbers the departments at or above the threshold, and only says whether there are others', () => {
    expect(invitedSplit([...people(1, 6), ...people(2, 5), ...people(3, 2)], 5)).toEqual({
      inLargeDepartments: 11,
      othersInvited: true,
    });
    expect(invitedSplit([...people(1, 6), ...people(2, 5)], 5)).toEqual({
      inLargeDepartments: 11,
      othersInvited: false,
    });
  });

  it('counts people whose department is not known yet as others, never in a number', () => {
    expect(invitedSplit([...people(null, 40), ...people(1, 4)], 5)).toEqual({
      inLargeDepartments: 0,
      othersInvited: true,
    });
    expect(invitedSplit([], 5)).toEqual({ inLargeDepartments: 0, othersInvited: false });
  });
});
