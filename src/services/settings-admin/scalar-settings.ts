/** The modal's single-value settings, each checked by its own schema, errors keyed by block id. */
import { SETTINGS_BLOCKS as B } from '../../constants/slack-ids';
import type { SettingsForm } from '../settings-form';
import { settingsSchema } from '../settings-schema';
import { parseWorkingHours, WORKING_HOURS_HELP } from '../working-hours-text';
import { resolveGroup, type UsergroupHandles } from './user-groups';

function int(value: string): number | null {
  return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

function sentence(message: string): string {
  const m = message.replace(/^Invalid input:?\s*/i, '').trim();
  const text = /^(is|must)\b/.test(m) ? `This ${m}` : m;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}

const blockOf: Record<string, string> = {
  anonymity_threshold: B.threshold,
  customer_word: B.customerWord,
  customer_word_plural: B.customerWordPlural,
  remind_after_hours: B.remindAfterHours,
  close_after_hours: B.closeAfterHours,
  digest_channels: B.digestChannels,
  leaders: B.leaders,
  admins: B.admins,
  department_profile_field: B.departmentField,
  retention_months: B.retentionMonths,
  working_hours: B.workingHours,
  report_language: B.reportLanguage,
};

/** The settings the form asks for, parsed by the schema, and the problems to show under each field. */
export async function checkScalarSettings(form: SettingsForm, handles: UsergroupHandles) {
  const errors: Record<string, string> = {};
  const leaderGroup = await resolveGroup(form.leaderGroup, handles);
  if (leaderGroup instanceof Error) errors[B.leaderGroup] = leaderGroup.message;
  const adminGroup = await resolveGroup(form.adminGroup, handles);
  if (adminGroup instanceof Error) errors[B.adminGroup] = adminGroup.message;
  const tz = (v: string) => (v.trim() === '' ? null : v.trim());
  const workingHours = parseWorkingHours(form.workingHours);
  if (!workingHours) errors[B.workingHours] = WORKING_HOURS_HELP;
  const candidate = {
    anonymity_threshold: int(form.threshold),
    customer_word: form.customerWord.trim(),
    customer_word_plural: form.customerWordPlural.trim(),
    pulse_schedule: {
      enabled: form.options.pulseEnabled,
      cron: form.pulseCron,
      timezone: tz(form.pulseTimezone),
      every_weeks: int(form.everyWeeks),
    },
    pulse_local_time: form.options.localTime,
    working_hours: workingHours ?? undefined,
    remind_after_hours: int(form.remindAfterHours),
    close_after_hours: int(form.closeAfterHours),
    second_prompt_enabled: form.options.secondPrompt,
    digest_schedule: {
      enabled: form.options.digestEnabled,
      cron: form.digestCron,
      timezone: tz(form.digestTimezone),
    },
    digest_channels: form.digestChannels,
    department_digests: form.options.departmentDigests,
    show_quotes: form.options.showQuotes,
    leaders: { users: form.leaders, usergroup: leaderGroup instanceof Error ? null : leaderGroup },
    admins: { users: form.admins, usergroup: adminGroup instanceof Error ? null : adminGroup },
    department_profile_field: form.departmentField.trim() || null,
    include_guests: form.options.includeGuests,
    require_mapped_departments: form.options.requireMappedDepartments,
    // empty keeps answers for good; anything else must be a number (not a silent "keep for good")
    retention_months: form.retentionMonths.trim() === '' ? null : (int(form.retentionMonths) ?? Number.NaN),
    report_language: form.reportLanguage,
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, sub] = issue.path.map(String);
      const block =
        key === 'pulse_schedule'
          ? sub === 'timezone'
            ? B.pulseTimezone
            : sub === 'every_weeks'
              ? B.everyWeeks
              : B.pulseCron
          : key === 'digest_schedule'
            ? sub === 'timezone'
              ? B.digestTimezone
              : B.digestCron
            : (blockOf[key ?? ''] ?? B.threshold);
      errors[block] ??=
        issue.code === 'invalid_type' ? 'Please enter a whole number.' : sentence(issue.message);
    }
  }
  if (
    candidate.close_after_hours !== null &&
    candidate.remind_after_hours !== null &&
    candidate.remind_after_hours >= candidate.close_after_hours &&
    candidate.remind_after_hours > 0
  )
    errors[B.remindAfterHours] ??= 'The reminder must come before the pulse closes.';
  return { parsed, errors };
}
