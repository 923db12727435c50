/**
 * Customer scores: the customers' own view of each touchpoint (CSAT, CES, NPS, reviews), imported
 * from CSV and shown beside the departments' ratings. The only face of `services/customers/`.
 */
export { CUSTOMER_COLUMNS } from './csv-rows';
export { type CustomerImportDeps, type CustomerImportResult, importCustomerScores } from './import-scores';
export { withCustomerSection } from './report-section';
