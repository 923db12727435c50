import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config/load-config';

const valid = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
  SLACK_SIGNING_SECRET: 'abcdef0123456789',
  CX_ALIGN_PSEUDONYM_SECRET: 'a'.repeat(64),
};

describe('loadConfig', () => {
  it('reads a minimal HTTP-mode environment with defaults', () => {
    const result = loadConfig(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.slack.mode).toBe('http');
    expect(result.config.port).toBe(3000);
    expect(result.config.databasePath).toBe('./data/cx-align.db');
    expect(result.config.logLevel).toBe('info');
    expect(result.config.admins).toEqual([]);
  });

  it('uses Socket Mode when an app token is set, and needs no signing secret then', () => {
    const result = loadConfig({ ...valid, SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: 'xapp-1-A-123' });
    expect(result.ok && result.config.slack.mode).toBe('socket');
  });

  it('names every missing setting, with where to get it', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.problems.some(
        (p) => p.startsWith('SLACK_BOT_TOKEN is missing') && p.includes('OAuth & Permissions'),
      ),
    ).toBe(true);
    expect(
      result.problems.some((p) => p.startsWith('SLACK_SIGNING_SECRET') && p.includes('Basic Information')),
    ).toBe(true);
    expect(result.problems.some((p) => p.startsWith('CX_ALIGN_PSEUDONYM_SECRET is missing'))).toBe(true);
  });

  it.each([
    ['PORT', 'notaport'],
    ['PORT', '70000'],
    ['SLACK_BOT_TOKEN', 'xoxp-user-token'],
    ['SLACK_APP_TOKEN', 'not-an-app-token'],
    ['SLACK_API_URL', 'ftp://example.com'],
    ['LOG_LEVEL', 'chatty'],
    ['CX_ALIGN_ADMINS', 'U123,alice'],
    ['CX_ALIGN_PSEUDONYM_SECRET', 'short'],
    ['CX_ALIGN_PSEUDONYM_SECRET', 'change-me-run-openssl-rand-hex-32'],
  ])('names %s when it is %j', (name, value) => {
    const result = loadConfig({ ...valid, [name]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.startsWith(`${name} `)).toBe(true);
  });

  it('parses admins and normalises the API URL', () => {
    const result = loadConfig({
      ...valid,
      CX_ALIGN_ADMINS: ' U012AB, W0CD ',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.admins).toEqual(['U012AB', 'W0CD']);
    expect(result.config.slack.apiUrl).toBe('http://127.0.0.1:9/api/');
  });
});

describe('CX_ALIGN_PSEUDONYM_SECRET_FILE', () => {
  const { CX_ALIGN_PSEUDONYM_SECRET: _secret, ...withoutSecret } = valid;
  const SECRET = 'f'.repeat(40);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cx-align-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const secretFile = (content: string) => {
    const path = join(dir, 'pseudonym-secret');
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };

  it('reads the secret from the file, trimmed (a systemd credential or container secret)', () => {
    const result = loadConfig({
      ...withoutSecret,
      CX_ALIGN_PSEUDONYM_SECRET_FILE: secretFile(`  ${SECRET}\n`),
    });
    expect(result.ok && result.config.pseudonymSecret).toBe(SECRET);
    // and the secret read from it is redacted from logs like any other
    expect(result.ok && secretsOf(result.config)).toContain(SECRET);
  });

  it('refuses both set, naming both, without printing either', () => {
    const result = loadConfig({ ...valid, CX_ALIGN_PSEUDONYM_SECRET_FILE: secretFile(SECRET) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /CX_ALIGN_PSEUDONYM_SECRET and CX_ALIGN_PSEUDONYM_SECRET_FILE are both set/,
    );
    expect(result.problems.join('')).not.toContain(SECRET);
    expect(result.problems.join('')).not.toContain(valid.CX_ALIGN_PSEUDONYM_SECRET);
  });

  it('neither set: the secret is missing, and the message offers the file', () => {
    const result = loadConfig(withoutSecret);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^CX_ALIGN_PSEUDONYM_SECRET is missing\..*_FILE/),
    ]);
  });

  it('an unreadable file is one plain line naming the path and why, no stack', () => {
    const missing = join(dir, 'no-such-file');
    const result = loadConfig({ ...withoutSecret, CX_ALIGN_PSEUDONYM_SECRET_FILE: missing });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^CX_ALIGN_PSEUDONYM_SECRET_FILE names ${missing}, which cannot be read \\(ENOENT\\)`),
      ),
    ]);
    expect(result.problems[0]).not.toMatch(/\n\s+at /);
  });

  it('an empty or short secret in the file is named as the file’s, without its content', () => {
    const empty = loadConfig({ ...withoutSecret, CX_ALIGN_PSEUDONYM_SECRET_FILE: secretFile('\n') });
    expect(!empty.ok && empty.problems[0]).toMatch(/^CX_ALIGN_PSEUDONYM_SECRET_FILE: the file .* is empty/);
    const short = loadConfig({
      ...withoutSecret,
      CX_ALIGN_PSEUDONYM_SECRET_FILE: secretFile('short-secret'),
    });
    expect(!short.ok && short.problems[0]).toMatch(/holds a secret that must be at least 32 characters/);
    expect(!short.ok && short.problems.join('')).not.toContain('short-secret');
  });
});
