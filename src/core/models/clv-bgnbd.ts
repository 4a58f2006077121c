import { numError } from '../errors';
import { type BgNbdParams, purchasesCurve } from './bgnbd';
import { expectedSpend, type GammaGammaParams } from './gamma-gamma';

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
  const spend = expectedSpend(gg, x, x > 0 ? monetary : 0);
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
