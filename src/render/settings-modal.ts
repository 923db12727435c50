import type { KnownBlock, ModalView } from '@slack/types';
import { LIST_MAX_CHARS } from '../constants/limits';
import { SETTINGS_ACTION, SETTINGS_BLOCKS, VIEWS } from '../constants/slack-ids';
import { escapeMrkdwn, truncate } from './escape';

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
  };
  customerWord: string;
  customerWordPlural: string;
  pulseCron: string;
  pulseTimezone: string;
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
};

export const OPTION_LABELS: Record<keyof SettingsForm['options'], string> = {
  pulseEnabled: 'Run pulses on the schedule',
  localTime: 'Deliver at that time in each person’s own time zone',
  secondPrompt: 'Ask a second prompt from the bank (in turn)',
  digestEnabled: 'Post the weekly digest',
  departmentDigests: 'Also post to each department’s channel how its view differs',
};

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

function text(
  id: string,
  label: string,
  value: string,
  opts: { hint?: string; multiline?: boolean; optional?: boolean; max?: number } = {},
): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? false,
    label: plain(label),
    ...(opts.hint ? { hint: plain(opts.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: SETTINGS_ACTION,
      multiline: opts.multiline ?? false,
      max_length: opts.max ?? 200,
      ...(value ? { initial_value: truncate(value, opts.max ?? 200) } : {}),
    },
  };
}

function number(
  id: string,
  label: string,
  value: string,
  min: number,
  max: number,
  optional = false,
  hint?: string,
): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element: {
      type: 'number_input',
      action_id: SETTINGS_ACTION,
      is_decimal_allowed: false,
      min_value: String(min),
      max_value: String(max),
      ...(value ? { initial_value: value } : {}),
    },
  };
}

const header = (t: string): KnownBlock => ({ type: 'header', text: plain(t) });

/** One line of "Recent changes": when (already formatted), who (a member id), which setting. */
export type RecentChange = { when: string; actor: string; key: string };

/** The line, with the member as a real mention and only the stored text escaped. */
function changeLine(c: RecentChange): string {
  const who = /^[UW][A-Z0-9]+$/.test(c.actor) ? `<@${c.actor}>` : escapeMrkdwn(c.actor);
  return `${escapeMrkdwn(c.when)} · ${who} changed ${escapeMrkdwn(c.key)}`;
}

/** The admin settings modal, prefilled with the current values, with the latest changes for context. */
export function renderSettingsModal(form: SettingsForm, recentChanges: readonly RecentChange[]): ModalView {
  const B = SETTINGS_BLOCKS;
  const options = (Object.keys(OPTION_LABELS) as (keyof SettingsForm['options'])[]).map((key) => ({
    text: plain(OPTION_LABELS[key]),
    value: key,
  }));
  const selected = options.filter((o) => form.options[o.value as keyof SettingsForm['options']]);
  const blocks: KnownBlock[] = [
    header('Organisation'),
    text(B.departments, 'Departments', form.departments, {
      multiline: true,
      max: LIST_MAX_CHARS,
      hint: 'One per line: Name | user group (@handle or S…) | profile field value | department channel (C…). Only the name is required. A line removed is archived; past answers keep it.',
    }),
    text(B.departmentField, 'Department profile field', form.departmentField, {
      optional: true,
      max: 80,
      hint: 'The id (Xf…) of a custom profile field that holds the department, matched against the third column above.',
    }),
    text(B.touchpoints, 'Touchpoints', form.touchpoints, {
      multiline: true,
      max: LIST_MAX_CHARS,
      hint: 'One per line, in the order asked (at most 25). Rename with “Old name => New name”. Past pulses keep the names they asked.',
    }),
    text(B.customerWord, 'The word for “customer”', form.customerWord, {
      max: 30,
      hint: 'e.g. patient, student, member, client',
    }),
    text(B.customerWordPlural, 'Its plural', form.customerWordPlural, { max: 30 }),
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
    text(B.pulseCron, 'Pulse schedule (cron)', form.pulseCron, {
      max: 100,
      hint: 'minute hour day month weekday; "0 10 * * 1" is Mondays at 10:00',
    }),
    text(B.pulseTimezone, 'Pulse time zone', form.pulseTimezone, {
      optional: true,
      max: 60,
      hint: 'An IANA name such as Europe/London; empty means the workspace’s (the most common on the roster).',
    }),
    number(B.everyWeeks, 'Run every N weeks', form.everyWeeks, 1, 12),
    number(B.remindAfterHours, 'Remind after (hours; 0 = never)', form.remindAfterHours, 0, 336),
    number(B.closeAfterHours, 'Close after (hours)', form.closeAfterHours, 1, 720),
    text(B.prompts, 'Second-prompt bank', form.prompts, {
      multiline: true,
      optional: true,
      max: LIST_MAX_CHARS,
      hint: 'One per line; {customer} and {customers} take the word above.',
    }),
    text(B.digestCron, 'Digest schedule (cron)', form.digestCron, {
      max: 100,
      hint: '"0 9 * * 5" is Fridays at 09:00',
    }),
    text(B.digestTimezone, 'Digest time zone', form.digestTimezone, { optional: true, max: 60 }),
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
    text(B.leaderGroup, 'Leaders’ user group', form.leaderGroup, {
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
    text(B.adminGroup, 'Admins’ user group', form.adminGroup, {
      optional: true,
      max: 80,
      hint: '@handle or S…',
    }),
    number(
      B.threshold,
      'Anonymity threshold',
      form.threshold,
      3,
      100,
      false,
      'No view shows a group with fewer respondents than this.',
    ),
    number(
      B.retentionMonths,
      'Delete answers older than (months)',
      form.retentionMonths,
      1,
      120,
      true,
      'Empty keeps answers until people delete them.',
    ),
  ];
  if (recentChanges.length > 0) {
    blocks.push({ type: 'divider' });
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(`*Recent changes*\n${recentChanges.map(changeLine).join('\n')}`, 3000),
        },
      ],
    });
  }
  return {
    type: 'modal',
    callback_id: VIEWS.settings,
    title: plain('CX Align settings'),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks,
  };
}
