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
  const end = endDay ?? days.reduce((a, b) => Math.max(a, b), -Infinity);
  // customer → day → amount, insertion order kept for the output order.
  const customers = new Map<string | number, Map<number, number>>();
  for (let i = 0; i < ids.length; i++) {
    const day = Math.floor(days[i]);
    if (day > Math.floor(end)) continue;
    let byDay = customers.get(ids[i]);
    if (!byDay) customers.set(ids[i], (byDay = new Map()));
    byDay.set(day, (byDay.get(day) ?? 0) + amounts[i]);
  }
  if (customers.size === 0) throw numError(m.noTransactionsBefore());
  const rows: RfmRow[] = [];
  for (const [id, byDay] of customers) {
    const list = [...byDay].sort((a, b) => a[0] - b[0]);
    const first = list[0][0];
    const last = list[list.length - 1][0];
    const repeats = list.slice(1);
    rows.push({
      id,
      frequency: repeats.length,
      recency: (last - first) / unitDays,
      T: (Math.floor(end) - first) / unitDays,
      monetary: repeats.length ? repeats.reduce((s, r) => s + r[1], 0) / repeats.length : 0,
    });
  }
  return rows;
}
