/**
 * The whole CX Align domain in SQLite, one file per group of tables. Unique keys hold the invariants:
 * - one counted answer per person per pulse: answers (pulse_id, respondent);
 * - one delivery per person per pulse and kind: deliveries (pulse_id, person_id, kind);
 * - one digest per period and channel: digests (period_key, channel_id);
 * - one scheduled pulse per cron window: pulses (schedule_key);
 * - one "last shown" per digest channel and department: digest_channel_sources;
 * - one frozen result per closed pulse: pulse_results (pulse_id);
 * - one last fired slot per scheduled job: schedule_slots (job);
 * - one follow-up per saved modal: follow_ups (idempotency_key);
 * - one customer score per period, touchpoint and metric: customer_scores.
 * Answers are stored under a keyed pseudonym per pulse (HMAC of the pulse and the Slack user id),
 * never the raw id, at day precision.
 */
export { answers, answerTerms, answerThemes, priorities, ratings } from './answers';
export { customerScores } from './customers';
export { adminNotices, digestChannelSources, digests } from './digests';
export { followUpAudit, followUps } from './follow-ups';
export { departments, people, prompts, rosterNames, touchpoints } from './org';
export { deliveries, pulseDeliveryCounts, pulses, pulseTouchpoints } from './pulses';
export { pulseResults } from './results';
export { scheduleSlots } from './schedule';
export { settings, settingsAudit, upgrades } from './settings';
