/** The modal's department list: "Name | @usergroup or S… | profile value | C… channel" per line. */
import { LIST_MAX_CHARS, MAX_DEPARTMENTS } from '../../constants/limits';
import { formFromSettings } from '../settings-form';
import type { SettingsService } from '../settings-service';
import { lines } from './form-lines';
import { resolveGroup, type UsergroupHandles } from './user-groups';

export type DepartmentEntry = {
  name: string;
  usergroupId: string | null;
  profileValue: string | null;
  channelId: string | null;
};

/** The departments listed, and the first problem with the list (shown under it), if any. */
export async function parseDepartments(
  text: string,
  handles: UsergroupHandles,
  settings: Pick<SettingsService, 'get'>,
): Promise<{ departments: DepartmentEntry[]; error?: string }> {
  let error: string | undefined;
  const deptLines = lines(text);
  const departments: DepartmentEntry[] = [];
  if (deptLines.length === 0) error = 'List at least one department.';
  if (deptLines.length > MAX_DEPARTMENTS) error = `At most ${MAX_DEPARTMENTS} departments.`;
  const seen = new Set<string>();
  for (const [i, line] of deptLines.entries()) {
    const [name = '', group = '', profile = '', channel = ''] = line.split('|').map((c) => c.trim());
    const problem =
      name.length === 0 || name.length > 60
        ? 'a name of 1 to 60 characters'
        : seen.has(name.toLowerCase())
          ? `“${name}” only once`
          : channel !== '' && !/^[CG][A-Z0-9]{2,}$/.test(channel)
            ? 'a channel id like C012ABCDEF in the fourth column'
            : profile.length > 80
              ? 'a shorter profile value'
              : null;
    if (problem) {
      error ??= `Line ${i + 1} needs ${problem}.`;
      continue;
    }
    seen.add(name.toLowerCase());
    const usergroupId = await resolveGroup(group, handles);
    if (usergroupId instanceof Error) {
      error ??= `Line ${i + 1}: ${usergroupId.message}`;
      continue;
    }
    departments.push({ name, usergroupId, profileValue: profile || null, channelId: channel || null });
  }
  // The modal shows the list again as "Name | S… | value | C…": it must fit the input, or the
  // next save of any setting would send it back cut short and archive the departments cut off.
  const shown = formFromSettings(settings.get(), {
    departments,
    touchpoints: [],
    prompts: [],
  }).departments;
  if (shown.length > LIST_MAX_CHARS)
    error ??= `As the form shows it, this list takes ${shown.length} characters, more than the ${LIST_MAX_CHARS} it can hold: shorten names or profile values, or list fewer departments.`;
  return { departments, error };
}

/**
 * The settings modal's nudge to map user groups: how many departments have none and what that
 * means for their people; null when every department has one.
 */
export function mappingNudge(
  departments: readonly Pick<DepartmentEntry, 'usergroupId'>[],
  requireMapped: boolean,
): string | null {
  const without = departments.filter((d) => !d.usergroupId).length;
  if (without === 0) return null;
  const has = without === 1 ? 'has' : 'have';
  const effect = requireMapped
    ? 'only the profile field or an admin can put people in them, and people with no department are not asked'
    : 'people pick their own department unless the profile field or an admin sets it';
  return `${without} of ${departments.length} departments ${has} no user group: ${effect}. Map user groups so membership comes from Slack.`;
}
