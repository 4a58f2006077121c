import { requireAtLeast } from '../args';
import { numError } from '../errors';
import type { OnIteration } from '../numeric/minimize';
import { betaln, digamma, gammaln, prepareHyp2f1 } from '../numeric/special';
import { checkCustomer, CustomerRows, groupCustomers } from './customer-data';
import { type FitOptions, fitOnLogScale, type FitResult } from './fit';
import { modelMessages as m } from './messages';
import { parameterOrder } from './parameter-order';

/**
 * The MBG/NBD model of Batislam, Denizel & Filiztekin (2007), "Empirical validation and
 * comparison of models for customer base analysis", International Journal of Research in
 * Marketing 24(3): BG/NBD, except that a customer may also drop out right after his first
 * purchase (with the same probability p ~ Beta(a, b) as after every repeat purchase), so a
 * customer with no repeat purchase is not certainly alive. Same parameters as BG/NBD.
 */
export interface MbgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** The order of the fitted row (CRM.MBGNBD.FIT): r, alpha, a, b, then the log-likelihood. */
export const MBGNBD = parameterOrder<MbgNbdParams>('MBG/NBD', ['r', 'alpha', 'a', 'b']);

/**
 * Log-likelihood summed over grouped rows:
 * L = Γ(r+x) α^r / Γ(r) · B(a, b+x+1)/B(a, b) · [(α+T)^{−(r+x)} + a/(b+x) · (α+t_x)^{−(r+x)}],
 * alive after x + 1 chances to drop out, or gone after the last purchase (at t_x = 0 when x = 0).
 * With `grad`, also fills ∂/∂(ln r, ln α, ln a, ln b).
 */
export function mbgnbdLogLik(p: MbgNbdParams, d: CustomerRows, grad?: number[]): number {
  const { r, alpha, a, b } = p;
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const gr = gammaln(r);
  const bab = betaln(a, b);
  const psiR = grad ? digamma(r) : 0;
  const psiAB = grad ? digamma(a + b) : 0;
  const psiB = grad ? digamma(b) : 0;
  const perX = new Map<number, { A12: number; dr: number; da: number; db: number }>();
  const termsOf = (x: number) => {
    let t = perX.get(x);
    if (!t) {
      const A12 = gammaln(r + x) - gr + r * lnAlpha + betaln(a, b + x + 1) - bab;
      const psiABx = grad ? digamma(a + b + x + 1) : 0;
      t = grad
        ? { A12, dr: digamma(r + x) - psiR + lnAlpha, da: psiAB - psiABx, db: psiAB + digamma(b + x + 1) - psiB - psiABx }
        : { A12, dr: 0, da: 0, db: 0 };
      perX.set(x, t);
    }
    return t;
  };
  let ll = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i];
    const n = d.count[i];
    const rx = r + x;
    const t = termsOf(x);
    const lnAT = Math.log(alpha + d.T[i]);
    const lnAt = Math.log(alpha + d.tx[i]);
    const A3 = -rx * lnAT;
    const A4 = lnA - Math.log(b + x) - rx * lnAt;
    const hi = Math.max(A3, A4);
    const e3 = Math.exp(A3 - hi);
    const e4 = Math.exp(A4 - hi);
    ll += n * (t.A12 + hi + Math.log(e3 + e4));
    if (grad) {
      const w4 = e4 / (e3 + e4);
      const w3 = 1 - w4;
      dr += n * (t.dr - w3 * lnAT - w4 * lnAt);
      dAlpha += n * (r / alpha - (w3 * rx) / (alpha + d.T[i]) - (w4 * rx) / (alpha + d.tx[i]));
      da += n * (t.da + w4 / a);
      db += n * (t.db - w4 / (b + x));
    }
  }
  if (grad) {
    grad[0] = dr * r;
    grad[1] = dAlpha * alpha;
    grad[2] = da * a;
    grad[3] = db * b;
  }
  return ll;
}

export function fitMbgNbdRows(d: CustomerRows, onIteration?: OnIteration): FitResult<MbgNbdParams> {
  let repeaters = 0;
  let meanT = 0;
  for (let i = 0; i < d.x.length; i++) {
    if (d.x[i] > 0) repeaters += d.count[i];
    meanT += (d.T[i] * d.count[i]) / d.customers;
  }
  if (repeaters === 0) throw numError(m.noRepeat());
  const start = [0, Math.log(Math.max(meanT, 1e-6)), 0, 0];
  return fitOnLogScale(MBGNBD, (p, g) => mbgnbdLogLik(p, d, g), d.customers, start, onIteration);
}

export function fitMbgNbd(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, options: FitOptions = {}): FitResult<MbgNbdParams> {
  return fitMbgNbdRows(groupCustomers(x, tx, T, options.rows), options.onIteration);
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^{r+x}), also for x = 0: a customer
 * who never came back may have left right after his first purchase. At T = 0 it is b/(a+b).
 */
export function mbgnbdPAlive(p: MbgNbdParams, x: number, tx: number, T: number): number {
  checkCustomer(x, tx, T);
  const lnRatio = (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(Math.log(p.a) - Math.log(p.b + x) + lnRatio));
}

/**
 * E[Y(t) | x, t_x, T] = (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^{r+x} 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))] · P(alive)
 * (Batislam et al. 2007): alive, the customer has p ~ Beta(a, b+x+1) and λ ~ Gamma(r+x, α+T),
 * and buys as a new BG/NBD customer would with those. The (a − 1) cancels analytically at a = 1;
 * there the value is the mean of the two sides.
 */
export function mbgnbdExpected(p: MbgNbdParams, t: number, x: number, tx: number, T: number): number {
  requireAtLeast('t', t, 0);
  checkCustomer(x, tx, T);
  return mbgnbdCurve(p, x, tx, T)(t);
}

/** E[Y(t)] of one customer as a function of t, with P(alive) and the 2F1's set-up computed once. */
export function mbgnbdCurve(p: MbgNbdParams, x: number, tx: number, T: number): (t: number) => number {
  if (Math.abs(p.a - 1) < 1e-7) {
    const hi = mbgnbdCurve({ ...p, a: 1 + 1e-6 }, x, tx, T);
    const lo = mbgnbdCurve({ ...p, a: 1 - 1e-6 }, x, tx, T);
    return (t) => (hi(t) + lo(t)) / 2;
  }
  const { r, alpha, a, b } = p;
  const rx = r + x;
  const f = prepareHyp2f1(rx, b + x + 1, a + b + x);
  const lead = (a + b + x) / (a - 1);
  const alive = mbgnbdPAlive(p, x, tx, T);
  return (t) => {
    if (t === 0) return 0;
    const head = lead * (1 - Math.exp(rx * (Math.log(alpha + T) - Math.log(alpha + T + t))) * f(t / (alpha + T + t), (alpha + T) / (alpha + T + t)));
    return head * alive;
  };
}
