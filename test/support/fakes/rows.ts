/** Whole rows of the real row types, with plain defaults, so a test names only the fields it is about. */
import type { AnswerRow } from '../../../src/db/repositories/answer-repository';
import type { DepartmentRow } from '../../../src/db/repositories/department-repository';
import type { PersonRow } from '../../../src/db/repositories/people-repository';
import type { PulseRow } from '../../../src/db/repositories/pulse-repository';
import type { TouchpointRepository, TouchpointRow } from '../../../src/db/repositories/touchpoint-repository';

export type PromptRow = ReturnType<TouchpointRepository['listPrompts']>[number];

const EPOCH = new Date('2026-01-01T00:00:00Z');

export const pulseRow = (fields: Partial<PulseRow> & Pick<PulseRow, 'id'>): PulseRow => ({
  status: 'open',
  trigger: 'manual',
  scheduleKey: null,
  openedBy: null,
  openedAt: EPOCH,
  remindAt: null,
  closesAt: new Date(EPOCH.getTime() + 72 * 3_600_000),
  closedAt: null,
  anonymityThreshold: null,
  customerWord: 'customer',
  secondPrompt: null,
  promptIndex: null,
  enqueuedAt: null,
  digestDoneAt: null,
  ...fields,
});

export const personRow = (fields: Partial<PersonRow> & Pick<PersonRow, 'id' | 'slackUserId'>): PersonRow => ({
  tz: null,
  locale: null,
  departmentId: null,
  departmentSource: null,
  assignedDepartmentId: null,
  active: true,
  optedOutAt: null,
  dmChannelId: null,
  seenAt: EPOCH,
  createdAt: EPOCH,
  ...fields,
});

export const departmentRow = (
  fields: Partial<DepartmentRow> & Pick<DepartmentRow, 'id' | 'name'>,
): DepartmentRow => ({
  usergroupId: null,
  profileValue: null,
  channelId: null,
  sortOrder: fields.id,
  archivedAt: null,
  createdAt: EPOCH,
  ...fields,
});

export const touchpointRow = (
  fields: Partial<TouchpointRow> & Pick<TouchpointRow, 'id' | 'name'>,
): TouchpointRow => ({
  sortOrder: fields.id,
  archivedAt: null,
  createdAt: EPOCH,
  ...fields,
});

export const promptRow = (fields: Partial<PromptRow> & Pick<PromptRow, 'id' | 'text'>): PromptRow => ({
  sortOrder: fields.id,
  archivedAt: null,
  createdAt: EPOCH,
  ...fields,
});

export const answerRow = (
  fields: Partial<AnswerRow> & Pick<AnswerRow, 'id' | 'pulseId' | 'respondent'>,
): AnswerRow => ({
  departmentId: null,
  definition: 'Answer the phone quickly',
  secondPrompt: null,
  secondAnswer: null,
  comment: null,
  language: null,
  submittedAt: EPOCH,
  updatedAt: EPOCH,
  ...fields,
  quoteConsent: fields.quoteConsent ?? false,
});
