/** Limits of what a pulse and the settings hold; render and services both check against them. */
/** A pulse is one minute: the modal keeps well inside Block Kit's 100-block limit. */
export const MAX_TOUCHPOINTS = 25;
export const MAX_DEPARTMENTS = 50;
export const DEFINITION_MAX = 500;
export const SECOND_ANSWER_MAX = 500;
export const COMMENT_MAX = 1000;
export const MAX_PRIORITIES = 3;
/** The most a list (departments, touchpoints, prompts) can hold: Slack's limit for a text input. */
export const LIST_MAX_CHARS = 3000;

/** A follow-up's next step and done note (Slack's plain_text_input allows 3000). */
export const FOLLOW_UP_STEP_MAX = 1000;
export const FOLLOW_UP_NOTE_MAX = 1000;
/** The departments a follow-up can involve (a multi_static_select's options are fewer than 100). */
export const FOLLOW_UP_MAX_DEPARTMENTS = MAX_DEPARTMENTS;
