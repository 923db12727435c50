import { join } from 'node:path';
import { type RunningBot, startBot } from '../../src/app/bot';
import { type Config, loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/logger';
import { FakeSlack } from './fake-slack';
import { SignedClient } from './signed-client';
import { tempDir } from './test-db';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789';
export const TEST_PSEUDONYM_SECRET = 'test-pseudonym-secret-0123456789abcdef';

export type TestBot = {
  bot: RunningBot;
  fake: FakeSlack;
  client: SignedClient;
  config: Config;
  logs: string[];
  dir: string;
  stop(): Promise<void>;
};

/**
 * The real bot in HTTP mode on a free port, against a fresh database and a fake Slack.
 * `env` overrides settings (e.g. CX_ALIGN_ADMINS); a PORT in it (any value) gives a Socket Mode
 * bot its /healthz and /metrics on a free port (`bot.port`).
 */
export async function startTestBot(
  env: Record<string, string> = {},
  fake?: FakeSlack,
  options: Parameters<typeof startBot>[2] = { worker: { idlePollMs: 50, backoffMs: 50 } },
): Promise<TestBot> {
  const slack = fake ?? (await new FakeSlack().start());
  const { dir, cleanup } = tempDir();
  const result = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token-1234567890',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '1',
    DATABASE_PATH: join(dir, 'cx-align.db'),
    LOG_LEVEL: 'warn',
    CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
    ...env,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  // PORT stands for a free port here; in Socket Mode /healthz and /metrics get one only when asked
  const config: Config = { ...result.config, port: 0, opsPort: env.PORT === undefined ? undefined : 0 };
  const logs: string[] = [];
  const logger = createLogger({ level: config.logLevel, sink: (line) => logs.push(line) });
  const bot = await startBot(config, logger, options);
  const client = new SignedClient(
    `http://127.0.0.1:${bot.port}/slack/events`,
    TEST_SIGNING_SECRET,
    slack.url,
  );
  return {
    bot,
    fake: slack,
    client,
    config,
    logs,
    dir,
    async stop() {
      await bot.stop();
      if (!fake) await slack.stop();
      cleanup();
    },
  };
}
