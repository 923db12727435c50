import { type RunningBot, startBot } from '../src/app/bot';
import { loadConfig } from '../src/config/load-config';
import { createLogger } from '../src/logging/logger';
import { TEST_PSEUDONYM_SECRET, TEST_SIGNING_SECRET } from '../test/support/test-bot';

/** The real bot in HTTP mode on a free port, against a stand-in Slack, for a benchmark's child process. */
export async function startBenchBot(
  apiUrl: string,
  databasePath: string,
  admin: string,
): Promise<RunningBot> {
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
  const logger = createLogger({ level: 'error', sink: (line) => process.stderr.write(`${line}\n`) });
  return startBot({ ...result.config, port: 0 }, logger);
}
