import { numError, type Text } from '../errors';
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
  /** Customers in the groups: those observed for some time (T > 0). */
  customers: number;
}

/**
 * Why no customer can have this history, or null when one can. T = 0 is allowed: a customer
 * whose first and only purchase falls on the end date (with RFM's default end date, the last
 * date of the log, every live log has some). The other rules make T = 0 imply x = 0 and t_x = 0.
 */
export function customerProblem(x: number, tx: number, T: number): Text | null {
  if (!(x >= 0)) return messages.mustBeAtLeast('frequency', 0, x);
  if (!Number.isInteger(x)) return messages.mustBeInteger('frequency', x);
  if (!(tx >= 0)) return messages.mustBeAtLeast('recency', 0, tx);
  if (!(T >= 0)) return messages.mustBeAtLeast('T', 0, T);
  if (tx > T) return m.recencyAboveT(tx, T);
  if (x === 0 && tx !== 0) return m.recencyWithoutRepeat(tx);
  if (x > 0 && tx === 0) return m.repeatWithoutRecency(x);
  return null;
}

/** #NUM! for a history no customer can have; for one customer, where the cell is the row. */
export function checkCustomer(x: number, tx: number, T: number): void {
  const problem = customerProblem(x, tx, T);
  if (problem) throw numError(problem);
}

/** #NUM! naming the row (as the user numbers it) for a history no customer can have. */
export function checkCustomerRow(row: number, x: number, tx: number, T: number): void {
  const problem = customerProblem(x, tx, T);
  if (problem) throw numError(m.rowValue(row, problem));
}

/**
 * Checks every row and groups identical ones. Rows with T = 0 are checked and then left out:
 * a customer observed for no time has a likelihood of exactly 1 in every model of purchases
 * over a window (BG/NBD, Pareto/NBD, MBG/NBD: the probability of seeing nothing in no time),
 * so leaving him out changes neither the likelihood nor its optimum, and the fit does not
 * depend on how many such customers the log holds. `rows` gives the row number the user sees
 * for each entry (default: its position, from 1).
 */
export function groupCustomers(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, rows?: ArrayLike<number>): CustomerRows {
  const n = x.length;
  if (n === 0) throw numError(m.noCustomers());
  // Nested maps on the numbers themselves: no key strings to build for a million rows.
  const index = new Map<number, Map<number, Map<number, number>>>();
  const gx: number[] = [];
  const gtx: number[] = [];
  const gT: number[] = [];
  const count: number[] = [];
  let customers = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const ti = tx[i];
    const Ti = T[i];
    checkCustomerRow(rows ? rows[i] : i + 1, xi, ti, Ti);
    if (Ti === 0) continue;
    customers++;
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
  return { x: Float64Array.from(gx), tx: Float64Array.from(gtx), T: Float64Array.from(gT), count: Float64Array.from(count), customers };
}
