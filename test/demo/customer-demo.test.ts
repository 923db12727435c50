import { describe, expect, it } from 'vitest';
import { runDemoCommand } from '../../src/cli/demo-command';
import { DEMO_PERIODS, demoCustomerScores, PLANTED_GAP_TOUCHPOINT } from '../../src/demo/customer-scores';

function demo(format: 'text' | 'json'): string {
  const out: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: () => {}, env: {}, cwd: process.cwd() };
  expect(runDemoCommand(['--format', format, '--respondents', '300'], io)).toBe(0);
  return out.join('');
}

describe('the demo’s customer scores', () => {
  it('hold two periods, and the demo report names the planted perception gap first', () => {
    expect([...new Set(demoCustomerScores().map((s) => s.period))]).toEqual([...DEMO_PERIODS]);
    const model = JSON.parse(demo('json')) as {
      customers?: { period: string; rows: { touchpoint: string; verdict: string }[] };
    };
    expect(model.customers?.period).toBe(DEMO_PERIODS.at(-1));
    const gaps = model.customers?.rows.filter((r) => r.verdict === 'company-higher') ?? [];
    expect(gaps.map((g) => g.touchpoint)).toEqual([PLANTED_GAP_TOUCHPOINT]);
    expect(model.customers?.rows[0]?.touchpoint).toBe(PLANTED_GAP_TOUCHPOINT);
    const text = demo('text');
    const section = text.slice(text.indexOf('WHAT CUSTOMERS SAY'));
    expect(section.split('\n')[2]).toContain(`Perception gap on ${PLANTED_GAP_TOUCHPOINT}`);
  }, 60_000);
});
