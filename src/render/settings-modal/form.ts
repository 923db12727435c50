/** What the settings modal edits, and the words for its options. */

/** Everything the settings modal edits, as plain values (the modal's picture of the configuration). */
export type SettingsForm = {
  departments: string; // one per line: Name | @usergroup or S… | profile value | C… channel
  departmentField: string;
  touchpoints: string; // one per line, in order; "Old name => New name" renames
  prompts: string; // one per line
  options: {
    pulseEnabled: boolean;
    localTime: boolean;
    secondPrompt: boolean;
    digestEnabled: boolean;
    departmentDigests: boolean;
    showQuotes: boolean;
    includeGuests: boolean;
    requireMappedDepartments: boolean;
  };
  customerWord: string;
  customerWordPlural: string;
  pulseCron: string;
  pulseTimezone: string;
  workingHours: string; // e.g. "09:00-18:00 Mon-Fri"
  everyWeeks: string;
  remindAfterHours: string;
  closeAfterHours: string;
  digestCron: string;
  digestTimezone: string;
  digestChannels: string[];
  leaders: string[];
  leaderGroup: string;
  admins: string[];
  adminGroup: string;
  threshold: string;
  retentionMonths: string;
  /** A report language code (en, fr, …). */
  reportLanguage: string;
};

export const OPTION_LABELS: Record<keyof SettingsForm['options'], string> = {
  pulseEnabled: 'Run pulses on the schedule',
  localTime: 'Deliver at that time in each person’s own time zone',
  secondPrompt: 'Ask a second prompt from the bank (in turn)',
  digestEnabled: 'Post the weekly digest',
  departmentDigests: 'Also post to each department’s channel how its view differs',
  showQuotes: 'Show quotes in reports (only answers whose authors agreed, names removed)',
  includeGuests: 'Include guests (single- and multi-channel) on the roster',
  requireMappedDepartments: 'Require mapped departments (user group, profile field, admin: no self-pick)',
};
