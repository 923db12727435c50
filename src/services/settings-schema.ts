import cron from 'node-cron';
import { z } from 'zod';
import {
  DEFAULT_INCLUDE_GUESTS,
  DEFAULT_REPORT_LANGUAGE,
  DEFAULT_REQUIRE_MAPPED_DEPARTMENTS,
  DEFAULT_SHOW_QUOTES,
} from '../constants/defaults';
import { REPORT_LANGUAGES, type ReportLanguage } from '../render/i18n/report/index';

const memberId = z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'must be a Slack member id like U012ABCDEF');
const usergroupId = z.string().regex(/^S[A-Z0-9]{2,}$/, 'must be a Slack user group id like S012ABCDEF');
const channelId = z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'must be a channel id like C012ABCDEF');

/** True when `tz` is an IANA time zone this Node knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

const CRON_EXAMPLE = 'e.g. "0 10 * * 1" is Mondays at 10:00';

/**
 * Schedules have five fields (minute hour day month weekday) and run at most once an hour: a
 * sixth field is node-cron's seconds ("* * * * * *" fires every second), and a schedule that opens
 * a pulse or posts a digest more often than hourly is a mistake. At most hourly means one minute
 * in the first field (a list, range, step or * there fires twice in some hour).
 */
function scheduleShapeProblem(value: string): string | null {
  const fields = value.trim().split(/\s+/);
  if (fields.length !== 5)
    return `needs the five fields of a cron expression (minute hour day month weekday), not ${fields.length}; ${CRON_EXAMPLE}`;
  if (!/^\d{1,2}$/.test(fields[0] ?? ''))
    return `is a cron expression that runs more than once an hour: put one minute (0 to 59) in the first field; ${CRON_EXAMPLE}`;
  return null;
}

/** A cron expression node-cron accepts, five fields, at most hourly; the message says what to fix. */
export const cronExpression = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(100)
  .superRefine((value, ctx) => {
    const problem = scheduleShapeProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return;
    }
    const detail = cron.validateDetailed(value);
    if (!detail.valid) {
      const first = detail.errors[0];
      ctx.addIssue({
        code: 'custom',
        message: first
          ? `is not a valid cron expression (${first.field}: ${first.message}); e.g. "0 10 * * 1" is Mondays at 10:00`
          : 'is not a valid cron expression; e.g. "0 10 * * 1" is Mondays at 10:00',
      });
    }
  });

export const timeZone = z
  .string()
  .trim()
  .refine(isTimeZone, 'is not a time zone; use an IANA name like Europe/London or America/New_York');

export const scheduleSchema = z.object({
  enabled: z.boolean(),
  cron: cronExpression,
  /** null: the workspace's time zone (the most common one on the roster). */
  timezone: timeZone.nullable(),
});

/**
 * Text of at most `max` characters as the settings modal counts them (UTF-16 units, like its
 * `truncate`): zod's `max` counts code points, so 16 emoji pass a max of 30 yet take 32 units, and
 * the modal would show them cut short, to be saved cut short by the next save of any setting.
 */
const fieldText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => s.length <= max, `is too long for its field (at most ${max} characters)`);

const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:00');

/** Working hours in each person's own time zone: invitations and reminders land only inside them. */
export const workingHoursSchema = z
  .object({
    start: clockTime,
    end: clockTime,
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1, 'needs at least one day').max(7),
  })
  .refine((h) => h.start < h.end, 'must end after they start (e.g. 09:00–18:00)');

/** Every admin-editable setting, with its default. */
export const settingsSchema = z.object({
  anonymity_threshold: z.number().int().min(3, 'must be at least 3').max(100, 'must be at most 100'),
  customer_word: fieldText(2, 30),
  customer_word_plural: fieldText(2, 30),
  pulse_schedule: scheduleSchema.extend({ every_weeks: z.number().int().min(1).max(12) }),
  pulse_local_time: z.boolean(),
  working_hours: workingHoursSchema,
  remind_after_hours: z
    .number()
    .int()
    .min(0)
    .max(24 * 14),
  close_after_hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  second_prompt_enabled: z.boolean(),
  digest_schedule: scheduleSchema,
  digest_channels: z.array(channelId).max(10),
  department_digests: z.boolean(),
  /** Quotes in every report surface; off shows none anywhere. */
  show_quotes: z.boolean(),
  leaders: z.object({ users: z.array(memberId).max(500), usergroup: usergroupId.nullable() }),
  admins: z.object({ users: z.array(memberId).max(100), usergroup: usergroupId.nullable() }),
  department_profile_field: fieldText(0, 80).nullable(),
  /** The roster takes in single- and multi-channel guests too (off: employees only). */
  include_guests: z.boolean(),
  /** Departments come only from a user group, the profile field or an admin: nobody picks their own. */
  require_mapped_departments: z.boolean(),
  retention_months: z.number().int().min(1).max(120).nullable(),
  /** The language of reports and digests (channel posts are read by all, so not a person's locale). */
  report_language: z.enum(REPORT_LANGUAGES, { message: 'must be one of the languages listed' }),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  anonymity_threshold: 5,
  customer_word: 'customer',
  customer_word_plural: 'customers',
  // Every other Monday at 10:00, workspace time zone; off until an admin turns it on.
  pulse_schedule: { enabled: false, cron: '0 10 * * 1', timezone: null, every_weeks: 2 },
  pulse_local_time: false,
  working_hours: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
  remind_after_hours: 24,
  close_after_hours: 72,
  second_prompt_enabled: true,
  digest_schedule: { enabled: true, cron: '0 9 * * 5', timezone: null },
  digest_channels: [],
  department_digests: false,
  show_quotes: DEFAULT_SHOW_QUOTES,
  leaders: { users: [], usergroup: null },
  admins: { users: [], usergroup: null },
  department_profile_field: null,
  include_guests: DEFAULT_INCLUDE_GUESTS,
  require_mapped_departments: DEFAULT_REQUIRE_MAPPED_DEPARTMENTS,
  retention_months: null,
  report_language: DEFAULT_REPORT_LANGUAGE as ReportLanguage,
};
