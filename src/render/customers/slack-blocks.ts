/** The customers' view in the Slack report: a section with its note. Pure. */
import type { KnownBlock } from '@slack/types';
import type { ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn } from '../escape';
import { context, titled } from '../slack-report/blocks';
import { CUSTOMERS_NOTE, CUSTOMERS_TITLE, closestOverallWords, comparisonWords, gapHeadline } from './words';

const MAX_ROWS = 6;
const MAX_DEPARTMENTS = 5;
const bold = (text: string) => `*${escapeMrkdwn(text)}*`;

/** The blocks of the customers' view, or none when the report has no customer scores. */
export function customerBlocks(model: ReportModel): KnownBlock[] {
  const section = model.customers;
  if (section == null) return [];
  const rows = section.rows.slice(0, MAX_ROWS).map((r) => `• ${comparisonWords(r, bold, MAX_DEPARTMENTS)}`);
  const more = section.rows.length - MAX_ROWS;
  const lines = [
    gapHeadline(section, bold),
    ...rows,
    ...(more > 0 ? [`…and ${more} more (see the CSV export)`] : []),
    closestOverallWords(section, bold),
  ].filter((l) => l !== '');
  return [
    titled(CUSTOMERS_TITLE(escapeMrkdwn(section.period)), lines),
    context(`_${escapeMrkdwn(CUSTOMERS_NOTE)}_`),
  ];
}

/** The customers' view of one touchpoint (the touchpoint message), or none without a score. */
export function touchpointCustomerBlocks(model: ReportModel, touchpointId: number): KnownBlock[] {
  const section = model.customers;
  const rows = section?.rows.filter((r) => r.touchpointId === touchpointId) ?? [];
  if (section == null || rows.length === 0) return [];
  return [
    titled(
      CUSTOMERS_TITLE(escapeMrkdwn(section.period)),
      rows.map((r) => `• ${comparisonWords(r, bold, MAX_DEPARTMENTS)}`),
    ),
  ];
}
