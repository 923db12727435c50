import { type RunningBot, startBot } from '../src/app/bot';
import { type Config, loadConfig } from '../src/config/load-config';
import { createLogger } from '../src/logging/logger';
import { TEST_PSEUDONYM_SECRET, TEST_SIGNING_SECRET } from '../test/support/test-bot';

/** The bot's configuration for a benchmark: a stand-in Slack at `apiUrl`, one admin, errors logged only. */
export function benchConfig(apiUrl: string, databasePath: string, admin: string): Config {
  const result = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-token-1234567890',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    DATABASE_PATH: databasePath,
    LOG_LEVEL: 'error',
    CX_ALIGN_ADMINS: admin,
    CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

/** The logger a benchmark's bot writes with: errors only, to stderr. */
export const benchLogger = () =>
  createLogger({ level: 'error', sink: (line) => process.stderr.write(`${line}\n`) });

/** The real bot in HTTP mode on a free port, against a stand-in Slack, for a benchmark's child process. */
export async function startBenchBot(
  apiUrl: string,
  databasePath: string,
  admin: string,
): Promise<RunningBot> {
  return startBot({ ...benchConfig(apiUrl, databasePath, admin), port: 0 }, benchLogger());
}
