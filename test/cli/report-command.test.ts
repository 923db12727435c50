import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/analytics/report/index';
import { runDemoCommand } from '../../src/cli/demo-command';
import { runReportCommand } from '../../src/cli/report-command';
import { closeDb } from '../../src/db/open-db';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { settings } from '../../src/db/schema';
import { generateOrganisation } from '../../src/demo/generate-organisation';
import { freshDb } from '../support/test-db';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function cli(args: string[], env: Record<string, string>, cwd: string) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_PATH'));
  return spawnSync(tsx, [resolve(root, 'src/main.ts'), ...args], {
    cwd,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('cx-align report (child process)', { timeout: 60_000 }, () => {
  let seeded: ReturnType<typeof freshDb>;
  let empty: ReturnType<typeof freshDb>;
  beforeAll(() => {
    seeded = freshDb();
    seedOrganisation(seeded.db, generateOrganisation({ seed: 42, respondents: 300, pulses: 2 }));
    closeDb(seeded.db);
    empty = freshDb();
    closeDb(empty.db);
  });
  afterAll(() => {
    seeded.cleanup();
    empty.cleanup();
  });

  it('prints the model of one pulse as JSON', () => {
    const out = cli(
      ['report', '--format', 'json', '--pulse', '1'],
      { DATABASE_PATH: seeded.path },
      seeded.dir,
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const model = JSON.parse(out.stdout) as ReportModel;
    expect(model.window.pulseIds).toEqual([1]);
    expect(model.threshold).toBe(5);
    expect(model.divergences[0]?.significant).toBe(true);
    expect(model.trend.map((p) => p.pulseId)).toEqual([1]);
    expect(model.suppressed.departments).toEqual(['Executive']);
    expect(JSON.stringify({ ...model, suppressed: null })).not.toContain('Executive');
  });

  it('prints CSV and text, pooling the last pulses with --last', () => {
    const csv = cli(['report', '--format', 'csv', '--last', '2'], { DATABASE_PATH: seeded.path }, seeded.dir);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^department,touchpoint,respondents,n,mean/);
    const text = cli(['report'], { DATABASE_PATH: seeded.path }, seeded.dir);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Pulse 2 ·');
    expect(text.stdout).toContain('WHERE DEPARTMENTS DIVERGE');
  });

  it('answers a bad flag with one friendly line, the usage and exit 2, without a stack trace', () => {
    const out = cli(['report', '--format', 'pdf'], { DATABASE_PATH: seeded.path }, seeded.dir);
    expect(out.status).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe('--format must be text, json or csv');
    expect(out.stderr).toContain('Usage: cx-align report');
    noStackTrace(out.stderr);
  });

  it('says there is nothing yet on an empty database', () => {
    const none = cli(['report'], { DATABASE_PATH: empty.path }, empty.dir);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('No pulses yet — run `npm run demo` to see an example');
  });
});

/** Runs the command in-process with captured output. */
function run(args: string[], env: Record<string, string>, cwd: string) {
  const out = { stdout: '', stderr: '', code: -1 };
  out.code = runReportCommand(args, {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    env,
    cwd,
  });
  return out;
}

describe('runReportCommand', () => {
  let seeded: ReturnType<typeof freshDb>;
  beforeAll(() => {
    seeded = freshDb();
    seedOrganisation(seeded.db, generateOrganisation({ seed: 1, respondents: 120, pulses: 1 }));
  });
  afterAll(() => seeded.cleanup());

  it.each([
    [['--format', 'pdf'], '--format must be text, json or csv'],
    [['--pulse', 'two'], '--pulse must be a whole number'],
    [['--pulse', '0'], '--pulse must be at least 1'],
    [['--pulse', '1', '--last', '2'], 'use either --pulse or --last, not both'],
    [['--threshold', '2'], '--threshold must be at least 3'],
    [['--colour'], "Unknown option '--colour'"],
    [['extra'], 'Unexpected argument'],
  ])('answers %j with one friendly line and exit 2', (flags, message) => {
    const out = run(flags, { DATABASE_PATH: seeded.path }, seeded.dir);
    expect(out.code).toBe(2);
    expect(out.stderr.split('\n')[0]).toContain(message);
    expect(out.stderr).toContain('Usage: cx-align report');
    expect(out.stdout).toBe('');
  });

  it('creates no database where there is none, and names a pulse that does not exist', () => {
    const missing = join(seeded.dir, 'nowhere', 'cx.db');
    const none = run([], { DATABASE_PATH: missing }, seeded.dir);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No pulses yet');
    expect(existsSync(missing)).toBe(false);
    const unknown = run(['--pulse', '99'], { DATABASE_PATH: seeded.path }, seeded.dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Pulse 99 does not exist');
  });

  it('takes the threshold from the settings unless --threshold is given', () => {
    seeded.db.insert(settings).values({ key: 'anonymity_threshold', value: 12, updatedAt: new Date() }).run();
    const fromSettings = JSON.parse(
      run(['--format', 'json'], { DATABASE_PATH: seeded.path }, seeded.dir).stdout,
    ) as ReportModel;
    expect(fromSettings.threshold).toBe(12);
    expect(fromSettings.departments.every((d) => d.respondents >= 12)).toBe(true);
    const raised = JSON.parse(
      run(['--format', 'json', '--threshold', '7'], { DATABASE_PATH: seeded.path }, seeded.dir).stdout,
    ) as ReportModel;
    expect(raised.threshold).toBe(7);
    // the pulses were asked under the default 5: a flag may raise the threshold, never lower it
    const lowered = run(['--format', 'json', '--threshold', '4'], { DATABASE_PATH: seeded.path }, seeded.dir);
    expect((JSON.parse(lowered.stdout) as ReportModel).threshold).toBe(5);
    expect(lowered.stderr).toContain('never lower it');
  });
});

describe('npm run demo', { timeout: 60_000 }, () => {
  const demoDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('cx-align-demo-'));

  it('prints a report of the synthetic organisation without Slack or .env, and leaves no database behind', () => {
    const before = new Set(demoDirs());
    const started = Date.now();
    const out = cli(['demo', '--respondents', '200', '--pulses', '2'], {}, tmpdir());
    expect(out.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(out.stdout).toContain('CX Align · alignment report');
    expect(out.stdout).toMatch(/Sales conversations: Sales rates it \d\.\d, Customer Service \d\.\d/);
    expect(demoDirs().filter((d) => !before.has(d))).toEqual([]);
  });

  it('rejects a bad flag with exit 2', () => {
    let stderr = '';
    const code = runDemoCommand(['--respondents', 'lots'], {
      stdout: () => undefined,
      stderr: (t) => {
        stderr += t;
      },
      env: {},
      cwd: tmpdir(),
    });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('--respondents must be a whole number');
  });
});
