/**
 * The words of the customers' view, shared by the Slack and text reports. Every string of this
 * capability lives here, apart from the older report wording. `name` marks a name for the
 * surface (bold and escaped in Slack, plain in the terminal).
 */

import type { CustomerComparisonRow, CustomerSection } from '../../analytics/report/index';
import { PERCEPTION_GAP_RULE } from '../../analytics/report/index';
import { formatGap } from './numbers';

type Name = (text: string) => string;

export const CUSTOMERS_TITLE = (period: string) => `What customers say (${period})`;

/** Said under the section: where the figures come from and why no threshold applies. */
export const CUSTOMERS_NOTE =
  'Customer scores are shown as given, with their n: they are not employees, so the anonymity threshold does not apply to them (it still does to every department mean). They are read from the imported scores when the report is shown, closed pulses too. ' +
  PERCEPTION_GAP_RULE;

const one = (x: number) => x.toFixed(1);

/** "CSAT 3.1 on 1..5, n=812" */
export const customerScoreWords = (row: CustomerComparisonRow): string =>
  `${row.metric} ${row.rawScore} on ${row.scale} → ${one(row.customerScore)}, n=${row.customerN}`;

/** The departments' means, "Sales 4.2 · Marketing 4.0". */
export function departmentMeansWords(row: CustomerComparisonRow, name: Name, max: number): string {
  const shown = row.departments.slice(0, max).map((d) => `${name(d.department)} ${one(d.mean)}`);
  const more = row.departments.length - shown.length;
  return [...shown, ...(more > 0 ? [`${more} more`] : [])].join(' · ');
}

const VERDICT: Record<CustomerComparisonRow['verdict'], string> = {
  'company-higher': 'perception gap: we rate it higher than customers do, beyond the noise',
  'customers-higher': 'customers rate it higher than we do, beyond the noise',
  close: 'close to the customers',
  unclear: 'the difference is within the noise',
};

/** One touchpoint's comparison as a sentence. */
export function comparisonWords(row: CustomerComparisonRow, name: Name, maxDepartments: number): string {
  const customers = `customers ${customerScoreWords(row)}`;
  if (row.company === null || row.gap === null)
    return `${name(row.touchpoint)}: ${customers}; no department is shown on it.`;
  const closest =
    row.closest === null ? '' : ` Closest: ${name(row.closest.department)} (${one(row.closest.mean)}).`;
  return (
    `${name(row.touchpoint)}: we say ${one(row.company.mean)} (n=${row.company.n}), ${customers}: ` +
    `${formatGap(row.gap)}, ${VERDICT[row.verdict]}.${closest} ` +
    `Departments: ${departmentMeansWords(row, name, maxDepartments)}.`
  );
}

/** The department nearest the customers overall, or ''. */
export function closestOverallWords(section: CustomerSection, name: Name): string {
  const c = section.closestOverall;
  if (c === null) return '';
  return `Closest to the customers overall: ${name(c.department)}, ${c.meanDistance.toFixed(2)} points away on average over ${c.touchpoints} touchpoint${c.touchpoints === 1 ? '' : 's'}.`;
}

/** How many perception gaps, as a headline, or '' for none. */
export function gapHeadline(section: CustomerSection, name: Name): string {
  const gaps = section.rows.filter((r) => r.verdict === 'company-higher');
  if (gaps.length === 0)
    return 'No perception gap: nowhere do we rate ourselves above our customers beyond the noise.';
  const names = [...new Set(gaps.map((g) => name(g.touchpoint)))];
  return `Perception gap on ${names.join(', ')}: we rate ${names.length === 1 ? 'it' : 'them'} higher than our customers do.`;
}
