/**
 * An error whose message is written for the person who caused it: shown to them as is
 * (ephemeral in Slack, one line on the terminal). Anything else is logged and shown as a
 * generic apology.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const GENERIC_FAILURE =
  'Sorry, something went wrong on our side. It has been logged; please try again in a minute.';

/** The text a person sees for an error: their own message for a UserError, an apology otherwise. */
export function userMessageFor(error: unknown): string {
  if (error instanceof UserError) return error.hint ? `${error.message}\n${error.hint}` : error.message;
  return GENERIC_FAILURE;
}
