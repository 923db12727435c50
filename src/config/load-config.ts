import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Where the SQLite database lives when DATABASE_PATH is not set (relative to the working folder). */
export const DEFAULT_DATABASE_PATH = './data/cx-align.db';

/** The database path the environment asks for, for commands that need only that setting. */
export const databasePathFrom = (env: Record<string, string | undefined>): string =>
  env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH;

/** Where each setting comes from, shown next to a missing or wrong value. */
const WHERE: Record<string, string> = {
  SLACK_BOT_TOKEN:
    'the Bot User OAuth Token (xoxb-…) on your app’s "OAuth & Permissions" page at https://api.slack.com/apps, after "Install to Workspace"',
  SLACK_SIGNING_SECRET:
    'the Signing Secret under "Basic Information → App Credentials" at https://api.slack.com/apps',
  SLACK_APP_TOKEN:
    'an App-Level Token (xapp-…) with the connections:write scope, made under "Basic Information → App-Level Tokens"; leave it empty to use HTTP mode',
  SLACK_API_URL:
    'leave it empty for Slack’s own API; set it only for GovSlack or a test stand-in (e.g. https://slack-gov.com/api/)',
  PORT: 'a TCP port number for the HTTP receiver, e.g. 3000',
  DATABASE_PATH: `a file path for the SQLite database, e.g. ${DEFAULT_DATABASE_PATH}`,
  LOG_LEVEL: 'one of debug, info, warn, error',
  LOG_FORMAT: 'text (readable lines, the default) or json (one JSON object a line)',
  CX_ALIGN_ADMINS: 'comma-separated Slack member ids (U…/W…): open a profile in Slack → ⋮ → "Copy member ID"',
  CX_ALIGN_PSEUDONYM_SECRET:
    'a random secret of at least 32 characters that keys the pseudonyms answers are stored under; make one with `openssl rand -hex 32` (npm start writes one into a new .env for you), or set CX_ALIGN_PSEUDONYM_SECRET_FILE to a file holding it instead. Keep it: changing it detaches people from their past answers',
  CX_ALIGN_PSEUDONYM_SECRET_FILE:
    'the path of a file holding only the secret (a systemd credential, e.g. $CREDENTIALS_DIRECTORY/pseudonym-secret, or a container secret), readable by the user the bot runs as, kept apart from the database and its backups',
};

const SECRET = 'CX_ALIGN_PSEUDONYM_SECRET';
const SECRET_FILE = 'CX_ALIGN_PSEUDONYM_SECRET_FILE';

/**
 * The environment with the pseudonym secret read from CX_ALIGN_PSEUDONYM_SECRET_FILE when that is
 * set (the file's content, trimmed), or the one line saying why it cannot be: both set, or the
 * file unreadable. The file's content is never part of a message.
 */
function withSecretFile(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string,
): { env: Record<string, string | undefined>; fromFile: string | null } | { problem: string } {
  const path = env[SECRET_FILE]?.trim();
  if (!path) return { env, fromFile: null };
  if (!blank(env[SECRET]))
    return {
      problem: `${SECRET} and ${SECRET_FILE} are both set. Keep one: the file (for systemd credentials and container secrets) or the value.`,
    };
  try {
    return { env: { ...env, [SECRET]: readFile(path).trim() }, fromFile: path };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = typeof code === 'string' ? ` (${code})` : '';
    return {
      problem: `${SECRET_FILE} names ${path}, which cannot be read${why}. Use ${WHERE[SECRET_FILE]}.`,
    };
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const memberId = /^[UW][A-Z0-9]{2,}$/;

const schema = z.object({
  SLACK_BOT_TOKEN: z.string({ error: 'is missing' }).trim().startsWith('xoxb-', 'must start with xoxb-'),
  SLACK_SIGNING_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().trim().min(8, 'looks too short').optional(),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().trim().startsWith('xapp-', 'must start with xapp-').optional(),
  ),
  SLACK_API_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .transform((u) => (u.endsWith('/') ? u : `${u}/`))
      .optional(),
  ),
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(3000),
  ),
  DATABASE_PATH: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_DATABASE_PATH)),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? (emptyToUndefined(v) as string | undefined)?.toLowerCase() : v),
    z
      .enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })
      .default('info'),
  ),
  LOG_FORMAT: z.preprocess(
    (v) => (typeof v === 'string' ? (emptyToUndefined(v) as string | undefined)?.toLowerCase() : v),
    z.enum(['text', 'json'], { error: 'must be text or json' }).default('text'),
  ),
  CX_ALIGN_ADMINS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      )
      .refine((ids) => ids.every((id) => memberId.test(id)), 'must be Slack member ids like U012ABCDEF'),
  ),
  CX_ALIGN_PSEUDONYM_SECRET: z
    .string({ error: 'is missing' })
    .min(32, 'must be at least 32 characters')
    .refine((s) => !/^change-?me/i.test(s), 'is still the placeholder from .env.example'),
});

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

