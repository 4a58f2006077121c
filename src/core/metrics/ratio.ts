import { div0Error, numError } from '../errors';
import { messages } from '../messages';

/**
 * Every CRM rate of the form numerator / denominator (churn, conversion, average unit sale...)
 * shares this one implementation; a table of specs below says what differs between them.
 */
export interface RatioSpec {
  numerator: string;
  denominator: string;
  /** The numerator cannot be negative (counts, costs). */
  nonNegative: boolean;
  /** The numerator is a part of the denominator (lost ≤ base), so the rate is at most 1. */
  partOfWhole: boolean;
  /** 1 for growth-style rates: (a − b) / b = a / b − 1. */
  minusOne?: boolean;
}

export function ratio(spec: RatioSpec, num: number, den: number): number {
  if (den === 0) throw div0Error(messages.divideByZero(spec.denominator));
  if (den < 0) throw numError(messages.mustBePositive(spec.denominator, den));
  if (spec.nonNegative && num < 0) throw numError(messages.mustBeAtLeast(spec.numerator, 0, num));
  if (spec.partOfWhole && num > den) throw numError(messages.exceeds(spec.numerator, spec.denominator));
  return spec.minusOne ? (num - den) / den : num / den;
}

const share = (numerator: string, denominator: string): RatioSpec => ({ numerator, denominator, nonNegative: true, partOfWhole: true });
const perUnit = (numerator: string, denominator: string, nonNegative = true): RatioSpec => ({ numerator, denominator, nonNegative, partOfWhole: false });

/** The ratio functions of the catalogue, keyed by function id. */
export const RATIOS = {
  CHURN: share('lost', 'base'),
  CONVERSION: share('converted', 'leads'),
  COMPLAINTRATE: share('complaining', 'customers'),
  RESOLUTIONRATE: share('resolved', 'submitted'),
  REPEATRATE: share('repeated', 'submitted'),
  ATTAINMENT: perUnit('actual', 'target', false),
  AUS: perUnit('sales', 'deals', false),
  IPT: perUnit('items', 'deals'),
  FREQUENCY: perUnit('deals', 'customers'),
  CAC: perUnit('cost', 'new_customers'),
  LTVCAC: perUnit('clv', 'cac', false),
  GROWTH: { ...perUnit('current', 'previous', false), minusOne: true },
  ROI: { ...perUnit('gain', 'cost', false), minusOne: true },
} satisfies Record<string, RatioSpec>;

export type RatioId = keyof typeof RATIOS;
