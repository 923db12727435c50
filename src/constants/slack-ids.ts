/**
 * Every Slack id this app defines, in one place: the command, action ids, view callback ids, the
 * modals' block and action ids (shared by the renderers that draw them and the parsers that read
 * them back), and message metadata types. Plain constants: render, services and the listeners all
 * import them downwards.
 */
export const COMMAND = '/cx-alignment';

export const ACTIONS = {
  answerPulse: 'cx_pulse_answer',
  notNow: 'cx_pulse_not_now',
  homeAnswerPulse: 'cx_home_answer',
  homeDeleteData: 'cx_home_delete_data',
  homeOpenReport: 'cx_home_open_report',
  homeOpenSettings: 'cx_home_open_settings',
  homeOptOut: 'cx_home_opt_out',
  homeOptIn: 'cx_home_opt_in',
} as const;

/**
 * The buttons of the `pulse close` confirmation; the value of each is the pulse's id. Kept apart
 * from ACTIONS, whose buttons change nothing but the presser's own data (the action fuzz holds
 * them to that): "Close it now" closes the pulse for everyone. Fuzzed in its own test.
 */
export const PULSE_CLOSE_ACTIONS = {
  closeNow: 'cx_pulse_close_now',
  keepOpen: 'cx_pulse_keep_open',
} as const;

export const VIEWS = {
  pulseAnswer: 'cx_pulse_answer_modal',
  settings: 'cx_settings_modal',
  deleteData: 'cx_delete_data_modal',
} as const;

/** Message metadata event type put on every pulse DM, so an in-doubt send can be found again. */
export const PULSE_DM_EVENT = 'cx_align_pulse_dm';

/** Message metadata event type on digest posts, so a post in doubt after a crash can be found again. */
export const DIGEST_EVENT = 'cx_align_digest';

/** The pulse modal's block ids; a rating block is `ratingPrefix` + the touchpoint id. */
export const BLOCK = {
  department: 'dept',
  /** The department a person picks for the next pulse on (this pulse's stays as it is). */
  nextDepartment: 'dept_next',
  definition: 'definition',
  second: 'second',
  priorities: 'priorities',
  comment: 'comment',
  quoteConsent: 'quote_consent',
  ratingPrefix: 'rate_',
} as const;
/** The action id of every input in the pulse modal (one input per block). */
export const VALUE_ACTION = 'value';

/** The value of the ticked "You may quote this answer" checkbox. */
export const QUOTE_CONSENT = 'yes';

/** The rating option for "Don't know". */
export const DONT_KNOW = 'dk';

/** Block ids of the settings modal, shared by the renderer and the parser. */
export const SETTINGS_BLOCKS = {
  departments: 's_departments',
  departmentField: 's_department_field',
  touchpoints: 's_touchpoints',
  prompts: 's_prompts',
  options: 's_options',
  customerWord: 's_customer_word',
  customerWordPlural: 's_customer_word_plural',
  pulseCron: 's_pulse_cron',
  pulseTimezone: 's_pulse_tz',
  workingHours: 's_working_hours',
  everyWeeks: 's_every_weeks',
  remindAfterHours: 's_remind',
  closeAfterHours: 's_close',
  digestCron: 's_digest_cron',
  digestTimezone: 's_digest_tz',
  digestChannels: 's_digest_channels',
  leaders: 's_leaders',
  leaderGroup: 's_leader_group',
  admins: 's_admins',
  adminGroup: 's_admin_group',
  threshold: 's_threshold',
  retentionMonths: 's_retention',
  reportLanguage: 's_report_language',
} as const;
export const SETTINGS_ACTION = 'value';

/**
 * Follow-ups: the "Follow up" button on a divergence (value: `pulseId:touchpointId`), the modal's
 * callback id and block ids. Apart from ACTIONS: the button opens a modal for leaders only.
 */
export const FOLLOW_UP_ACTIONS = {
  open: 'cx_follow_up_open',
} as const;
export const FOLLOW_UP_VIEW = 'cx_follow_up_modal';
export const FOLLOW_UP_BLOCKS = {
  owner: 'fu_owner',
  departments: 'fu_departments',
  nextStep: 'fu_next_step',
  dueDate: 'fu_due_date',
  channel: 'fu_channel',
} as const;
export const FOLLOW_UP_ACTION = 'value';
/** Message metadata event type on follow-up posts. */
export const FOLLOW_UP_EVENT = 'cx_align_follow_up';
