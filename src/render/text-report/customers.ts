/** The customers' view in the terminal report. */
import type { ReportModel } from '../../analytics/report/index';
import {
  CUSTOMERS_NOTE,
  CUSTOMERS_TITLE,
  closestOverallWords,
  comparisonWords,
  gapHeadline,
} from '../customers/words';
import { plain } from '../report-format';
import { section, wrap } from './layout';

const MAX_DEPARTMENTS = 12;

export function customers(m: ReportModel): string[] {
  const c = m.customers;
  if (c == null) return [];
  const lines = section(CUSTOMERS_TITLE(plain(c.period)));
  lines.push(...wrap(gapHeadline(c, plain)));
  for (const row of c.rows)
    lines.push(
      ...wrap(`- ${comparisonWords(row, plain, MAX_DEPARTMENTS)}`, '    ').map((l, i) =>
        i === 0 ? `  ${l.trimStart()}` : l,
      ),
    );
  const closest = closestOverallWords(c, plain);
  if (closest !== '') lines.push(...wrap(closest));
  lines.push(...wrap(CUSTOMERS_NOTE));
  return lines;
}
