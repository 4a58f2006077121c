import { numError, type Text } from '../errors';
import { messages } from '../messages';
import { modelMessages as m } from './messages';

/**
 * The tracking plot of Fader, Hardie & Lee (2005), figure 2: cumulative repeat purchases of a
 * cohort, period by period through calibration and holdout, against the model's expectation
 * Σ_i E[X(t − s_i)], where s_i is customer i's first purchase and E[X(t)] the expected repeat
 * purchases of a new customer in his first t periods (eq. 7 for BG/NBD).
 *
 * Periods start on the first day of the log (the cohort's earliest first purchase); period k
 * ends before day origin + k·unit_days, the last one at holdout_end. A purchase on day d counts
 * in the period that holds d; a customer's time at the end of period k is measured to the start
 * of the next day, as BTYD's bgnbd.ExpectedCumulativeTransactions measures it.
 */
export interface TrackingRow {
  period: number;
  /** The last day of the period (a date serial). */
  lastDay: number;
  actual: number;
  expected: number;
}

/** The longest table: a spill this long is already unreadable and costs a model evaluation per birth day and period. */
export const MAX_PERIODS = 10_000;

const trackingMessages = {
  tooManyPeriods: (k: number): Text => ({
    en: `The log spans ${k} periods of unit_days; at most ${MAX_PERIODS} are listed. Use a longer unit_days.`,
    zh: `交易记录跨越 ${k} 个 unit_days 时段；最多列出 ${MAX_PERIODS} 个。请使用更长的 unit_days。`,
  }),
};

export function trackingPlot(
  ids: readonly (string | number)[],
  days: readonly number[],
  calibrationEnd: number,
  holdoutEnd: number,
  unitDays: number,
  expectedNew: (t: number) => number,
): TrackingRow[] {
  if (!(unitDays > 0)) throw numError(messages.mustBePositive('unit_days', unitDays));
  const calDay = Math.floor(calibrationEnd);
  const endDay = Math.floor(holdoutEnd);
  // Each customer's first day, then his distinct later days up to the end.
  const byCustomer = new Map<string | number, Set<number>>();
  const first = new Map<string | number, number>();
  for (let i = 0; i < ids.length; i++) {
    const day = Math.floor(days[i]);
    if (day > endDay) continue;
    let set = byCustomer.get(ids[i]);
    if (!set) byCustomer.set(ids[i], (set = new Set()));
    set.add(day);
    first.set(ids[i], Math.min(first.get(ids[i]) ?? Infinity, day));
  }
  const births = new Map<number, number>();
  const repeatDays: number[] = [];
  for (const [id, set] of byCustomer) {
    const b = first.get(id)!;
    if (b > calDay) continue;
    births.set(b, (births.get(b) ?? 0) + 1);
    for (const d of set) if (d > b) repeatDays.push(d);
  }
  if (births.size === 0) throw numError(m.noTransactionsBefore());
  const origin = Math.min(...births.keys());
  const periods = Math.ceil((endDay + 1 - origin) / unitDays);
  if (periods > MAX_PERIODS) throw numError(trackingMessages.tooManyPeriods(periods));
  repeatDays.sort((a, b) => a - b);
  const cohort = [...births];
  const rows: TrackingRow[] = [];
  let seen = 0;
  for (let k = 1; k <= periods; k++) {
    const boundary = Math.min(origin + k * unitDays, endDay + 1);
    while (seen < repeatDays.length && repeatDays[seen] < boundary) seen++;
    let expected = 0;
    for (const [b, count] of cohort) if (b < boundary) expected += count * expectedNew((boundary - b) / unitDays);
    if (!Number.isFinite(expected))
      throw numError({ en: 'Expected purchases cannot be computed for these parameters.', zh: '在这些参数下无法计算期望购买次数。' });
    rows.push({ period: k, lastDay: Math.ceil(boundary) - 1, actual: seen, expected });
  }
  return rows;
}
