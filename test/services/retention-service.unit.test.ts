/** The retention service against in-memory answer and pulse repositories and fake settings. */
import { describe, expect, it } from 'vitest';
import type { AnswerRepository } from '../../src/db/repositories/answer-repository';
import type { PulseRepository } from '../../src/db/repositories/pulse-repository';
import { createRetentionService } from '../../src/services/retention-service';
import {
  fakeAnswerRepository,
  fakePulseRepository,
  fakeSettings,
  fixedClock,
  pulseRow,
  silentLogger,
  storedAnswer,
  strictFake,
} from '../support/fakes';

const NOW = '2026-06-15T12:00:00Z';
const at = (iso: string) => new Date(iso);

function retention(months: number | null) {
  const pulses = fakePulseRepository({
    pulses: [
      // closed well before the window
      pulseRow({
        id: 1,
        status: 'closed',
        openedAt: at('2025-11-20T09:00:00Z'),
        closedAt: at('2025-11-30T00:00:00Z'),
      }),
      // closed a second before the cutoff (six months before NOW is 2025-12-15T12:00Z)
      pulseRow({
        id: 2,
        status: 'closed',
        openedAt: at('2025-12-10T09:00:00Z'),
        closedAt: at('2025-12-15T11:59:59Z'),
      }),
      // closed at the cutoff itself: stays
      pulseRow({
        id: 3,
        status: 'closed',
        openedAt: at('2025-12-10T09:00:00Z'),
        closedAt: at('2025-12-15T12:00:00Z'),
      }),
      // opened long ago and still open: never purged
      pulseRow({
        id: 4,
        status: 'open',
        openedAt: at('2025-01-01T09:00:00Z'),
        closesAt: at('2025-01-04T09:00:00Z'),
      }),
      pulseRow({
        id: 5,
        status: 'closed',
        openedAt: at('2026-06-01T09:00:00Z'),
        closedAt: at('2026-06-04T09:00:00Z'),
      }),
    ],
  });
  // answer times do not matter: an answer goes with its pulse, whenever it was given
  const answers = fakeAnswerRepository([
    storedAnswer({ id: 1, pulseId: 1, respondent: 'a', submittedAt: at('2025-11-21T00:00:00Z') }),
    storedAnswer({ id: 2, pulseId: 1, respondent: 'b', submittedAt: at('2025-11-29T00:00:00Z') }),
    storedAnswer({ id: 3, pulseId: 2, respondent: 'c', submittedAt: at('2025-12-15T00:00:00Z') }),
    storedAnswer({ id: 4, pulseId: 3, respondent: 'd', submittedAt: at('2025-12-11T00:00:00Z') }),
    storedAnswer({ id: 5, pulseId: 4, respondent: 'e', submittedAt: at('2025-01-01T00:00:00Z') }),
    storedAnswer({ id: 6, pulseId: 5, respondent: 'f', submittedAt: at('2026-06-02T00:00:00Z') }),
  ]);
  const log = silentLogger();
  const service = createRetentionService({
    repos: { answers: answers.repo, pulses: pulses.repo },
    settings: fakeSettings({ retention_months: months }),
    logger: log.logger,
    clock: fixedClock(NOW).now,
  });
  return { service, answers, log };
}

describe('retention service (unit)', () => {
  it('deletes every answer of the pulses closed before the window, whole, and keeps the rest', () => {
    const { service, answers, log } = retention(6);
    expect(service.run()).toBe(3);
    expect(answers.answers.map((a) => a.id)).toEqual([4, 5, 6]);
    expect(log.at('info')).toEqual([
      'retention: deleted the 3 answers of 2 pulses closed more than 6 months ago',
    ]);
  });

  it('never purges an open pulse, however old', () => {
    const { service, answers } = retention(1);
    service.run();
    expect(answers.answers.map((a) => a.pulseId)).toEqual([4, 5]);
  });

  it('deletes nothing, and asks the repositories nothing, when retention is unset', () => {
    // repositories with no method faked: any call to them throws
    const service = createRetentionService({
      repos: {
        answers: strictFake<AnswerRepository>('AnswerRepository', {}),
        pulses: strictFake<PulseRepository>('PulseRepository', {}),
      },
      settings: fakeSettings({ retention_months: null }),
      logger: silentLogger().logger,
      clock: fixedClock(NOW).now,
    });
    expect(service.run()).toBe(0);
  });

  it('logs nothing when nothing was old enough', () => {
    const { service, answers, log } = retention(120);
    expect(service.run()).toBe(0);
    expect(answers.answers).toHaveLength(6);
    expect(log.lines).toEqual([]);
  });
});
