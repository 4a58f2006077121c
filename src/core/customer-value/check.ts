import { byFrequency, forecastErrors, type ForecastErrors, type FrequencyClass } from '../models/holdout-validation';
import { trackingPlot, type TrackingRow } from '../models/tracking';
import type { Analysis } from './analyse';
import type { Transactions } from './read-table';

/** How many calibration-frequency classes the check lists: 0 … 6 and "7 or more", as FHL 2005 figure 4. */
export const CHECK_TOP = 7;

export interface HoldoutCheck {
  /** The holdout's length in periods of the analysis' unit. */
  periods: number;
  /** Expected holdout purchases of each customer, in the summary's order. */
  expected: Float64Array;
  classes: FrequencyClass[];
  errors: ForecastErrors;
  /** Cumulative repeat purchases of the cohort period by period, actual and expected. */
  tracking: TrackingRow[];
}

/**
 * The forecast held against the holdout (Fader, Hardie & Lee 2005, section 4): each customer's
 * expected purchases over the holdout from his calibration history (the model's conditional
 * expectation), their mean absolute error and bias, the means by calibration frequency
 * (byFrequency), and the tracking of cumulative purchases (trackingPlot), whose new-customer
 * curve E[X(t)] is the conditional expectation of a customer just acquired (x = t_x = T = 0,
 * FHL eq. 7 is eq. 10 there). Null without a holdout end.
 */
export function holdoutCheck(a: Analysis, t: Transactions): HoldoutCheck | null {
  const s = a.summary;
  if (!s.holdout || s.holdoutEnd === null) return null;
  const { model, params } = a.fit.purchases;
  const periods = (s.holdoutEnd - s.calibrationEnd) / s.unitDays;
  const expected = new Float64Array(s.customers);
  for (let i = 0; i < s.customers; i++) expected[i] = model.purchases(params, s.x[i], s.tx[i], s.T[i])(periods);
  const tracking = trackingPlot(Array.from(t.customer), Array.from(t.day), s.calibrationEnd, s.holdoutEnd, s.unitDays, model.purchases(params, 0, 0, 0));
  return {
    periods,
    expected,
    classes: byFrequency(s.x, expected, s.holdout, CHECK_TOP),
    errors: forecastErrors(expected, s.holdout),
    tracking,
  };
}
