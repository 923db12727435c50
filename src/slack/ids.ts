/** Every Slack id this app defines, in one place: commands, action ids, view callback ids, metadata types. */
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

export const VIEWS = {
  pulseAnswer: 'cx_pulse_answer_modal',
  settings: 'cx_settings_modal',
  deleteData: 'cx_delete_data_modal',
} as const;

/** Message metadata event type put on every pulse DM, so an in-doubt send can be found again. */
export const PULSE_DM_EVENT = 'cx_align_pulse_dm';

/** Message metadata event type on digest posts, so a post in doubt after a crash can be found again. */
export const DIGEST_EVENT = 'cx_align_digest';
