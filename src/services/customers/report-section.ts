/**
 * Adds the customers' view to a report model. Computed when the report is read, from the stored
 * customer scores, for closed pulses too: customer scores are not employee answers, so nothing of
 * a closed pulse's frozen results changes, and a score imported later shows on the pulse it maps to.
 */
import { periodForClose } from '../../analytics/customers/period';
import {
  buildCustomerSection,
  type CustomerScoreInput,
  type ReportModel,
} from '../../analytics/report/index';

/** The stored scores, as the section needs them. */
export interface CustomerScoreSource {
  periods: () => string[];
  ofPeriod: (period: string) => CustomerScoreInput[];
}

/**
 * The model with `customers` set: the period the pulse's close maps to (an open pulse, read by the
 * CLI only, maps at `now`), compared touchpoint by touchpoint; null when there is none.
 */
export function withCustomerSection(model: ReportModel, source: CustomerScoreSource, now: Date): ReportModel {
  const period = periodForClose(source.periods(), model.window.to ?? now.getTime());
  const customers =
    period === null ? null : buildCustomerSection(model, period.label, source.ofPeriod(period.label));
  return { ...model, customers };
}
