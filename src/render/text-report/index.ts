/**
 * The alignment report as plain terminal text, readable at 100 columns. Pure: model in, string out.
 * It reads only the (already anonymised) report model.
 */
import type { ReportModel } from '../../analytics/report/index';
import { divergences, teams } from './agreement';
import { alignment, trend } from './alignment';
import { customers } from './customers';
import { definitions } from './definitions';
import { header } from './header';
import { participation } from './participation';
import { conflicts, priorities } from './priorities';

/** Renders the whole report as text lines of at most 100 columns (long names aside). */
export function renderTextReport(model: ReportModel): string {
  return [
    ...header(model),
    ...alignment(model),
    ...trend(model),
    ...customers(model),
    ...divergences(model),
    ...teams(model),
    ...priorities(model),
    ...conflicts(model),
    ...definitions(model),
    ...participation(model),
  ]
    .join('\n')
    .concat('\n');
}
