/** The retention service against an in-memory answer repository and fake settings. */
import { describe, expect, it } from 'vitest';
import type { AnswerRepository } from '../../src/db/repositories/answer-repository';
import { createRetentionService } from '../../src/services/retention-service';
import {
  fakeAnswerRepository,
  fakeSettings,
  fixedClock,
  silentLogger,
  storedAnswer,
  strictFake,
} from '../support/fakes';

const NOW = '2026-06-15T12:00:00Z';

function retention(months: number | null) {
  const answers = fakeAnswerRepository([
    storedAnswer({ id: 1, pulseId: 1, respondent: 'r1', submittedAt: new Date('2025-11-30T00:00:00Z') }),
    storedAnswer({ id: 2, pulseId: 1, respondent: 'r2', submittedAt: new Date('2025-12-15T11:59:59Z') }),
    storedAnswer({ id: 3, pulseId: 2, respondent: 'r1', submittedAt: new Date('2025-12-15T12:00:00Z') }),
    storedAnswer({ id: 4, pulseId: 3, respondent: 'r1', submittedAt: new Date('2026-06-01T00:00:00Z') }),
  ]);
  const log = silentLogger();
  const service = createRetentionService({
    answers: answers.repo,
    settings: fakeSettings({ retention_months: months }),
    logger: log.logger,
    clock: fixedClock(NOW).now,
  });
  return { service, answers, log };
}

describe('retention service (unit)', () => {
  it('deletes the answers submitted before the window and keeps the rest', () => {
    const { service, answers, log } = retention(6);
    expect(service.run()).toBe(2);
    // six months before 2026-06-15T12:00Z is 2025-12-15T12:00Z: an answer at that instant stays
    expect(answers.answers.map((a) => a.id)).toEqual([3, 4]);
    expect(log.at('info')).toEqual(['retention: deleted 2 answers older than 6 months']);
  });

  it('deletes nothing, and asks the repository nothing, when retention is unset', () => {
    // a repository with no method faked: any call to it throws
    const service = createRetentionService({
      answers: strictFake<AnswerRepository>('AnswerRepository', {}),
      settings: fakeSettings({ retention_months: null }),
      logger: silentLogger().logger,
      clock: fixedClock(NOW).now,
    });
    expect(service.run()).toBe(0);
  });

  it('logs nothing when nothing was old enough', () => {
    const { service, answers, log } = retention(120);
    expect(service.run()).toBe(0);
    expect(answers.answers).toHaveLength(4);
    expect(log.lines).toEqual([]);
  });
});
