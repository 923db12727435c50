/**
 * deploy/cx-align.service starts what it says: its ExecStart command line, with the unit's paths
 * mapped onto this checkout and this Node, runs the compiled app, which answers /healthz and stops
 * with exit 0 on the SIGTERM systemd sends.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/bot-process';
import { useCrashHarness } from '../support/crash-harness';

const UNIT = readFileSync(resolve(ROOT, 'deploy/cx-align.service'), 'utf8');

/** The value of `key=` in the unit's [Service] section (the last one wins, as in systemd). */
function directive(key: string): string[] {
  return UNIT.split('\n')
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1).trim());
}

describe('deploy/cx-align.service', () => {
  const harness = useCrashHarness();

  it('its ExecStart runs the compiled app, which answers /healthz and exits 0 on the SIGTERM it sends', async () => {
    const [execStart] = directive('ExecStart');
    const [workingDirectory] = directive('WorkingDirectory');
    expect(directive('KillSignal')).toEqual(['SIGTERM']);
    expect(Number(directive('TimeoutStopSec')[0])).toBeGreaterThan(10);
    if (!execStart || !workingDirectory) throw new Error('the unit has no ExecStart or WorkingDirectory');
    const [node, ...args] = execStart.split(/\s+/);
    expect(node).toMatch(/\/node$/);
    // the unit's checkout is this one, its Node the one running the tests
    const mapped = args.map((a) => a.replace(workingDirectory, ROOT));
    expect(mapped).toContain(join(ROOT, 'dist/main.js'));
    const env = Object.fromEntries(directive('Environment').map((e) => e.split('=', 2) as [string, string]));
    expect(env.DATABASE_PATH).toMatch(/^\/var\/lib\/cx-align\//);
    expect(directive('StateDirectory')).toEqual(['cx-align']);

    const rig = await harness.open();
    // the database goes where the harness keeps it; the rest of the unit's environment as written
    const bot = await rig.start('systemd', {
      args: mapped,
      env: { NODE_ENV: env.NODE_ENV ?? '', LOG_FORMAT: env.LOG_FORMAT ?? 'text', LOG_LEVEL: 'info' },
    });
    const res = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await bot.kill('SIGTERM')).toBe('exit 0');
    const lines = bot
      .output()
      .split('\n')
      .filter((l) => l !== '');
    const events = lines.map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events.some((e) => e.startsWith('shutdown: database closed'))).toBe(true);
  }, 60_000);
});
