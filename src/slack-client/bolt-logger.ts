import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import type { Logger, LogLevel } from '../logging/logger';

type SameStrings<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Stops compiling if Bolt's LogLevel values and our level names ever differ.
true satisfies SameStrings<`${BoltLogLevel}`, LogLevel>;

/**
 * The debug lines of Bolt, the Web API client and Socket Mode that carry a whole payload: a request
 * body (chat.postMessage blocks, views.* views, files.* contents), a response, an ack body or a
 * Socket Mode envelope. Any of them can hold a user id next to answer text, so the payload goes;
 * the method (the request URL line, `apiCall('…') start/end`), the status and the timestamp stay.
 */
const PAYLOAD_LINES: readonly [RegExp, string][] = [
  [/^(http request body: ).*$/s, '$1[redacted]'],
  [/^(ack\(\) (?:call begins|response stored|response sent) \(body: ).*\)$/s, '$1[redacted])'],
  [/^(Received a message on the WebSocket: ).*$/s, '$1[redacted]'],
  [/^(Calling ack\(\) - type: [^,]*, envelope_id: [^,]*, data: ).*$/s, '$1[redacted]'],
  [/^(Sending a WebSocket message: ).*$/s, '$1[redacted]'],
  [/^(Unable to parse an incoming WebSocket message \(will ignore\): [^,]*), .*$/s, '$1, [redacted]'],
  // Bolt's developer mode logs each incoming body as JSON
  [/^\{.*\}$/s, '[redacted payload]'],
];

/** A Web API response reduced to its status: `ok`, and the error or warning when there is one. */
function resultStatus(json: string): string {
  try {
    const r = JSON.parse(json) as { ok?: unknown; error?: unknown; warning?: unknown };
    const parts = [`ok=${String(r.ok)}`];
    if (typeof r.error === 'string') parts.push(`error=${r.error}`);
    if (typeof r.warning === 'string') parts.push(`warning=${r.warning}`);
    return parts.join(' ');
  } catch {
    return '[redacted]';
  }
}

/** One debug argument with any payload it carries taken out. */
export function redactSlackDebug(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const result = /^http request result: (.*)$/s.exec(value);
  if (result) return `http request result: ${resultStatus(result[1] ?? '')}`;
  for (const [pattern, replacement] of PAYLOAD_LINES)
    if (pattern.test(value)) return value.replace(pattern, replacement);
  return value;
}

/**
 * The app's logger as Bolt's Logger: the same levels and name, the level typed as Bolt's string
 * enum (whose values are those same strings); debug lines lose the payloads they carry.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  return {
    debug: (...msg: unknown[]) => logger.debug(...msg.map(redactSlackDebug)),
    info: (...msg: unknown[]) => logger.info(...msg),
    warn: (...msg: unknown[]) => logger.warn(...msg),
    error: (...msg: unknown[]) => logger.error(...msg),
    setLevel: (level: BoltLogLevel) => logger.setLevel(level as LogLevel),
    getLevel: () => logger.getLevel() as BoltLogLevel,
    setName: (name: string) => logger.setName(name),
  };
}