export type Config = {
  slack: {
    botToken: string;
    signingSecret: string | undefined;
    appToken: string | undefined;
    apiUrl: string | undefined;
    mode: 'socket' | 'http';
  };
  port: number;
  /** PORT when it was set: in Socket Mode, where /healthz and /metrics listen. */
  opsPort?: number | undefined;
  databasePath: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** LOG_FORMAT: readable lines (text) or one JSON object a line. */
  logFormat?: 'text' | 'json';
  admins: string[];
  pseudonymSecret: string;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/**
 * Reads and checks the settings. Takes the environment as a plain object (and reads only the
 * secret's file, if CX_ALIGN_PSEUDONYM_SECRET_FILE names one) and returns either a typed config
 * or one human line per problem, naming the variable and where to get it.
 */
export function loadConfig(
  given: Record<string, string | undefined>,
  options: { readFile?: (path: string) => string } = {},
): ConfigResult {
  const resolved = withSecretFile(given, options.readFile ?? ((path) => readFileSync(path, 'utf8')));
  if ('problem' in resolved) return { ok: false, problems: [resolved.problem] };
  const { env, fromFile } = resolved;
  const parsed = schema.safeParse(env);
  const needsSigningSecret = blank(env.SLACK_APP_TOKEN) && blank(env.SLACK_SIGNING_SECRET);
  if (!parsed.success || needsSigningSecret) {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const issue of parsed.error?.issues ?? []) {
      const name = String(issue.path[0] ?? 'settings');
      if (seen.has(name)) continue;
      seen.add(name);
      const value = env[name];
      const message = value === undefined || value.trim() === '' ? 'is missing' : issue.message;
      if (name === SECRET && fromFile !== null) {
        const held = message === 'is missing' ? 'is empty' : `holds a secret that ${message}`;
        problems.push(`${SECRET_FILE}: the file ${fromFile} ${held}. Use ${WHERE[SECRET]}.`);
        continue;
      }
      const where = WHERE[name];
      problems.push(`${name} ${message}.${where ? ` Use ${where}.` : ''}`);
    }
    if (needsSigningSecret && !seen.has('SLACK_SIGNING_SECRET')) {
      problems.push(
        `SLACK_SIGNING_SECRET is missing (it is needed in HTTP mode, when SLACK_APP_TOKEN is not set). Use ${WHERE.SLACK_SIGNING_SECRET}.`,
      );
    }
    return { ok: false, problems };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      slack: {
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        appToken: e.SLACK_APP_TOKEN,
        apiUrl: e.SLACK_API_URL,
        mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
      },
      port: e.PORT,
      opsPort: blank(env.PORT) ? undefined : e.PORT,
      databasePath: e.DATABASE_PATH,
      logLevel: e.LOG_LEVEL,
      logFormat: e.LOG_FORMAT,
      admins: e.CX_ALIGN_ADMINS,
      pseudonymSecret: e.CX_ALIGN_PSEUDONYM_SECRET,
    },
  };
}

/** Values that must never be printed, for the log redactor. */
export function secretsOf(config: Config): string[] {
  return [
    config.slack.botToken,
    config.slack.signingSecret,
    config.slack.appToken,
    config.pseudonymSecret,
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}
