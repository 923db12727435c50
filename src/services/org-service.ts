import { DEFAULT_DEPARTMENTS, DEFAULT_PROMPTS, DEFAULT_TOUCHPOINTS } from '../constants/defaults';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { TouchpointRepository } from '../db/repositories/touchpoint-repository';

/** Departments, touchpoints and the prompt bank: the organisation a pulse asks about. */
export function createOrgService(deps: {
  departments: DepartmentRepository;
  touchpoints: TouchpointRepository;
}) {
  const { departments, touchpoints } = deps;
  return {
    /** On a fresh database, the defaults from DESIGN.md; never touches an edited list. */
    ensureDefaults(): void {
      if (departments.count() === 0) departments.insertMany(DEFAULT_DEPARTMENTS);
      if (touchpoints.count() === 0) touchpoints.insertMany(DEFAULT_TOUCHPOINTS);
      if (touchpoints.promptCount() === 0) touchpoints.insertPrompts(DEFAULT_PROMPTS);
    },
    departments: () => departments.listActive(),
    allDepartments: () => departments.listAll(),
    department: (id: number) => departments.byId(id),
    touchpoints: () => touchpoints.listActive(),
    prompts: () => touchpoints.listPrompts(),
  };
}
export type OrgService = ReturnType<typeof createOrgService>;

/** Fills `{customer}` / `{customers}` in a prompt with the configured word. */
export function withCustomerWord(text: string, word: { singular: string; plural: string }): string {
  return text.replace(/\{customers\}/g, word.plural).replace(/\{customer\}/g, word.singular);
}
