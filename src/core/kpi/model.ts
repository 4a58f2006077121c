import { z } from 'zod';
import type { Text } from '../errors';
import { UNITS, Unit } from '../scorecard/model';

/**
 * A KPI tracker as data: KPIs with their targets, tracked over the months, quarters or
 * half-years of one year by one or more teams (docs/seeds.md T5; docs/seeds/001: each KPI has
 * a target, a review period and an action, and a team keeps to two or three core KPIs).
 * Unlike a scorecard, whose candidates are rated once, a tracker has time: one actual per KPI
 * and period. The schema only checks shape; validate.ts adds the rules that span fields.
 *
 * Actuals are kept by the month a period ends in: index m − 1 holds the value of the period
 * that ends in month m (a quarterly KPI fills indexes 2, 5, 8, 11). So the same data shows on
 * a tracker of months, quarters or half-years, and changing the columns loses nothing.
 *
 * Stability: the sheet generator and stored workbooks depend on this shape; change it
 * additively only.
 */
export const TRACKER_FORMAT = 1 as const;

/** How a KPI is judged: a floor, a ceiling, or growth against the same period a year before. */
export type TrackerDirection = 'at-least' | 'at-most' | 'growth';
export const TRACKER_DIRECTIONS = ['at-least', 'at-most', 'growth'] as const;

/** The columns of a tracker. */
export type PeriodKind = 'month' | 'quarter' | 'half';
export const PERIOD_KINDS = ['month', 'quarter', 'half'] as const;

/** How often a KPI is reviewed (the source's 监测周期). */
export type Review = 'monthly' | 'quarterly' | 'half-yearly';
export const REVIEWS = ['monthly', 'quarterly', 'half-yearly'] as const;

/** Months in a review period or a column. */
export const MONTHS_OF: Record<Review | PeriodKind, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, month: 1, quarter: 3, half: 6 };

export interface TrackerKpi {
  /** Unique within the tracker; actuals refer to it. */
  id: string;
  name: Text;
  /** What an actual is measured in; `percent` values are fractions (0.85 = 85 %). */
  unit: Unit;
  direction: TrackerDirection;
  /**
   * The target: the value to reach (at-least), not to exceed (at-most), or the growth over the
   * same period of the previous year as a fraction (growth: 0.1 = +10 %).
   */
  target: number;
  /**
   * The edge of the warning band: a value that misses the target but reaches this edge is
   * "at risk", beyond it "off track". At-least and growth: warning ≤ target; at-most ≥.
   */
  warning: number;
  review: Review;
  owner: Text;
  /** What to do when the KPI is missed (the source's 优化措施). */
  action: Text;
}

export interface TrackerTeam {
  id: string;
  name: Text;
  /** The KPIs this team tracks, in the order shown. */
  kpis: string[];
  /** KPI id → 12 values by the month each period ends in (null: not entered). */
  actuals: Record<string, (number | null)[]>;
  /** Growth KPIs only: the same periods a year before, indexed like `actuals`. */
  lastYear?: Record<string, (number | null)[]>;
}

export interface Tracker {
  format: typeof TRACKER_FORMAT;
  kind: 'tracker';
  id: string;
  title: Text;
  /** Where the targets come from, how to use the sheet, and what was reconstructed. */
  notes: Text;
  department?: Text;
  year: number;
  periods: PeriodKind;
  kpis: TrackerKpi[];
  teams: TrackerTeam[];
}

// ---- zod schema (shape only) ----

const text = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
const months = z.array(z.number().finite().nullable()).length(12);

const kpi = z.strictObject({
  id,
  name: text,
  unit: z.enum(UNITS),
  direction: z.enum(TRACKER_DIRECTIONS),
  target: z.number().finite(),
  warning: z.number().finite(),
  review: z.enum(REVIEWS),
  owner: text,
  action: text,
});

const team = z.strictObject({
  id,
  name: text,
  kpis: z.array(id).min(1),
  actuals: z.record(z.string(), months),
  lastYear: z.record(z.string(), months).optional(),
});

/** Shape of a tracker file. Use `validateTracker` (validate.ts), which adds the rules. */
export const trackerShape = z.strictObject({
  format: z.literal(TRACKER_FORMAT),
  kind: z.literal('tracker'),
  id,
  title: text,
  notes: text,
  department: text.optional(),
  year: z.number().int().min(1901).max(9998),
  periods: z.enum(PERIOD_KINDS),
  kpis: z.array(kpi).min(1),
  teams: z.array(team).min(1),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapeMatches: Same<z.infer<typeof trackerShape>, Tracker> = true;
void shapeMatches;

export type { Unit };
