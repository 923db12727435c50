import type { Logger, LogLevel } from '../../../src/logging/logger';

export type LoggedLine = { level: LogLevel; text: string };

/** A logger that writes nothing anywhere and keeps each line, for tests that check what was logged. */
export function silentLogger(): { logger: Logger; lines: LoggedLine[]; at: (level: LogLevel) => string[] } {
  const lines: LoggedLine[] = [];
  let level: LogLevel = 'debug';
  const write =
    (at: LogLevel) =>
    (...msg: unknown[]) => {
      lines.push({ level: at, text: msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ') });
    };
  const logger: Logger = {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
  return { logger, lines, at: (wanted) => lines.filter((l) => l.level === wanted).map((l) => l.text) };
}
