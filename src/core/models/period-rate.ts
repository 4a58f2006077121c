import { numError } from '../errors';
import { messages } from '../messages';

/**
 * Days in the year the per-period rate compounds to: the mean calendar year over the four-year
 * leap cycle. With 365 a year of weekly periods would hold 52.14 weeks and one of 365.25 days
 * slightly more than a year; the Gregorian mean (365.2425) differs from 365.25 by 2 parts in
 * 100,000, far below the precision of any discount rate.
 */
export const DAYS_PER_YEAR = 365.25;

/**
 * The rate per period of `unitDays` days that compounds to `annualRate` over a year:
 * (1 + annual)^(unitDays / 365.25) − 1. A model fitted in weeks discounts week by week, so an
 * annual rate of 10 % becomes about 0.18 % per week, not 10 % (nor 10 %/52).
 */
export function perPeriodRate(annualRate: number, unitDays: number): number {
  if (!(annualRate > -1)) throw numError(messages.mustBeAbove('annual_rate', -1, annualRate));
  if (!(unitDays > 0)) throw numError(messages.mustBePositive('unit_days', unitDays));
  return Math.expm1((unitDays / DAYS_PER_YEAR) * Math.log1p(annualRate));
}
