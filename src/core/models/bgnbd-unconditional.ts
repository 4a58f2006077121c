import { requireAtLeast } from '../args';
import { numError } from '../errors';
import { type BgNbdParams, purchasesCurve } from './bgnbd';

/**
 * E[X(t)] of a new customer under BG/NBD, Fader, Hardie & Lee (2005) eq. 7:
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))]. It is the conditional
 * expectation of eq. 10 for a customer just acquired (x = 0, t_x = 0, T = 0), so the same
 * curve, with its handling of a = 1, computes both.
 */
export function unconditionalCurve(p: BgNbdParams): (t: number) => number {
  return purchasesCurve(p, 0, 0, 0);
}

export function unconditionalPurchases(p: BgNbdParams, t: number): number {
  requireAtLeast('t', t, 0);
  const v = unconditionalCurve(p)(t);
  if (!Number.isFinite(v)) throw numError({ en: 'Expected purchases cannot be computed for these parameters.', zh: '在这些参数下无法计算期望购买次数。' });
  return v;
}
