import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analytics/report/index';
import { CSV_COLUMNS, guardCell, renderCsvReport } from '../../src/render/csv-report';
import { CUSTOMER_CSV_COLUMNS } from '../../src/render/customers/csv-cells';
import { literalInput, meanSd, times } from '../analytics/report/fixtures';

const sales = [...times(4, 6), ...times(5, 4)];
/** The customer-score columns at each row's end: blank, since this model has no customer scores. */
const NO_CUSTOMER_SCORES = ','.repeat(CUSTOMER_CSV_COLUMNS.length);

function model() {
  return buildReport(
    literalInput(
      [
        {
          id: 1,
          name: 'Sales, "EMEA"',
          respondents: 10,
          ratings: { 1: sales, 2: [2, 3] },
          picks: { 1: 7, 2: 2 },
        },
        {
          id: 2,
          name: '=HYPERLINK("http://x")',
          respondents: 8,
          ratings: { 1: times(2, 8) },
          picks: { 2: 5 },
        },
        { id: 3, name: 'Legal', respondents: 3, ratings: { 1: times(1, 3) } },
      ],
      [
        { id: 1, name: 'Sales conversations' },
        { id: 2, name: '+Support' },
      ],
    ),
    { threshold: 5 },
  );
}

describe('renderCsvReport', () => {
  const csv = renderCsvReport(model());
  const lines = csv.trimEnd().split('\r\n');

  it('has the header and one row per shown department × touchpoint', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 2 * 2);
  });

  it('writes the aggregates, quoting per RFC 4180', () => {
    const { mean, sd } = meanSd(sales);
    const row = lines[1] ?? '';
    expect(row.startsWith('"Sales, ""EMEA""",Sales conversations,10,10,')).toBe(true);
    expect(row).toContain(`,${Number(mean.toFixed(4))},${Number(sd.toFixed(4))},`);
    expect(row).toContain(',0.7,1,'); // 7 of 10 picked it: rank 1
    // no language counts in this input (as results frozen before them): the definition columns are blank
    expect(row.endsWith(`,ok,,,${NO_CUSTOMER_SCORES}`)).toBe(true);
  });

  it('gives each department how many definitions were tagged, themed and not themed (language)', () => {
    const input = literalInput(
      [{ id: 1, name: 'Montréal', respondents: 10, ratings: { 1: sales } }],
      [{ id: 1, name: 'Support' }],
    );
    const languageCounts = [
      { departmentId: 1, language: 'fr', answers: 7, themed: 6 },
      { departmentId: 1, language: 'xx', answers: 3, themed: 0 },
    ];
    const csv = renderCsvReport(buildReport({ ...input, languageCounts }, { threshold: 5 }));
    expect(csv.trimEnd().split('\r\n')[1]?.endsWith(`,ok,7,6,3${NO_CUSTOMER_SCORES}`)).toBe(true);
  });

  it('marks cells with too few raters and gives no figure for them', () => {
    const row = lines[2] ?? '';
    expect(row).toMatch(/^"Sales, ""EMEA""",'\+Support,10,,,,,,,,0\.2,2,,too few answers,,,,{9}$/);
  });

  it('guards formula injection in every text cell', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+Support");
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(guardCell(bad)).toBe(`'${bad}`);
    expect(guardCell('Sales')).toBe('Sales');
    expect(guardCell(-1)).toBe(-1);
  });

  it('never contains a department under the threshold', () => {
    expect(csv).not.toContain('Legal');
  });
});
