import type { SettingsForm } from '../render/settings-modal';
import type { Settings } from './settings-schema';
import { formatWorkingHours } from './working-hours-text';

/** The form's type lives with the modal that shows it, so render needs nothing from services. */
export type { SettingsForm };

export type OrgSnapshot = {
  departments: {
    name: string;
    usergroupId: string | null;
    profileValue: string | null;
    channelId: string | null;
  }[];
  touchpoints: string[];
  prompts: string[];
};

/** The form as it stands now, for the modal's initial values. */
export function formFromSettings(s: Settings, org: OrgSnapshot): SettingsForm {
  return {
    departments: org.departments
      .map((d) => {
        const cols = [d.name, d.usergroupId ?? '', d.profileValue ?? '', d.channelId ?? ''];
        while (cols.length > 1 && cols.at(-1) === '') cols.pop();
        return cols.join(' | ');
      })
      .join('\n'),
    departmentField: s.department_profile_field ?? '',
    touchpoints: org.touchpoints.join('\n'),
    prompts: org.prompts.join('\n'),
    options: {
      pulseEnabled: s.pulse_schedule.enabled,
      localTime: s.pulse_local_time,
      secondPrompt: s.second_prompt_enabled,
      digestEnabled: s.digest_schedule.enabled,
      departmentDigests: s.department_digests,
      showQuotes: s.show_quotes,
      includeGuests: s.include_guests,
      requireMappedDepartments: s.require_mapped_departments,
    },
    customerWord: s.customer_word,
    customerWordPlural: s.customer_word_plural,
    pulseCron: s.pulse_schedule.cron,
    pulseTimezone: s.pulse_schedule.timezone ?? '',
    workingHours: formatWorkingHours(s.working_hours),
    everyWeeks: String(s.pulse_schedule.every_weeks),
    remindAfterHours: String(s.remind_after_hours),
    closeAfterHours: String(s.close_after_hours),
    digestCron: s.digest_schedule.cron,
    digestTimezone: s.digest_schedule.timezone ?? '',
    digestChannels: s.digest_channels,
    leaders: s.leaders.users,
    leaderGroup: s.leaders.usergroup ?? '',
    admins: s.admins.users,
    adminGroup: s.admins.usergroup ?? '',
    threshold: String(s.anonymity_threshold),
    retentionMonths: s.retention_months === null ? '' : String(s.retention_months),
    reportLanguage: s.report_language,
  };
}
