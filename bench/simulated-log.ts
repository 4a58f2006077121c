import gamma from '@stdlib/random-base-gamma';
import { simulateBgNbd } from '../test/helpers/simulate-customers';

/**
 * A transaction log behind BG/NBD customers (test/helpers/simulate-customers.ts, daily grid):
 * each customer's first purchase and repeat purchases spread over the days his summary allows,
 * with Gamma-distributed amounts. The same rows go to our functions and to the Python baseline.
 */
export function simulatedLog(customers: number, p: { r: number; alpha: number; a: number; b: number }, seed: number) {
  const s = simulateBgNbd(customers, p, seed, true);
  const amount = gamma.factory({ seed: seed + 7 });
  const ids: number[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const end = 273;
  for (let i = 0; i < customers; i++) {
    const first = Math.round(end - s.T[i] * 7);
    const put = (day: number) => {
      ids.push(i + 1);
      days.push(day);
      amounts.push(Math.round(amount(6, 0.3) * 100) / 100);
    };
    put(first);
    // x repeat purchases: the last at t_x, the others spread before it; days that coincide count
    // once on both sides of the comparison, as a log's same-day purchases do.
    const last = first + Math.round(s.tx[i] * 7);
    for (let k = 1; k <= s.x[i]; k++) put(k === s.x[i] ? last : first + Math.max(1, Math.floor(((last - first) * k) / s.x[i])));
  }
  return { ids, days, amounts, end };
}
