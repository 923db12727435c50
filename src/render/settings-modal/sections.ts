/** The settings modal's three parts, top to bottom: organisation, pulse and digest, people and privacy. */
import type { KnownBlock } from '@slack/types';
import { LIST_MAX_CHARS } from '../../constants/limits';
import { SETTINGS_BLOCKS as B, SETTINGS_ACTION } from '../../constants/slack-ids';
import { escapeMrkdwn, truncate } from '../escape';
import { REPORT_LANGUAGE_NAMES, REPORT_LANGUAGES } from '../i18n/report/index';
import { header, numberInput, plain, textInput } from './fields';
import { OPTION_LABELS, type SettingsForm } from './form';

/** Departments (with the nudge under them, if any), the profile field, touchpoints, the word for "customer". */
export function organisationBlocks(form: SettingsForm, nudge: string | null = null): KnownBlock[] {
  return [
    header('Organisation'),
    textInput(B.departments, 'Departments', form.departments, {
      multiline: true,
      max: LIST_MAX_CHARS,
      hint: 'One per line: Name | user group (@handle or S…) | profile field value | department channel (C…). Only the name is required. A line removed is archived; past answers keep it.',
    }),
    ...(nudge
      ? [
          {
            type: 'context' as const,
            elements: [
              { type: 'mrkdwn' as const, text: `:point_up: ${escapeMrkdwn(truncate(nudge, 2900))}` },
            ],
          },
        ]
      : []),
    textInput(B.departmentField, 'Department profile field', form.departmentField, {
      optional: true,
      max: 80,
      hint: 'The id (Xf…) of a custom profile field that holds the department, matched against the third column above.',
    }),
    textInput(B.touchpoints, 'Touchpoints', form.touchpoints, {
      multiline: true,
      max: LIST_MAX_CHARS,
      hint: 'One per line, in the order asked (at most 25). Rename with “Old name => New name”. Past pulses keep the names they asked.',
    }),
    textInput(B.customerWord, 'The word for “customer”', form.customerWord, {
      max: 30,
      hint: 'e.g. patient, student, member, client',
    }),
    textInput(B.customerWordPlural, 'Its plural', form.customerWordPlural, { max: 30 }),
  ];
}

/** The language of reports and digests, one of the catalog's. */
function reportLanguageInput(current: string): KnownBlock {
  const options = REPORT_LANGUAGES.map((code) => ({ text: plain(REPORT_LANGUAGE_NAMES[code]), value: code }));
  const selected = options.find((o) => o.value === current);
  return {
    type: 'input',
    block_id: B.reportLanguage,
    label: plain('Language of reports and digests'),
    hint: plain(
      'Headings and fixed words; department, touchpoint and theme names and quotes stay as written.',
    ),
    element: {
      type: 'static_select',
      action_id: SETTINGS_ACTION,
      options,
      ...(selected ? { initial_option: selected } : {}),
    },
  };
}

/** The options, the pulse schedule and its timing, the prompt bank, the digest schedule and channels. */
export function pulseAndDigestBlocks(form: SettingsForm): KnownBlock[] {
  const options = (Object.keys(OPTION_LABELS) as (keyof SettingsForm['options'])[]).map((key) => ({
    text: plain(OPTION_LABELS[key]),
    value: key,
  }));
  const selected = options.filter((o) => form.options[o.value as keyof SettingsForm['options']]);
  return [
    header('Pulse and digest'),
    {
      type: 'input',
      block_id: B.options,
      optional: true,
      label: plain('Options'),
      element: {
        type: 'checkboxes',
        action_id: SETTINGS_ACTION,
        options,
        ...(selected.length ? { initial_options: selected } : {}),
      },
    },
    textInput(B.pulseCron, 'Pulse schedule (cron)', form.pulseCron, {
      max: 100,
      hint: 'minute hour day month weekday; "0 10 * * 1" is Mondays at 10:00',
    }),
    textInput(B.pulseTimezone, 'Pulse time zone', form.pulseTimezone, {
      optional: true,
      max: 60,
      hint: 'An IANA name such as Europe/London; empty means the workspace’s (the most common on the roster).',
    }),
    textInput(B.workingHours, 'Working hours (each person’s own time zone)', form.workingHours, {
      max: 60,
      hint: 'With local time on, invitations and reminders land only inside these, e.g. 09:00-18:00 Mon-Fri.',
    }),
    numberInput(B.everyWeeks, 'Run every N weeks', form.everyWeeks, 1, 12),
    numberInput(B.remindAfterHours, 'Remind after (hours; 0 = never)', form.remindAfterHours, 0, 336),
    numberInput(B.closeAfterHours, 'Close after (hours)', form.closeAfterHours, 1, 720),
    textInput(B.prompts, 'Second-prompt bank', form.prompts, {
      multiline: true,
      optional: true,
      max: LIST_MAX_CHARS,
      hint: 'One per line; {customer} and {customers} take the word above.',
    }),
    textInput(B.digestCron, 'Digest schedule (cron)', form.digestCron, {
      max: 100,
      hint: '"0 9 * * 5" is Fridays at 09:00',
    }),
    textInput(B.digestTimezone, 'Digest time zone', form.digestTimezone, { optional: true, max: 60 }),
    reportLanguageInput(form.reportLanguage),
    {
      type: 'input',
      block_id: B.digestChannels,
      optional: true,
      label: plain('Digest channels'),
      hint: plain('Invite @CX Align to each channel so it can post.'),
      element: {
        type: 'multi_conversations_select',
        action_id: SETTINGS_ACTION,
        max_selected_items: 10,
        filter: {
          include: ['public', 'private'],
          exclude_bot_users: true,
          exclude_external_shared_channels: true,
        },
        ...(form.digestChannels.length ? { initial_conversations: form.digestChannels } : {}),
      },
    },
  ];
}

/** Leaders, admins, the anonymity threshold and retention. */
export function peopleAndPrivacyBlocks(form: SettingsForm): KnownBlock[] {
  return [
    header('People and privacy'),
    {
      type: 'input',
      block_id: B.leaders,
      optional: true,
      label: plain('Leaders (see reports and exports)'),
      element: {
        type: 'multi_users_select',
        action_id: SETTINGS_ACTION,
        max_selected_items: 100,
        ...(form.leaders.length ? { initial_users: form.leaders } : {}),
      },
    },
    textInput(B.leaderGroup, 'Leaders’ user group', form.leaderGroup, {
      optional: true,
      max: 80,
      hint: '@handle or S…',
    }),
    {
      type: 'input',
      block_id: B.admins,
      optional: true,
      label: plain('Admins (settings and pulses; admins are leaders too)'),
      element: {
        type: 'multi_users_select',
        action_id: SETTINGS_ACTION,
        max_selected_items: 100,
        ...(form.admins.length ? { initial_users: form.admins } : {}),
      },
    },
    textInput(B.adminGroup, 'Admins’ user group', form.adminGroup, {
      optional: true,
      max: 80,
      hint: '@handle or S…',
    }),
    numberInput(
      B.threshold,
      'Anonymity threshold',
      form.threshold,
      3,
      100,
      false,
      'No view shows a group with fewer respondents than this.',
    ),
    numberInput(
      B.retentionMonths,
      'Delete answers older than (months)',
      form.retentionMonths,
      1,
      120,
      true,
      'Empty keeps answers until people delete them. Closed pulses’ results stay as they were frozen.',
    ),
  ];
}
