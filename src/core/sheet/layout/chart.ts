import type { Lang } from '../../errors';
import { rangeOf } from '../a1';
import { fields } from '../limit-messages';
import type { ChartPlan } from '../plan';
import { label, pick } from '../sheet-labels';
import type { Rows } from './criteria-rows';
import { Geometry, monitored, NAME_ROW } from './geometry';

/**
 * The chart below the notes: totals for appraisals and selections; for KPI sheets the points
 * each candidate earns on every monitored KPI, as clustered bars. Points share one unit, so
 * no axis mixes hours, 1–10 ratings, CSAT 0–100 and rates (which the actuals would: CSAT 92
 * drawn at 9,200 %), and bars, not a line, compare candidates that have no order in time.
 * How a KPI moves over time is the KPI tracker's chart (tracker-plan.ts).
 */
export function chartOf(g: Geometry, lang: Lang, rows: Rows, totalRow: number, top: number, height = 18): ChartPlan {
  const box = { from: { row: top, col: 1 }, to: { row: top + height, col: Math.min(g.lastCol, 8) } };
  const names = rangeOf(NAME_ROW, g.ratingCol(0), NAME_ROW, g.ratingCol(g.candidates - 1));
  if (g.isKpi) {
    const series = rows.criteria
      .filter((x) => monitored(x.criterion))
      .map((x) => ({
        name: pick(x.criterion.name, lang),
        values: rangeOf(x.row, g.pointsCol(0), x.row, g.pointsCol(g.candidates - 1)),
        source: fields.criterionName(x.section + 1, x.index + 1),
      }));
    return { type: 'bar', title: label('trendChart', lang), categories: names, series, ...box, valueAxis: { min: 0 } };
  }
  const totals = rangeOf(totalRow, g.pointsCol(0), totalRow, g.pointsCol(g.candidates - 1));
  return {
    type: 'bar',
    title: label('totalsChart', lang),
    categories: names,
    series: [{ name: label('total', lang), values: totals }],
    valueAxis: { min: 0 },
    ...box,
  };
}
