/** Severity names, lowest first. The same strings as Bolt's `LogLevel` enum values. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * The app's logger. It has the shape of Bolt's (`@slack/logger`) Logger with plain-string levels,
 * so `src/slack-app` and `src/slack-client` hand it to Bolt and the Web API client unchanged (see `src/slack-client/bolt-logger.ts`)
 * and nothing outside those two folders needs a Slack package for it.
 */
export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  setLevel(level: LogLevel): void;
  getLevel(): LogLevel;
  setName(name: string): void;
}

const ORDER: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
};

/** Slack tokens have recognisable prefixes; redact them even when we were not told the value. */
const TOKEN_PATTERN = /\bx(?:ox[abposer]|app)-[A-Za-z0-9-]{6,}/g;

export type LogSink = (line: string) => void;
/** `text`: one readable line an entry (the default); `json`: one JSON object a line, for shipping. */
export type LogFormat = 'text' | 'json';

/** A JSON entry: the first string is the event, anything after it goes into `context.details`. */
function jsonLine(at: LogLevel, name: string, parts: string[]): string {
  const [event = '', ...details] = parts;
  return JSON.stringify({
    level: at,
    time: new Date().toISOString(),
    event,
    context: { logger: name, ...(details.length > 0 ? { details } : {}) },
  });
}

/**
 * A Bolt-compatible logger (see Logger) that writes one line per entry and removes secrets: every
 * value in `secrets` and anything shaped like a Slack token is replaced by [redacted] (in JSON,
 * in each value before it is encoded, so escaping cannot hide one).
 */
export function createLogger(options: {
  level: LogLevel;
  secrets?: readonly string[];
  sink?: LogSink;
  name?: string;
  format?: LogFormat;
}): Logger {
  let level = options.level;
  let name = options.name ?? 'cx-align';
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const sink: LogSink = options.sink ?? ((line) => process.stderr.write(`${line}\n`));

  const redact = (text: string): string => {
    let out = text.replace(TOKEN_PATTERN, '[redacted]');
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
  const format = (value: unknown): string => {
    if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  const write = (at: LogLevel, msg: unknown[]) => {
    if (ORDER[at] < ORDER[level]) return;
    if (options.format === 'json') {
      sink(
        jsonLine(
          at,
          redact(name),
          msg.map((m) => redact(format(m))),
        ),
      );
      return;
    }
    const line = `${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${msg.map(format).join(' ')}`;
    sink(redact(line));
  };

  return {
    debug: (...msg) => write('debug', msg),
    info: (...msg) => write('info', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
