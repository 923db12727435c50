import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-db';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function runStart(env: Record<string, string>, cwd: string) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('SLACK_') && !k.startsWith('CX_ALIGN_') && k !== 'PORT',
    ),
  );
  const started = Date.now();
  const out = spawnSync(tsx, [resolve(root, 'src/main.ts'), 'start'], {
    cwd,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { ...out, ms: Date.now() - started };
}

describe('npm start', () => {
  let tmp: ReturnType<typeof tempDir>;
  afterEach(() => tmp.cleanup());

  it('with no settings exits non-zero within seconds, naming SLACK_BOT_TOKEN, without a stack trace', () => {
    tmp = tempDir();
    const out = runStart({}, tmp.dir);
    expect(out.status).not.toBe(0);
    expect(out.ms).toBeLessThan(15_000);
    expect(out.stderr).toContain('SLACK_BOT_TOKEN is missing');
    expect(out.stderr).not.toMatch(/\n\s+at /);
    // the first start leaves a .env with a generated secret, ready to be filled in
    const env = readFileSync(resolve(tmp.dir, '.env'), 'utf8');
    expect(env).toMatch(/^CX_ALIGN_PSEUDONYM_SECRET=[0-9a-f]{64}$/m);
  });

  it('names a malformed PORT, without a stack trace', () => {
    tmp = tempDir();
    const out = runStart(
      {
        SLACK_BOT_TOKEN: 'xoxb-1-2-3',
        SLACK_SIGNING_SECRET: 'abcdefghijklmnop',
        CX_ALIGN_PSEUDONYM_SECRET: 'b'.repeat(40),
        PORT: 'notaport',
      },
      tmp.dir,
    );
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('PORT must be a whole number');
    expect(out.stderr).not.toContain('SLACK_BOT_TOKEN');
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(resolve(tmp.dir, 'data'))).toBe(false);
  });
});
