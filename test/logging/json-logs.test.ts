import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/logger';

const VALID = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-3',
  SLACK_SIGNING_SECRET: 'abcdefghijklmnop',
  CX_ALIGN_PSEUDONYM_SECRET: 'b'.repeat(40),
};

describe('LOG_FORMAT', () => {
  it('is text unless set, json when asked, and anything else is named', () => {
    const text = loadConfig(VALID);
    expect(text.ok && text.config.logFormat).toBe('text');
    const json = loadConfig({ ...VALID, LOG_FORMAT: 'JSON' });
    expect(json.ok && json.config.logFormat).toBe('json');
    const wrong = loadConfig({ ...VALID, LOG_FORMAT: 'xml' });
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      'LOG_FORMAT must be text or json. Use text (readable lines, the default) or json (one JSON object a line).',
    ]);
  });

  it('json: one object a line with level, time, event and context; secrets redacted inside values', () => {
    const lines: string[] = [];
    // a secret with a quote and a backslash: JSON escaping must not let it past the redactor
    const secret = 'se"cr\\et-value-123';
    const logger = createLogger({
      level: 'info',
      secrets: [secret],
      sink: (l) => lines.push(l),
      format: 'json',
    });
    logger.debug('not at info');
    logger.info('shutdown: database closed', { token: 'xoxb-1234567890-abcdef' });
    logger.error(`failed with ${secret}`, new Error(`boom ${secret}`));
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({
      level: 'info',
      event: 'shutdown: database closed',
      context: { logger: 'cx-align', details: ['{"token":"[redacted]"}'] },
    });
    expect(Number.isNaN(Date.parse(String(first?.time)))).toBe(false);
    expect(second).toMatchObject({ level: 'error', event: 'failed with [redacted]' });
    expect(String((second?.context as { details?: string[] } | undefined)?.details?.[0])).toMatch(
      /^Error: boom \[redacted\]\n\s+at /,
    );
    for (const line of lines) {
      expect(line).not.toContain('xoxb-1234567890');
      expect(line).not.toContain('cr\\\\et');
      expect(line.includes('\n')).toBe(false);
    }
  });
});
