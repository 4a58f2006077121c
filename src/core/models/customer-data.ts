import { numError } from '../errors';
import { messages } from '../messages';
import { modelMessages as m } from './messages';

/**
 * Frequency/recency/T rows as the models read them: checked once, and identical rows grouped
 * with a count. Summaries of real transaction logs repeat a lot (every one-off buyer of a
 * cohort day is the same row), and the likelihoods only need each distinct row once.
 */
export interface CustomerRows {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** How many customers share the row. */
  count: Float64Array;
  customers: number;
}

/** Throws #NUM! naming the row (1-based) for values no customer can have. */
export function checkCustomer(i: number, x: number, tx: number, T: number): void {
  const row = i + 1;
  if (!(x >= 0)) throw numError(m.rowValue(row, 'frequency', messages.mustBeAtLeast('frequency', 0, x)));
  if (!Number.isInteger(x)) throw numError(m.rowValue(row, 'frequency', messages.mustBeInteger('frequency', x)));
  if (!(tx >= 0)) throw numError(m.rowValue(row, 'recency', messages.mustBeAtLeast('recency', 0, tx)));
  if (!(T > 0)) throw numError(m.tNotPositive(row, T));
  if (tx > T) throw numError(m.recencyAboveT(row, tx, T));
  if (x === 0 && tx !== 0) throw numError(m.recencyWithoutRepeat(row, tx));
}

export function groupCustomers(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): CustomerRows {
  const n = x.length;
  if (n === 0) throw numError(m.noCustomers());
  // Nested maps on the numbers themselves: no key strings to build for a million rows.
  const index = new Map<number, Map<number, Map<number, number>>>();
  const gx: number[] = [];
  const gtx: number[] = [];
  const gT: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const ti = tx[i];
    const Ti = T[i];
    checkCustomer(i, xi, ti, Ti);
    let byTx = index.get(xi);
    if (!byTx) index.set(xi, (byTx = new Map()));
    let byT = byTx.get(ti);
    if (!byT) byTx.set(ti, (byT = new Map()));
    const at = byT.get(Ti);
    if (at !== undefined) count[at]++;
    else {
      byT.set(Ti, gx.length);
      gx.push(xi);
      gtx.push(ti);
      gT.push(Ti);
      count.push(1);
    }
  }
  return { x: Float64Array.from(gx), tx: Float64Array.from(gtx), T: Float64Array.from(gT), count: Float64Array.from(count), customers: n };
}
