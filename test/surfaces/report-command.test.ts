import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, LEADER, PLANTED, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

describe('/cx-alignment for leaders, after a pulse with a planted divergence', () => {
  let t: TestBot;
  let n = 0;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    await runPlantedPulse(t);
  });
  afterAll(() => t.stop());

  async function ask(text: string, user = LEADER): Promise<string> {
    const id = `r${n++}`;
    const res = await t.client.command(text, { user, responseId: id });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
    const body = t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    return JSON.stringify(body);
  }

  it('names the most divergent touchpoint and the departments at its two ends, never the small group', async () => {
    const model = t.bot.container.reports.latest();
    const top = model?.divergences[0];
    expect(top?.touchpoint).toBe(PLANTED);
    expect(top?.high.department).toBe('Sales');
    expect(top?.low.department).toBe('Customer Service');
    const body = await ask('');
    expect(body).toContain(PLANTED);
    expect(body).toContain('Sales');
    expect(body).toContain('Customer Service');
    expect(body).toContain((top?.high.mean ?? 0).toFixed(1));
    expect(body).toContain((top?.low.mean ?? 0).toFixed(1));
    expect(body.replace(/fewer than[^"]*Executive|Executive[^"]*fewer than/g, '')).not.toMatch(/Executive/);
  });

  it('shows one touchpoint, matched forgivingly', async () => {
    const body = await ask('touchpoint sales conv');
    expect(body).toContain(PLANTED);
  });

  it('says what an ambiguous name could mean, and suggests names for an unknown one', async () => {
    expect(await ask('touchpoint c')).toMatch(/could mean/);
    const unknown = await ask('touchpoint webstie');
    expect(unknown).toMatch(/Did you mean/);
    expect(unknown).toContain('Website');
  });

  it('shows how a department differs, and explains a department under the threshold without figures', async () => {
    expect(await ask('dept sales')).toContain('Sales');
    const small = await ask('dept executive');
    expect(small).toContain('fewer than 5');
    expect(small).not.toMatch(/\d\.\d/);
  });

  it('shows the trend', async () => {
    expect(await ask('trend')).toMatch(/trend|pulse/i);
  });

  it('exports the aggregates as CSV to the leader’s DM, with no small group and no answer text', async () => {
    await ask('export');
    const upload = [...t.fake.uploads.values()].find((u) => u.filename?.endsWith('.csv'));
    const csv = upload?.bytes.toString('utf8') ?? '';
    expect(csv.split('\n')[0]).toMatch(/department/i);
    expect(csv).toContain(PLANTED);
    expect(csv).not.toContain('Executive');
    expect(csv).not.toContain('Answer calls within 10 seconds');
    const complete = t.fake.callsTo('files.completeUploadExternal').at(-1);
    expect(String(complete?.args.channel_id)).toMatch(/^D/);
  });

  it('refuses a non-leader politely, saying what they can do instead', async () => {
    const body = await ask('', 'U010000');
    expect(body).toContain('for leaders');
    expect(body).toContain('Home');
  });
});
