import type { Text } from '../errors';
import type { OnIteration } from '../numeric/minimize';
import { BGNBD, bgnbdLogLik, fitBgNbdRows, purchasesCurve, purchasesHead, purchasesTail, type BgNbdParams } from '../models/bgnbd';
import { groupCustomers, type CustomerRows } from '../models/customer-data';
import { withNumericalGradient } from '../models/fit';
import { fitMbgNbdRows, MBGNBD, mbgnbdCurve, mbgnbdLogLik, mbgnbdPAlive, type MbgNbdParams } from '../models/mbgnbd';
import { fitPnbdRows, PNBD, pnbdCurve, pnbdLogLik, pnbdPAlive, type PnbdParams } from '../models/pnbd';
import { mbgnbdPZero } from '../models/purchase-counts';

/**
 * A model of purchases the workspace can fit, seen through what the workspace needs of it:
 * each model module keeps its own mathematics; this adapter names it, fits it on grouped
 * rows, and answers the three per-customer questions of the results sheet.
 */
export interface PurchaseModel {
  id: string;
  name: Text;
  /** Parameter names in the model's own order (its LINEST-style row). */
  names: readonly string[];
  fit(rows: CustomerRows, onIteration?: OnIteration): { params: number[]; logLik: number; iterations: number };
  /** ∂ ln L / ∂ ln θ at log parameters, for the verdict. */
  gradient(rows: CustomerRows, logTheta: readonly number[], g: number[]): void;
  pAlive(params: readonly number[], x: number, tx: number, T: number): number;
  /** E[Y(t)] of one customer as a function of t. */
  purchases(params: readonly number[], x: number, tx: number, T: number): (t: number) => number;
  /** P(no purchase in the next t periods). */
  pNoPurchase(params: readonly number[], x: number, tx: number, T: number, t: number): number;
  /**
   * Where E[Y(t)] = head(x, T; t) / divisor(x, t_x, T), the two parts (or null for these
   * parameters): customers with the same x and T then share the costly head, which a summary
   * of a real log repeats a great deal.
   */
  split?(params: readonly number[]): { head(x: number, T: number): (t: number) => number; divisor(x: number, tx: number, T: number): number } | null;
}

const bg = (v: readonly number[]): BgNbdParams => ({ r: v[0], alpha: v[1], a: v[2], b: v[3] });

/** P(alive), FHL 2005 eq. 12: 1/(1 + tail), the tail of E[Y]'s denominator, on the checked summary. */
const bgPAlive = (p: BgNbdParams, x: number, tx: number, T: number): number => 1 / (1 + purchasesTail(p, x, tx, T));

export const BGNBD_MODEL: PurchaseModel = {
  id: 'bgnbd',
  name: { en: 'BG/NBD', zh: 'BG/NBD' },
  names: BGNBD.names,
  fit(rows, onIteration) {
    const f = fitBgNbdRows(rows, onIteration);
    return { params: BGNBD.toRow(f).slice(0, 4), logLik: f.logLik, iterations: f.iterations };
  },
  gradient(rows, v, g) {
    bgnbdLogLik(BGNBD.fromLog(v), rows, g);
  },
  pAlive: (v, x, tx, T) => bgPAlive(bg(v), x, tx, T),
  purchases: (v, x, tx, T) => purchasesCurve(bg(v), x, tx, T),
  split(v) {
    const p = bg(v);
    // purchasesCurve averages both sides of a = 1, where the parts do not factor.
    if (Math.abs(p.a - 1) < 1e-7) return null;
    return { head: (x, T) => purchasesHead(p, x, T), divisor: (x, tx, T) => 1 + purchasesTail(p, x, tx, T) };
  },
  /**
   * A customer alive at T keeps buying at his rate, whose posterior given the history and being
   * alive is Gamma(r + x, α + T) (the likelihood of the alive branch is λ^x e^{−λT}); with no
   * purchase he cannot drop out, so P(0 in t) = 1 − P(alive) + P(alive) · ((α+T)/(α+T+t))^{r+x}.
   */
  pNoPurchase(v, x, tx, T, t) {
    const p = bg(v);
    const alive = bgPAlive(p, x, tx, T);
    return 1 - alive + alive * Math.exp((p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + T + t)));
  },
};

