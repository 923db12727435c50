import type { SettingsRepository } from '../db/repositories/settings-repository';
import { UserError } from '../errors';
import type { Logger } from '../logging/logger';
import { DEFAULT_SETTINGS, type SettingKey, type Settings, settingsSchema } from './settings-schema';

export type SettingsPatch = Partial<Settings>;

/** Typed settings over the key/value table: every value is checked, bad stored values fall back to defaults. */
export function createSettingsService(deps: { repo: SettingsRepository; logger: Logger; clock: () => Date }) {
  const { repo, logger, clock } = deps;
  return {
    get(): Settings {
      const stored = repo.all();
      const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
      for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
        if (!stored.has(key)) continue;
        const parsed = settingsSchema.shape[key].safeParse(stored.get(key));
        if (parsed.success) out[key] = parsed.data;
        else logger.warn(`stored setting ${key} is invalid; using the default`);
      }
      return out as Settings;
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
