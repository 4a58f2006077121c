import type { Lang, Text } from '../errors';
import { inLanguage } from '../vocabulary';
import { MONTHS_OF, PeriodKind, Review, TrackerKpi } from './model';

/**
 * The columns of a tracker and which of them a KPI is due in. A column spans 1, 3 or 6
 * months; a KPI is due at the end of each of its review periods, or of each column when the
 * columns are coarser than its review (a monthly KPI on a quarterly tracker shows its reading
 * at each quarter's end). So a quarterly KPI on a monthly tracker fills March, June, September
 * and December.
 */
export interface PeriodColumn {
  /** 0-based position among the tracker's columns. */
  index: number;
  /** The month (1–12) the column ends in: actuals are kept under it. */
  endMonth: number;
}

export function columnsOf(kind: PeriodKind): PeriodColumn[] {
  const span = MONTHS_OF[kind];
  return Array.from({ length: 12 / span }, (_, i) => ({ index: i, endMonth: (i + 1) * span }));
}

/** Months between two readings of a KPI on columns of this kind. */
export const readingSpan = (review: Review, kind: PeriodKind): number => Math.max(MONTHS_OF[review], MONTHS_OF[kind]);

export const isDue = (kpi: Pick<TrackerKpi, 'review'>, kind: PeriodKind, column: PeriodColumn): boolean =>
  column.endMonth % readingSpan(kpi.review, kind) === 0;

/** The columns a KPI is due in. */
export const dueColumns = (kpi: Pick<TrackerKpi, 'review'>, kind: PeriodKind): PeriodColumn[] => columnsOf(kind).filter((c) => isDue(kpi, kind, c));

const MONTHS: Text[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((en, i) => ({ en, zh: `${i + 1}月` }));
const QUARTERS: Text[] = ['一', '二', '三', '四'].map((n, i) => ({ en: `Q${i + 1}`, zh: `${n}季度` }));
const HALVES: Text[] = [
  { en: 'H1', zh: '上半年' },
  { en: 'H2', zh: '下半年' },
];

/** A column's heading: "Mar" / 3月, "Q1" / 一季度, "H2" / 下半年. */
export function periodLabel(kind: PeriodKind, column: PeriodColumn): Text {
  if (kind === 'month') return MONTHS[column.index];
  return kind === 'quarter' ? QUARTERS[column.index] : HALVES[column.index];
}

export const periodName = (kind: PeriodKind, column: PeriodColumn, lang: Lang): string => inLanguage(periodLabel(kind, column), lang);
