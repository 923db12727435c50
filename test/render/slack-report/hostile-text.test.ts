import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report/index';
import { generateOrganisation } from '../../../src/demo/generate-organisation';
import * as render from '../../../src/render/slack-report/index';
import { allMrkdwn, allViews, seededModels, strings } from './support';

const HOSTILE_DEPARTMENT = '<!channel> <@U123> & <script>';
const HOSTILE_TOUCHPOINT = '<!here> Content & <@U999>';
const HOSTILE_QUOTE = '<!channel> <@U123> & <script>alert(1)</script> great CX is answering every call fast';
const RAW = ['<!channel>', '<!here>', '<@U123>', '<@U999>', '<script>'];

describe('user text that tries to ping or break the markup', () => {
  let model: ReportModel;

  beforeAll(() => {
    const org = generateOrganisation({ seed: 11, respondents: 300, pulses: 2 });
    const sales = org.departments.findIndex((d) => d.name === 'Sales');
    org.departments[sales] = { name: HOSTILE_DEPARTMENT };
    const content = org.touchpoints.indexOf('Content');
    org.touchpoints[content] = HOSTILE_TOUCHPOINT;
    const last = org.pulses.at(-1);
    for (const a of (last?.answers ?? []).filter((x) => x.department === sales).slice(-3))
      a.definition = HOSTILE_QUOTE;
    const latest = seededModels(org, 5).models.at(-1);
    if (latest === undefined) throw new Error('no model');
    model = latest;
  });

  it('is in the model as written (so the test means something)', () => {
    expect(model.departments.map((d) => d.name)).toContain(HOSTILE_DEPARTMENT);
    // its mentions are scrubbed before it is quoted; the rest of the markup is quoted as written
    const scrubbed = HOSTILE_QUOTE.replace('<!channel> <@U123>', '[name]');
    expect(model.definitions.quotes.some((q) => q.text === scrubbed)).toBe(true);
  });

  it('comes out escaped in every view, the fallback text included', () => {
    const views = allViews(model, render);
    for (const { name, message } of views) {
      for (const s of strings(message)) for (const raw of RAW) expect(s, `${name}: ${s}`).not.toContain(raw);
      const mrkdwn = allMrkdwn(message);
      expect(mrkdwn, name).not.toMatch(/&(?!amp;|lt;|gt;)/);
      const withoutDates = mrkdwn.replace(/<!date\^\d+\^\{date_short\}\|[^<>]+>/g, '');
      expect(withoutDates, name).not.toContain('<');
      expect(withoutDates.replace(/^> /gm, ''), name).not.toContain('>');
    }
    const report = allMrkdwn(render.renderReportMessage(model));
    expect(report).toContain('&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;script&gt;');
    expect(report).toContain('&lt;!here&gt; Content &amp; &lt;@U999&gt;');
    const digest = allMrkdwn(render.renderDigestMessage(model, { periodLabel: 'Week 6' }));
    expect(digest).toContain('&lt;script&gt;alert(1)&lt;/script&gt; great CX is answering every call fast');
  });

  it('is attributed to the department only', () => {
    const digest = allMrkdwn(render.renderDigestMessage(model, { periodLabel: 'Week 6' }));
    const line = digest.split('\n').find((l) => l.includes('alert(1)'));
    expect(line).toMatch(/— _&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;script&gt;_$/);
  });
});