const pn = (v: readonly number[]): PnbdParams => ({ r: v[0], alpha: v[1], s: v[2], beta: v[3] });
const mbg = (v: readonly number[]): MbgNbdParams => ({ r: v[0], alpha: v[1], a: v[2], b: v[3] });

/**
 * P(no purchase in (T, T + t]) under Pareto/NBD. Dead at T: none. Alive at T, the rate and the
 * dropout rate have the posteriors Gamma(r + x, α + T) and Gamma(s, β + T) (the alive branch of
 * the likelihood is λ^x e^{−λT} · e^{−μT}), so the remaining lifetime τ has survival
 * ((β+T)/(β+T+u))^s, and given τ no purchase comes with probability ((α+T)/(α+T+min(τ, t)))^{r+x}:
 * P0 = A(t)·S(t) + ∫_0^t A(u) · s (β+T)^s / (β+T+u)^{s+1} du, A(u) = ((α+T)/(α+T+u))^{r+x}.
 * The integrand is smooth and monotone on [0, t]; Simpson's rule on 200 panels after
 * u = t·w² (denser near 0, where it falls fastest) is exact to about 1e-9 here.
 */
export function pnbdPNoPurchase(p: PnbdParams, x: number, tx: number, T: number, t: number): number {
  const alive = pnbdPAlive(p, x, tx, T);
  if (t === 0) return 1;
  const A = (u: number) => Math.exp((p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + T + u)));
  const S = (u: number) => Math.exp(p.s * (Math.log(p.beta + T) - Math.log(p.beta + T + u)));
  const f = (w: number) => {
    const u = t * w * w;
    return A(u) * (p.s / (p.beta + T + u)) * S(u) * 2 * t * w;
  };
  const n = 200;
  let sum = f(0) + f(1);
  for (let k = 1; k < n; k++) sum += (k % 2 ? 4 : 2) * f(k / n);
  const dead = sum / (3 * n);
  return 1 - alive + alive * (A(t) * S(t) + dead);
}

/** Pareto/NBD (Schmittlein, Morrison & Colombo 1987) through models/pnbd.ts. */
export const PNBD_MODEL: PurchaseModel = {
  id: 'pnbd',
  name: { en: 'Pareto/NBD', zh: 'Pareto/NBD' },
  names: PNBD.names,
  fit(rows, onIteration) {
    const f = fitPnbdRows(rows, onIteration);
    return { params: PNBD.toRow(f).slice(0, 4), logLik: f.logLik, iterations: f.iterations };
  },
  // Its log-likelihood has no analytic gradient: the fit's own central differences.
  gradient(rows, v, g) {
    withNumericalGradient(PNBD, (p) => pnbdLogLik(p, rows))(PNBD.fromLog(v), g);
  },
  pAlive: (v, x, tx, T) => pnbdPAlive(pn(v), x, tx, T),
  purchases: (v, x, tx, T) => pnbdCurve(pn(v), x, tx, T),
  pNoPurchase: (v, x, tx, T, t) => pnbdPNoPurchase(pn(v), x, tx, T, t),
};

/** MBG/NBD (Batislam, Denizel & Filiztekin 2007) through models/mbgnbd.ts. */
export const MBGNBD_MODEL: PurchaseModel = {
  id: 'mbgnbd',
  name: { en: 'MBG/NBD', zh: 'MBG/NBD' },
  names: MBGNBD.names,
  fit(rows, onIteration) {
    const f = fitMbgNbdRows(rows, onIteration);
    return { params: MBGNBD.toRow(f).slice(0, 4), logLik: f.logLik, iterations: f.iterations };
  },
  gradient(rows, v, g) {
    mbgnbdLogLik(MBGNBD.fromLog(v), rows, g);
  },
  pAlive: (v, x, tx, T) => mbgnbdPAlive(mbg(v), x, tx, T),
  purchases: (v, x, tx, T) => mbgnbdCurve(mbg(v), x, tx, T),
  pNoPurchase: (v, x, tx, T, t) => mbgnbdPZero(mbg(v), t, x, tx, T),
};

export const CUSTOMER_MODELS: Record<string, PurchaseModel> = { bgnbd: BGNBD_MODEL, pnbd: PNBD_MODEL, mbgnbd: MBGNBD_MODEL };
export type ModelId = keyof typeof CUSTOMER_MODELS;

export { groupCustomers };
