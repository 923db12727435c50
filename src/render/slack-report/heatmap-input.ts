/**
 * Adapts the report model to the heatmap renderer's input (src/render/heatmap): departments as
 * rows, touchpoints as columns, a hidden cell ("too few answers") as a null mean.
 */
import type { ReportModel } from '../../analytics/report/index';
import { customerHeatmapRow } from '../customers/rows';
import type { HeatmapInput } from '../heatmap/types';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { counted, pulsesWords } from './words';

/** The heatmap of the shown departments × touchpoints. Names are raw: the chart is an image, not mrkdwn. */
export function heatmapInputFromModel(model: ReportModel, m: ReportMessages = REPORT_EN): HeatmapInput {
  const customers = customerHeatmapRow(model.customers);
  const subtitle = [
    pulsesWords(model.window.pulseIds, m),
    counted(model.totals.respondents, 'respondent', m),
    m.digest.heatmapHidden(model.threshold),
  ].join(' · ');
  return {
    title: m.digest.heatmapTitle,
    subtitle,
    departments: model.departments.map((d) => d.name),
    touchpoints: model.touchpoints.map((t) => t.name),
    cells: model.cells.map((c) => ({
      department: c.department,
      touchpoint: c.touchpoint,
      mean: c.stats?.mean ?? null,
      n: c.stats?.n ?? 0,
    })),
    ...(customers === undefined ? {} : { customers }),
  };
}
