import { z } from 'zod';
import { SETTINGS_ACTION, SETTINGS_BLOCKS } from '../../constants/slack-ids';
import type { OPTION_LABELS } from '../../render/settings-modal';
import type { SettingsForm } from '../../services/settings-form';

const id = z.string().max(40);
const stateValue = z.object({
  value: z.string().max(10_000).nullish(),
  selected_options: z
    .array(z.object({ value: z.string().max(150) }))
    .max(50)
    .nullish(),
  selected_option: z.object({ value: z.string().max(150) }).nullish(),
  selected_users: z.array(id).max(500).nullish(),
  selected_conversations: z.array(id).max(100).nullish(),
});
const stateValues = z.record(z.string().max(255), z.record(z.string().max(255), stateValue));

/** Reads the settings modal into the form's plain values; null when the payload is not Slack-shaped. */
export function parseSettingsSubmission(values: unknown): SettingsForm | null {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return null;
  const get = (block: string) => parsed.data[block]?.[SETTINGS_ACTION];
  const str = (block: string) => get(block)?.value ?? '';
  const B = SETTINGS_BLOCKS;
  const checked = new Set((get(B.options)?.selected_options ?? []).map((o) => o.value));
  const option = (key: keyof typeof OPTION_LABELS) => checked.has(key);
  return {
    departments: str(B.departments),
    departmentField: str(B.departmentField),
    touchpoints: str(B.touchpoints),
    prompts: str(B.prompts),
    options: {
      pulseEnabled: option('pulseEnabled'),
      localTime: option('localTime'),
      secondPrompt: option('secondPrompt'),
      digestEnabled: option('digestEnabled'),
      departmentDigests: option('departmentDigests'),
      showQuotes: option('showQuotes'),
      includeGuests: option('includeGuests'),
      requireMappedDepartments: option('requireMappedDepartments'),
    },
    customerWord: str(B.customerWord),
    customerWordPlural: str(B.customerWordPlural),
    pulseCron: str(B.pulseCron),
    pulseTimezone: str(B.pulseTimezone),
    workingHours: str(B.workingHours),
    everyWeeks: str(B.everyWeeks),
    remindAfterHours: str(B.remindAfterHours),
    closeAfterHours: str(B.closeAfterHours),
    digestCron: str(B.digestCron),
    digestTimezone: str(B.digestTimezone),
    digestChannels: get(B.digestChannels)?.selected_conversations ?? [],
    leaders: get(B.leaders)?.selected_users ?? [],
    leaderGroup: str(B.leaderGroup),
    admins: get(B.admins)?.selected_users ?? [],
    adminGroup: str(B.adminGroup),
    threshold: str(B.threshold),
    retentionMonths: str(B.retentionMonths),
    reportLanguage: get(B.reportLanguage)?.selected_option?.value ?? '',
  };
}
