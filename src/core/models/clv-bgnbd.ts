import { requireAtLeast, requireAtMost, requireInteger } from '../args';
import { numError } from '../errors';
import { messages } from '../messages';
import { type BgNbdParams, purchasesCurve, purchasesHead, purchasesTail } from './bgnbd';
import { checkCustomer } from './customer-data';
import { customerSpend, type GammaGammaParams } from './gamma-gamma';

/**
 * The longest horizon in periods: 100 years of months. The sum costs one hypergeometric
 * evaluation per period and per customer, so a longer one would stall a spilled column.
 */
export const MAX_HORIZON = 1200;

/**
 * Customer lifetime value from the two fitted models (Fader, Hardie & Lee 2005, "RFM and
 * CLV", with the discrete-time sum used by the lifetimes and BTYD packages):
 *   CLV = Σ_{k=1..H} margin · E[M] · (E[Y(k)] − E[Y(k−1)]) / (1 + d)^k,
 * expected purchases from BG/NBD in each period k ahead, spend per purchase from Gamma-Gamma.
 */
export function clvBgNbd(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  x: number,
  tx: number,
  T: number,
  monetary: number,
  horizon: number,
  discount: number,
  margin: number,
): number {
  return clvBgNbdColumn(bg, gg)(x, tx, T, monetary, horizon, discount, margin);
}

/**
 * clvBgNbd for many customers under one pair of fits. With a ≠ 1 the sum factors as
 *   Σ_k (E[Y(k)] − E[Y(k−1)]) v^k = [Σ_k (head(k) − head(k−1)) v^k] / (1 + tail(t_x)),
 * and the bracket depends on the customer only through x and T, which a summary repeats a
 * great deal (T counts whole days since the first purchase): it is summed once per (x, T).
 */
export function clvBgNbdColumn(
  bg: BgNbdParams,
  gg: GammaGammaParams,
): (x: number, tx: number, T: number, monetary: number, horizon: number, discount: number, margin: number) => number {
  const factored = Math.abs(bg.a - 1) >= 1e-7;
  const sums = new Map<string, number>();
  const discounted = (curve: (t: number) => number, horizon: number, discount: number) => {
    let total = 0;
    let before = 0;
    for (let k = 1; k <= horizon; k++) {
      const now = curve(k);
      if (!Number.isFinite(now)) throw numError({ en: 'Expected purchases cannot be computed for this customer.', zh: '无法计算该客户的期望购买次数。' });
      total += (now - before) / Math.pow(1 + discount, k);
      before = now;
    }
    return total;
  };
  return (x, tx, T, monetary, horizon, discount, margin) => {
    checkCustomer(x, tx, T);
    requireAtMost('horizon', requireInteger('horizon', requireAtLeast('horizon', horizon, 1)), MAX_HORIZON);
    // Below −100 % a period's discount factor changes sign.
    if (!(discount > -1)) throw numError(messages.mustBeAbove('discount_per_period', -1, discount));
    const spend = customerSpend(gg, x, monetary);
    if (!factored) return margin * spend * discounted(purchasesCurve(bg, x, tx, T), horizon, discount);
    const key = `${x},${T},${horizon},${discount}`;
    let sum = sums.get(key);
    if (sum === undefined) {
      sum = discounted(purchasesHead(bg, x, T), horizon, discount);
      sums.set(key, sum);
    }
    return (margin * spend * sum) / (1 + purchasesTail(bg, x, tx, T));
  };
}
