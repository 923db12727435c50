import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildState } from '../../scripts/build-state.mjs';
import { closeSqlite, openSqlite } from '../../src/db/open-db';
import { tempDir } from '../support/test-db';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST_MAIN = join(ROOT, 'dist/main.js');

/** The compiled CLI (built by the tests' global setup), run from `cwd` with only `env` of ours. */
function runCompiled(args: string[], cwd: string, env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !k.startsWith('CX_ALIGN_')),
  );
  return spawnSync(process.execPath, [DIST_MAIN, ...args], {
    cwd,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the build', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  afterEach(() => {
    tmp?.cleanup();
    tmp = undefined;
  });

  it('is missing without a stamp, fresh after one, stale once a source is newer', () => {
    tmp = tempDir();
    const root = tmp.dir;
    mkdirSync(join(root, 'src/app'), { recursive: true });
    writeFileSync(join(root, 'src/app/bot.ts'), 'export {};\n');
    expect(buildState(root)).toBe('missing');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/main.js'), '');
    expect(buildState(root)).toBe('missing'); // no stamp: a build cut short
    writeFileSync(join(root, 'dist/.built'), '');
    const now = Date.now() / 1000;
    utimesSync(join(root, 'src/app/bot.ts'), now - 60, now - 60);
    utimesSync(join(root, 'src/app'), now - 60, now - 60);
    utimesSync(join(root, 'src'), now - 60, now - 60);
    expect(buildState(root)).toBe('fresh');
    utimesSync(join(root, 'src/app/bot.ts'), now + 60, now + 60);
    expect(buildState(root)).toBe('stale');
  });

  it('the tests run against a current build of src/', () => {
    expect(buildState()).toBe('fresh');
  });

  it('migrates a database from another working directory: the migrations resolve from dist/', () => {
    tmp = tempDir();
    const path = join(tmp.dir, 'prod.db');
    const out = runCompiled(['migrate'], tmp.dir, { DATABASE_PATH: path });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`Database at ${path} is up to date.`);
    const journal = JSON.parse(readFileSync(join(ROOT, 'migrations/meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    const sqlite = openSqlite(path, { readonly: true });
    try {
      const applied = sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
      expect(applied.n).toBe(journal.entries.length);
    } finally {
      closeSqlite(sqlite);
    }
  });

  it('runs the demo report: the NLP model and the rest of node_modules load from dist/', () => {
    tmp = tempDir();
    const out = runCompiled(['demo', '--respondents', '60'], tmp.dir);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('ALIGNMENT INDEX');
    expect(out.stdout).toMatch(/\d+ \/ 100/);
  });
});
