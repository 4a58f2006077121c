import { requireAtLeast, requireAtMost, requireInteger } from '../args';
import { numError } from '../errors';

/**
 * Customer lifetime value with a constant margin, retention and discount rate
 * (Gupta & Lehmann 2003, "Customers as assets"):
 *   timing 0, margins at the end of each period: Σ_{t=1..N} m·r^t/(1+d)^t
 *   timing 1, first margin now:                  Σ_{t=0..N−1} m·r^t/(1+d)^t
 * With q = r/(1+d) both are geometric series; N = 0 means an infinite horizon, giving
 * m·r/(1+d−r) and m(1+d)/(1+d−r).
 *
 * @example clv(100, 0.8, 0.1) // 266.67
 */
export function clv(margin: number, retention: number, discount: number, periods = 0, timing = 0): number {
  requireAtLeast('retention', retention, 0);
  requireAtMost('retention', retention, 1);
  if (discount <= -1) throw numError({ en: `discount must be greater than -1; got ${discount}.`, zh: `discount 必须大于 -1；当前为 ${discount}。` });
  requireInteger('periods', periods);
  requireAtLeast('periods', periods, 0);
  if (timing !== 0 && timing !== 1)
    throw numError({
      en: `timing must be 0 (margin at period end) or 1 (first margin now); got ${timing}.`,
      zh: `timing 必须为 0（期末计利）或 1（首期即计利）；当前为 ${timing}。`,
    });

  const q = retention / (1 + discount);
  const first = timing === 0 ? q : 1;
  if (periods === 0) {
    if (q >= 1)
      throw numError({
        en: 'With an infinite horizon, retention must be below 1 + discount, or the value never converges.',
        zh: '期数无限时，retention 必须小于 1 + discount，否则价值不收敛。',
      });
    return (margin * first) / (1 - q);
  }
  if (q === 1) return margin * periods;
  return (margin * first * (1 - Math.pow(q, periods))) / (1 - q);
}
