import { requireAtLeast, requireAtMost, requireInteger } from '../args';
import { numError } from '../errors';
import { messages } from '../messages';
import { type BgNbdParams, purchasesCurve } from './bgnbd';
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
  checkCustomer(x, tx, T);
  requireAtMost('horizon', requireInteger('horizon', requireAtLeast('horizon', horizon, 1)), MAX_HORIZON);
  // Below −100 % a period's discount factor changes sign.
  if (!(discount > -1)) throw numError(messages.mustBeAbove('discount_per_period', -1, discount));
  const spend = customerSpend(gg, x, monetary);
  const purchases = purchasesCurve(bg, x, tx, T);
  let total = 0;
  let before = 0;
  for (let k = 1; k <= horizon; k++) {
    const now = purchases(k);
    if (!Number.isFinite(now)) throw numError({ en: 'Expected purchases cannot be computed for this customer.', zh: '无法计算该客户的期望购买次数。' });
    total += (now - before) / Math.pow(1 + discount, k);
    before = now;
  }
  return margin * spend * total;
}
