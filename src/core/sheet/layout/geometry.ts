import type { Criterion, Scorecard } from '../../scorecard/model';
import { ruleOf } from '../../scorecard/rules';

/**
 * Where everything goes across the sheet: the information columns the card needs, then one
 * block of candidate columns each for ratings, points and (for KPIs) status.
 */
export type InfoColumn = 'name' | 'details' | 'source' | 'appraiser' | 'period' | 'weight' | 'effective' | 'max';

export interface Geometry {
  info: InfoColumn[];
  /** A KPI sheet: actuals against targets, a line chart of them. */
  isKpi: boolean;
  hasStatus: boolean;
  candidates: number;
  col(c: InfoColumn): number;
  ratingCol(j: number): number;
  pointsCol(j: number): number;
  statusCol(j: number): number;
  lastCol: number;
}

/** First row of sections and criteria, below the preamble and the two header rows. */
export const FIRST_ROW = 7;
/** The row of candidate names (editable) and column headers. */
export const NAME_ROW = 6;

export const monitored = (c: Criterion): boolean => ruleOf(c.scoring).monitors;
export const periodOf = (c: Criterion) => ruleOf(c.scoring).period?.(c.scoring);

export function geometryOf(card: Scorecard): Geometry {
  const criteria = card.sections.flatMap((s) => s.criteria);
  const any = (p: (c: Criterion) => boolean) => criteria.some(p);
  // A KPI sheet monitors targets; a 'kpi' card rated on plain scales (T6, a capability
  // appraisal) reads better in the appraisal layout: criteria, ratings, totals and a bar chart.
  const hasStatus = any(monitored);
  const isKpi = card.kind === 'kpi' && hasStatus;
  const info: InfoColumn[] = ['name', 'details'];
  if (any((c) => c.source !== undefined)) info.push('source');
  if (any((c) => c.appraiser !== undefined)) info.push('appraiser');
  if (any((c) => periodOf(c) !== undefined)) info.push('period');
  info.push('weight', 'effective', 'max');
  const k = card.candidates.length;
  return {
    info,
    isKpi,
    hasStatus,
    candidates: k,
    col: (c) => info.indexOf(c) + 1,
    ratingCol: (j) => info.length + 1 + j,
    pointsCol: (j) => info.length + 1 + k + j,
    statusCol: (j) => info.length + 1 + 2 * k + j,
    lastCol: info.length + (hasStatus ? 3 : 2) * k,
  };
}

const WIDTHS: Record<InfoColumn, number> = { name: 30, details: 36, source: 18, appraiser: 14, period: 11, weight: 9, effective: 10, max: 9 };

/** Column widths: an appraisal's graded standards get room to be read; candidates 13 each. */
export function columnWidths(g: Geometry, card: Scorecard): Record<number, number> {
  const out: Record<number, number> = {};
  g.info.forEach((c, i) => (out[i + 1] = c === 'details' && card.kind === 'appraisal' ? 60 : WIDTHS[c]));
  for (let c = g.info.length + 1; c <= g.lastCol; c++) out[c] = 13;
  return out;
}
