import { createHmac } from 'node:crypto';

/**
 * The keyed pseudonym a person's answer to a pulse is stored under: HMAC-SHA256, keyed by the
 * secret from the environment, of the pulse id and the Slack user id. Stable within a pulse, so a
 * person can change and delete their answer; different in every pulse, so a copy of the database
 * without the secret can neither say who answered nor join one person's answers across pulses.
 */
export function createPseudonymizer(secret: string): (pulseId: number, slackUserId: string) => string {
  return (pulseId, slackUserId) =>
    createHmac('sha256', secret).update(`cx-align:respondent:${pulseId}:${slackUserId}`).digest('hex');
}
export type Pseudonymizer = ReturnType<typeof createPseudonymizer>;

/**
 * The pseudonym of releases before per-pulse pseudonyms (the same in every pulse): only to find
 * and rekey old answers once, at start-up.
 */
export function legacyPseudonym(secret: string, slackUserId: string): string {
  return createHmac('sha256', secret).update(`cx-align:respondent:${slackUserId}`).digest('hex');
}
