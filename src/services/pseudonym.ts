import { createHmac } from 'node:crypto';

/**
 * The keyed pseudonym answers are stored under: HMAC-SHA256 of the Slack user id with a secret
 * from the environment. Stable for a person, so they can see and delete their own answers; a
 * copy of the database without the secret does not say who answered what.
 */
export function createPseudonymizer(secret: string): (slackUserId: string) => string {
  return (slackUserId) =>
    createHmac('sha256', secret).update(`cx-align:respondent:${slackUserId}`).digest('hex');
}
export type Pseudonymizer = ReturnType<typeof createPseudonymizer>;
