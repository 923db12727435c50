import type { SettingsRepository } from '../db/repositories/settings-repository';
import { UserError } from '../errors';
import type { Logger } from '../logging/logger';
import { DEFAULT_SETTINGS, type SettingKey, type Settings, settingsSchema } from './settings-schema';

export type SettingsPatch = Partial<Settings>;

/**
 * The last valid value of a key whose stored value is invalid: the newest one the audit trail
 * shows that still parses, else the default. A default would silently turn a running schedule
 * off (the pulse schedule's default is off).
 */
function lastValid(repo: SettingsRepository, key: SettingKey): unknown {
  for (const value of repo.pastValues(key)) {
    const parsed = settingsSchema.shape[key].safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return DEFAULT_SETTINGS[key];
}

/** Typed settings over the key/value table: every value is checked; a bad stored one keeps its last valid value. */
export function createSettingsService(deps: { repo: SettingsRepository; logger: Logger; clock: () => Date }) {
  const { repo, logger, clock } = deps;
  /** Keys found invalid in the table (logged once each, told to the admins once: see settings-admin). */
  const invalid = new Set<SettingKey>();
  return {
    get(): Settings {
      const stored = repo.all();
      const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
      for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
        if (!stored.has(key)) continue;
        const parsed = settingsSchema.shape[key].safeParse(stored.get(key));
        if (parsed.success) {
          out[key] = parsed.data;
          invalid.delete(key);
          continue;
        }
        out[key] = lastValid(repo, key);
        if (!invalid.has(key)) logger.warn(`stored setting ${key} is invalid; keeping its last valid value`);
        invalid.add(key);
      }
      return out as Settings;
    },
    /** The stored settings that are invalid now (each read keeps its last valid value). */
    invalidKeys(): SettingKey[] {
      this.get();
      return [...invalid];
    },
    /** Validates every value first; on any problem nothing is written. Returns the keys that changed. */
    update(patch: SettingsPatch, actor: string): SettingKey[] {
      const current = this.get();
      const changes: { key: string; value: unknown }[] = [];
      const problems: string[] = [];
      for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
        const schema = settingsSchema.shape[key];
        if (!schema) continue;
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
          continue;
        }
        if (JSON.stringify(parsed.data) !== JSON.stringify(current[key]))
          changes.push({ key, value: parsed.data });
      }
      if (problems.length > 0) throw new UserError(`Nothing was changed: ${problems.join('; ')}.`);
      if (changes.length > 0) repo.write(changes, actor, clock());
      return changes.map((c) => c.key as SettingKey);
    },
    internal: {
      get: (key: string): unknown => repo.get(`internal:${key}`),
      set: (key: string, value: unknown): void => repo.writeInternal(`internal:${key}`, value, clock()),
    },
    audit: (limit?: number) => repo.audit(limit),
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
