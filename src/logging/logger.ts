import { type Logger, LogLevel } from '@slack/bolt';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

/** Slack tokens have recognisable prefixes; redact them even when we were not told the value. */
const TOKEN_PATTERN = /\bx(?:ox[abposer]|app)-[A-Za-z0-9-]{6,}/g;

export type LogSink = (line: string) => void;

/**
 * A Bolt-compatible logger that writes one line per entry and removes secrets: every value in
 * `secrets` and anything shaped like a Slack token is replaced by [redacted].
 */
export function createLogger(options: {
  level: 'debug' | 'info' | 'warn' | 'error';
  secrets?: readonly string[];
  sink?: LogSink;
  name?: string;
}): Logger {
  let level = options.level as LogLevel;
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
    const line = `${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${msg.map(format).join(' ')}`;
    sink(redact(line));
  };

  return {
    debug: (...msg) => write(LogLevel.DEBUG, msg),
    info: (...msg) => write(LogLevel.INFO, msg),
    warn: (...msg) => write(LogLevel.WARN, msg),
    error: (...msg) => write(LogLevel.ERROR, msg),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
