/** The settings service against an in-memory key/value repository. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import { DEFAULT_SETTINGS } from '../../src/services/settings-schema';
import { createSettingsService } from '../../src/services/settings-service';
import { fakeSettingsRepository, fixedClock, silentLogger } from '../support/fakes';

const NOW = '2026-03-02T10:00:00Z';

function settings(stored: Record<string, unknown> = {}) {
  const repo = fakeSettingsRepository(stored);
  const log = silentLogger();
  const service = createSettingsService({ repo: repo.repo, logger: log.logger, clock: fixedClock(NOW).now });
  return { service, repo, log };
}

describe('settings service (unit)', () => {
  it('reads the defaults with valid stored values over them, and a bad stored value as its last valid one', () => {
    const { service, repo, log } = settings({ anonymity_threshold: 7, unrelated: true });
    service.update({ customer_word: 'client' }, 'UADMIN001');
    service.update({ customer_word: 'guest' }, 'UADMIN001');
    repo.values.set('customer_word', 'x'); // too short: written past the service
    expect(service.get()).toEqual({ ...DEFAULT_SETTINGS, anonymity_threshold: 7, customer_word: 'guest' });
    service.get();
    expect(log.at('warn')).toEqual(['stored setting customer_word is invalid; keeping its last valid value']);
    expect(service.invalidKeys()).toEqual(['customer_word']);
  });

  it('a bad stored value with no valid one before it reads as its default', () => {
    const { service } = settings({ customer_word: 'x' });
    expect(service.get().customer_word).toBe(DEFAULT_SETTINGS.customer_word);
  });

  it('writes only the keys that change, with the actor and the time', () => {
    const { service, repo } = settings({ anonymity_threshold: 7 });
    const changed = service.update({ anonymity_threshold: 7, retention_months: 12 }, 'UADMIN001');
    expect(changed).toEqual(['retention_months']);
    expect(repo.writes).toEqual([
      { changes: [{ key: 'retention_months', value: 12 }], actor: 'UADMIN001', at: new Date(NOW) },
    ]);
    expect(service.get().retention_months).toBe(12);
  });

  it('writes nothing at all when any value is invalid, and says which', () => {
    const { service, repo } = settings();
    const update = () => service.update({ retention_months: 24, anonymity_threshold: 2 }, 'UADMIN001');
    expect(update).toThrow(UserError);
    expect(update).toThrow('anonymity_threshold: must be at least 3');
    expect(repo.writes).toEqual([]);
    expect(service.get().retention_months).toBeNull();
  });

  it('writes nothing when nothing changes', () => {
    const { service, repo } = settings();
    expect(
      service.update({ anonymity_threshold: DEFAULT_SETTINGS.anonymity_threshold }, 'UADMIN001'),
    ).toEqual([]);
    expect(repo.writes).toEqual([]);
  });

  it('keeps internal values under their own prefix, apart from the settings', () => {
    const { service, repo } = settings();
    service.internal.set('last_check', 42);
    expect(repo.values.get('internal:last_check')).toBe(42);
    expect(service.internal.get('last_check')).toBe(42);
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
  });
});
