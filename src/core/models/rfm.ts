import { numError } from '../errors';
import { messages } from '../messages';
import { modelMessages as m } from './messages';

/**
 * The per-customer summary the models read, from a raw transaction log (Fader, Hardie & Lee
 * 2005; the CDNOW calibration summary of their papers is built this way):
 *   frequency x = number of repeat purchase days (purchases on one day count once, amounts summed),
 *   recency t_x = last − first purchase, T = end − first purchase, in units of `unitDays`,
 *   monetary = mean amount of the repeat purchase days (0 when x = 0).
 * Transactions after the end date are ignored; customers are listed in order of first appearance.
 */
export interface RfmRow {
  id: string | number;
  frequency: number;
  recency: number;
  T: number;
  monetary: number;
}

export function rfmSummary(
  ids: readonly (string | number)[],
  days: readonly number[],
  amounts: readonly number[],
  endDay: number | null,
  unitDays: number,
): RfmRow[] {
  if (!(unitDays > 0)) throw numError(messages.mustBePositive('unit_days', unitDays));
  const end = Math.floor(endDay ?? days.reduce((a, b) => Math.max(a, b), -Infinity));
  const n = ids.length;
  // Customers numbered in order of first appearance; rows after the end are left out (−1).
  // Typed arrays and one grouping pass instead of a map of days per customer: a log has up to
  // a million rows and a quarter of a million customers, and the maps were mostly garbage.
  const number = new Map<string | number, number>();
  const firstIds: (string | number)[] = [];
  const customer = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (Math.floor(days[i]) > end) {
      customer[i] = -1;
      continue;
    }
    let c = number.get(ids[i]);
    if (c === undefined) {
      c = firstIds.length;
      number.set(ids[i], c);
      firstIds.push(ids[i]);
    }
    customer[i] = c;
  }
  const count = firstIds.length;
  if (count === 0) throw numError(m.noTransactionsBefore());
  // Each customer's rows, in row order, side by side.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) if (customer[i] >= 0) start[customer[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const next = start.slice(0, count);
  const order = new Int32Array(start[count]);
  for (let i = 0; i < n; i++) if (customer[i] >= 0) order[next[customer[i]]++] = i;
  const rows: RfmRow[] = new Array(count);
  for (let c = 0; c < count; c++) {
    const from = start[c];
    const to = start[c + 1];
    // By day; a stable sort keeps row order within a day, so a day's amounts add up in row order.
    const mine = Array.from(order.subarray(from, to));
    if (mine.length > 1) mine.sort((a, b) => Math.floor(days[a]) - Math.floor(days[b]));
    const first = Math.floor(days[mine[0]]);
    let day = first;
    let dayAmount = 0;
    let repeats = 0;
    let repeatSpend = 0;
    for (const r of mine) {
      const d = Math.floor(days[r]);
      if (d !== day) {
        if (day !== first) repeatSpend += dayAmount;
        repeats++;
        day = d;
        dayAmount = 0;
      }
      dayAmount += amounts[r];
    }
    if (day !== first) repeatSpend += dayAmount;
    rows[c] = {
      id: firstIds[c],
      frequency: repeats,
      recency: (day - first) / unitDays,
      T: (end - first) / unitDays,
      monetary: repeats ? repeatSpend / repeats : 0,
    };
  }
  return rows;
}
