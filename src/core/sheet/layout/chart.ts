import type { Lang } from '../../errors';
import { rangeOf } from '../a1';
import { fields } from '../limit-messages';
import type { ChartPlan } from '../plan';
import { label, pick } from '../sheet-labels';
import type { Rows } from './criteria-rows';
import { Geometry, monitored, NAME_ROW } from './geometry';

/**
 * The chart below the notes: totals for appraisals and selections, the actuals of every
 * monitored KPI for KPI sheets, from the rows the criteria were written in.
 */
export function chartOf(g: Geometry, lang: Lang, rows: Rows, totalRow: number, top: number, height = 18): ChartPlan {
  const box = { from: { row: top, col: 1 }, to: { row: top + height, col: Math.min(g.lastCol, 8) } };
  const names = rangeOf(NAME_ROW, g.ratingCol(0), NAME_ROW, g.ratingCol(g.candidates - 1));
  if (g.isKpi) {
    const series = rows.criteria
      .filter((x) => monitored(x.criterion))
      .map((x) => ({
        name: pick(x.criterion.name, lang),
        values: rangeOf(x.row, g.ratingCol(0), x.row, g.ratingCol(g.candidates - 1)),
        source: fields.criterionName(x.section + 1, x.index + 1),
      }));
    return { type: 'line', title: label('trendChart', lang), categories: names, series, ...box };
  }
  const totals = rangeOf(totalRow, g.pointsCol(0), totalRow, g.pointsCol(g.candidates - 1));
  return { type: 'bar', title: label('totalsChart', lang), categories: names, series: [{ name: label('total', lang), values: totals }], axisMin: 0, ...box };
}
