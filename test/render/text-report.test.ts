import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportModel, roundParticipation } from '../../src/analytics/report/index';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { generateOrganisation } from '../../src/demo/generate-organisation';
import { renderTextReport } from '../../src/render/text-report';
import { loadReport } from '../../src/services/report-loader';
import { literalInput, times } from '../analytics/report/fixtures';
import { freshDb } from '../support/test-db';

describe('renderTextReport on the synthetic organisation', () => {
  let ctx: ReturnType<typeof freshDb>;
  let model: ReportModel;
  let text: string;
  beforeAll(() => {
    ctx = freshDb();
    seedOrganisation(ctx.db, generateOrganisation({ seed: 42, respondents: 400, pulses: 3 }));
    const loaded = loadReport(ctx.db, { last: 1 }, 5);
    if (loaded === null) throw new Error('no report');
    model = loaded;
    text = renderTextReport(model);
  });
  afterAll(() => ctx.cleanup());

  it('states the planted divergence in plain words, with the numbers', () => {
    const d = model.divergences.find((x) => x.touchpoint === 'Sales conversations');
    const expected = `Sales conversations: Sales rates it ${d?.high.mean.toFixed(1)}, Customer Service ${d?.low.mean.toFixed(1)} (gap ${d?.gap.toFixed(1)}, significant)`;
    expect(text).toContain(expected);
  });

  it('shows the index with its three parts and the formula', () => {
    expect(text).toContain(`${Math.round(model.alignment.value ?? 0)} / 100`);
    for (const part of ['rating agreement', 'priority concordance', 'definition similarity'])
      expect(text).toContain(part);
    expect(text).toContain("Kendall's W");
    expect(text).toContain('Jensen–Shannon');
  });

  it('names the hidden department only in the note, and attributes quotes to departments only', () => {
    const lines = text.split('\n').filter((l) => l.includes('Executive'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/not shown/);
    expect(text).toMatch(/” — (Marketing|Sales|Customer Service|Product|IT|Operations|Finance|HR)\n/);
  });

  it('fits in 100 columns', () => {
    for (const line of text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });

  it('says where departments agree and who is split', () => {
    expect(text).toMatch(/WHERE DEPARTMENTS AGREE\n─+\n {2}\S/);
    expect(text).toContain('AGREEMENT INSIDE TEAMS');
  });
});

describe('renderTextReport on edge cases', () => {
  it('strips terminal escapes from names and quotes', () => {
    const model = buildReport(
      literalInput([
        {
          id: 1,
          name: 'Sales\u001b[31m',
          respondents: 6,
          ratings: { 1: times(4, 6) },
          quotes: ['Answer fast \u001b]0;pwned\u0007 and always follow up.'],
        },
      ]),
      { threshold: 5 },
    );
    const text = renderTextReport(model);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain('Answer fast');
  });

  it('renders a report with no departments shown without failing', () => {
    const model = buildReport(literalInput([{ id: 1, name: 'Legal', respondents: 2 }]), { threshold: 5 });
    const text = renderTextReport(model);
    expect(text).toContain('not available');
    expect(text).toContain('Not shown: Legal.');
    expect(text).toContain('No gap between departments is larger than the noise.');
  });
});

describe('renderTextReport of a pulse still open', () => {
  it('rounds its participation as every open-pulse line does, and says so', () => {
    const ctx = freshDb();
    try {
      seedOrganisation(ctx.db, generateOrganisation({ seed: 3, respondents: 120, pulses: 3 }));
      const model = loadReport(ctx.db, { last: 1 }, 5);
      if (model === null) throw new Error('no report');
      expect(model.window.open).toBe(true);
      const lines = renderTextReport(model).split('\n');
      const totals = lines.find((l) => l.includes('All shown departments')) ?? '';
      const answered = totals.trim().split(/\s{2,}/)[2] ?? '';
      const r = roundParticipation(model.totals.answers, model.totals.delivered);
      if (r.kind !== 'share') throw new Error(`expected 100 answers or more, got ${model.totals.answers}`);
      // from 100 answers: the share to 5%, and the count that share makes of the invited
      expect(totals).toContain(`~${r.percent}%`);
      expect(answered).toBe(`~${Math.round((r.percent / 100) * model.totals.delivered)}`);
      expect(totals).not.toContain(` ${model.totals.answers} `);
      expect(lines).toContain(
        '  The pulse is still open: answers are rounded (to 5 below 100, else to 5% of those invited).',
      );
    } finally {
      ctx.cleanup();
    }
  });
});
