/** What a person starting the bot is told when Slack or the port refuses: the cause and the fix. */

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

/** auth.test failed: a refused bot token, or Slack out of reach. */
export function botTokenError(error: unknown): Error {
  const code = slackErrorCode(error);
  return new Error(
    code
      ? `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token again from "OAuth & Permissions", and reinstall the app if you changed its scopes.`
      : `Slack could not be reached to check SLACK_BOT_TOKEN (${messageOf(error)}).`,
  );
}

/** The HTTP receiver could not listen on the port. */
export function portError(error: unknown, port: number): Error {
  const code = (error as { code?: string }).code;
  return new Error(
    code === 'EADDRINUSE'
      ? `PORT ${port} is already in use: stop whatever listens there, or set PORT to a free port.`
      : code === 'EACCES'
        ? `PORT ${port} needs more privileges than this process has: use a port above 1023.`
        : `the HTTP receiver could not listen on PORT ${port} (${messageOf(error)}).`,
  );
}

/** Socket Mode could not connect: a refused app token, or Slack out of reach. */
export function appTokenError(error: unknown): Error {
  const code = slackErrorCode(error);
  return new Error(
    code
      ? `Slack refused SLACK_APP_TOKEN (${code}). Make an App-Level Token with the connections:write scope under "Basic Information → App-Level Tokens", and check that Socket Mode is on.`
      : `Socket Mode could not connect to Slack (${messageOf(error)}).`,
  );
}
