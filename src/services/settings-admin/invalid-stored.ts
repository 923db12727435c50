/** Telling the admins, once, about a stored setting that no longer parses. */
import type { AdminNotices } from '../digests';
import { DEFAULT_SETTINGS, type SettingKey } from '../settings-schema';
import type { SettingsService } from '../settings-service';

const noticeKey = (key: SettingKey) => `setting-invalid:${key}`;

export const invalidSettingMessage = (key: SettingKey) =>
  `The stored setting “${key}” is not valid (edited by hand, or written by another version of CX Align), so CX Align keeps using its last valid value. Open \`/cx-alignment config\` and save the settings to store a valid one.`;

/**
 * Each invalid stored setting is told to the admins once (the admin_notices table remembers it
 * across restarts); a setting that is valid again has its notice cleared, so a later problem is
 * told again.
 */
export async function tellAboutInvalidSettings(deps: {
  settings: Pick<SettingsService, 'invalidKeys'>;
  notices: Pick<AdminNotices, 'tell' | 'clear'>;
}): Promise<SettingKey[]> {
  const invalid = deps.settings.invalidKeys();
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    if (invalid.includes(key)) await deps.notices.tell(noticeKey(key), invalidSettingMessage(key));
    else deps.notices.clear(noticeKey(key));
  }
  return invalid;
}
