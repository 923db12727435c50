/** The org service against in-memory department and touchpoint repositories. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS, DEFAULT_PROMPTS, DEFAULT_TOUCHPOINTS } from '../../src/constants/defaults';
import { createOrgService, withCustomerWord } from '../../src/services/org-service';
import {
  departmentRow,
  fakeDepartmentRepository,
  fakeTouchpointRepository,
  promptRow,
  touchpointRow,
} from '../support/fakes';

describe('org service (unit)', () => {
  it('fills an empty organisation with the defaults', () => {
    const departments = fakeDepartmentRepository();
    const touchpoints = fakeTouchpointRepository();
    const org = createOrgService({ departments: departments.repo, touchpoints: touchpoints.repo });
    org.ensureDefaults();
    expect(org.departments().map((d) => d.name)).toEqual([...DEFAULT_DEPARTMENTS]);
    expect(org.touchpoints().map((t) => t.name)).toEqual([...DEFAULT_TOUCHPOINTS]);
    expect(org.prompts().map((p) => p.text)).toEqual(DEFAULT_PROMPTS);
  });

  it('never touches a list an admin has edited, even when every row of it is archived', () => {
    const departments = fakeDepartmentRepository([
      departmentRow({ id: 1, name: 'Support', archivedAt: new Date('2026-02-01T00:00:00Z') }),
    ]);
    const touchpoints = fakeTouchpointRepository({
      touchpoints: [touchpointRow({ id: 1, name: 'Onboarding' })],
      prompts: [promptRow({ id: 1, text: 'Who are our {customers}?' })],
    });
    const org = createOrgService({ departments: departments.repo, touchpoints: touchpoints.repo });
    org.ensureDefaults();
    expect(departments.inserted).toEqual([]);
    expect(touchpoints.inserted).toEqual({ touchpoints: [], prompts: [] });
    expect(org.departments()).toEqual([]);
    expect(org.allDepartments().map((d) => d.name)).toEqual(['Support']);
  });

  it('fills {customer} and {customers} with the configured word', () => {
    expect(
      withCustomerWord('Who is our {customer}? How do {customers} feel?', {
        singular: 'guest',
        plural: 'guests',
      }),
    ).toBe('Who is our guest? How do guests feel?');
  });
});
