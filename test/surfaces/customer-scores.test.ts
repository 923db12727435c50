import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerScoreRepository } from '../../src/db/repositories/customer-score-repository';
import { ADMIN, LEADER, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

/** Every touchpoint but the planted one is rated 3 or 4 by everyone in the planted pulse. */
const GAP = 'Customer support';
const CLOSE = 'Content';

describe('/cx-alignment with customer scores for the closed pulse’s period', () => {
  let t: TestBot;
  let period = '';
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const { pulseId } = await runPlantedPulse(t);
    const closedAt = t.bot.container.db.$client
      .prepare('select closed_at from pulses where id = ?')
      .pluck()
      .get(pulseId);
    period = new Date(Number(closedAt)).toISOString().slice(0, 7);
    const idOf = (name: string) =>
      t.bot.container.db.$client
        .prepare('select id from touchpoints where name = ?')
        .pluck()
        .get(name) as number;
    const base = { period, importedAt: new Date(), source: 'test.csv' };
    // after the close: customer scores are read when the report is shown, not frozen with the pulse
    createCustomerScoreRepository(t.bot.container.db).upsertAll([
      {
        ...base,
        touchpointId: idOf(GAP),
        metric: 'CSAT',
        rawScore: 2,
        scale: '1..5',
        normalised: 2,
        n: 4000,
      },
      {
        ...base,
        touchpointId: idOf(CLOSE),
        metric: 'NPS',
        rawScore: 25,
        scale: '-100..100',
        normalised: 3.5,
        n: 300,
      },
    ]);
  });
  afterAll(() => t.stop());

  async function ask(text: string): Promise<string> {
    const id = `c${text.length}`;
    const res = await t.client.command(text, { user: LEADER, responseId: id });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
    return JSON.stringify(t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {});
  }

  it('shows the departments’ means beside the customers’ score, the perception gap first, with the n', async () => {
    const model = t.bot.container.reports.latest();
    const section = model?.customers;
    expect(section?.period).toBe(period);
    expect(section?.rows.map((r) => [r.touchpoint, r.verdict])).toEqual([
      [GAP, 'company-higher'],
      [CLOSE, 'close'],
    ]);
    const body = await ask('');
    expect(body).toContain(`What customers say (${period})`);
    expect(body).toContain(`Perception gap on *${GAP}*`);
    expect(body).toContain('CSAT 2 on 1..5 → 2.0, n=4000');
    expect(body).toContain('NPS 25 on -100..100 → 3.5, n=300');
    const gapRow = section?.rows[0];
    expect(body).toContain(`we say ${(gapRow?.company?.mean ?? 0).toFixed(1)} (n=${gapRow?.company?.n})`);
    for (const d of gapRow?.departments ?? [])
      expect(body).toContain(`*${d.department}* ${d.mean.toFixed(1)}`);
    // the department under the threshold is never among the means
    expect(gapRow?.departments.map((d) => d.department)).not.toContain('Executive');
    expect(body).toContain('not employees');
  });

  it('shows the customers’ score in the one-touchpoint view too', async () => {
    const body = await ask('touchpoint customer support');
    expect(body).toContain(`What customers say (${period})`);
    expect(body).toContain('CSAT 2 on 1..5 → 2.0, n=4000');
  });

  it('puts the customers in the CSV export beside each touchpoint', async () => {
    await ask('export');
    const upload = [...t.fake.uploads.values()].find((u) => u.filename?.endsWith('.csv'));
    const [header = '', ...rows] = (upload?.bytes.toString('utf8') ?? '').split('\r\n');
    expect(header).toContain('customer_score');
    expect(rows.filter((r) => r.includes(GAP)).every((r) => r.includes('company-higher'))).toBe(true);
    expect(rows.some((r) => r.includes(GAP))).toBe(true);
  });
});
