import { numError } from '../errors';
import type { OnIteration } from '../numeric/minimize';
import { betaln, digamma, gammaln, prepareHyp2f1 } from '../numeric/special';
import { requireAtLeast } from '../args';
import { checkCustomer, CustomerRows, groupCustomers } from './customer-data';
import { type FitOptions, fitOnLogScale, type FitResult } from './fit';
import { modelMessages as m } from './messages';
import { parameterOrder } from './parameter-order';

/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2): while active a customer buys
 * at a Poisson rate λ ~ Gamma(r, α); after each purchase he drops out with probability
 * p ~ Beta(a, b). Equation numbers below are the paper's.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** The order of the fitted row (CRM.BGNBD.FIT): r, alpha, a, b, then the log-likelihood. */
export const BGNBD = parameterOrder<BgNbdParams>('BG/NBD', ['r', 'alpha', 'a', 'b']);

/**
 * Log-likelihood (eq. 6) summed over grouped rows, written as in the paper's appendix:
 * ln L = A1 + A2 + ln(e^{A3} + δ_{x>0} e^{A4}). With `grad`, also fills ∂/∂(ln r, ln α, ln a, ln b).
 */
export function bgnbdLogLik(p: BgNbdParams, d: CustomerRows, grad?: number[]): number {
  const { r, alpha, a, b } = p;
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const gr = gammaln(r);
  const bab = betaln(a, b);
  const psiR = grad ? digamma(r) : 0;
  const psiAB = grad ? digamma(a + b) : 0;
  const psiB = grad ? digamma(b) : 0;
  // Everything that depends on x alone is computed once per distinct frequency.
  const perX = new Map<number, { A12: number; dr: number; da: number; db: number }>();
  const termsOf = (x: number) => {
    let t = perX.get(x);
    if (!t) {
      const A12 = gammaln(r + x) - gr + r * lnAlpha + betaln(a, b + x) - bab;
      const psiABx = grad ? digamma(a + b + x) : 0;
      t = grad ? { A12, dr: digamma(r + x) - psiR + lnAlpha, da: psiAB - psiABx, db: psiAB + digamma(b + x) - psiB - psiABx } : { A12, dr: 0, da: 0, db: 0 };
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
    const A3 = -rx * lnAT;
    let lse: number;
    let w4 = 0;
    let lnAt = 0;
    if (x > 0) {
      lnAt = Math.log(alpha + d.tx[i]);
      const A4 = lnA - Math.log(b + x - 1) - rx * lnAt;
      // ln(e^A3 + e^A4) without overflow.
      const diff = A4 - A3;
      if (diff > 0) {
        const e = Math.exp(-diff);
        lse = A4 + Math.log1p(e);
        w4 = 1 / (1 + e);
      } else {
        const e = Math.exp(diff);
        lse = A3 + Math.log1p(e);
        w4 = e / (1 + e);
      }
    } else lse = A3;
    ll += n * (t.A12 + lse);
    if (grad) {
      const w3 = 1 - w4;
      dr += n * (t.dr - w3 * lnAT - w4 * lnAt);
      dAlpha += n * (r / alpha - (w3 * rx) / (alpha + d.T[i]) - (x > 0 ? (w4 * rx) / (alpha + d.tx[i]) : 0));
      da += n * (t.da + (x > 0 ? w4 / a : 0));
      db += n * (t.db - (x > 0 ? w4 / (b + x - 1) : 0));
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

export function fitBgNbdRows(d: CustomerRows, onIteration?: OnIteration): FitResult<BgNbdParams> {
  let repeaters = 0;
  let meanT = 0;
  for (let i = 0; i < d.x.length; i++) {
    if (d.x[i] > 0) repeaters += d.count[i];
    meanT += (d.T[i] * d.count[i]) / d.customers;
  }
  if (repeaters === 0) throw numError(m.noRepeat());
  // Start: one purchase per mean customer lifetime so far, an even-odds dropout.
  const start = [0, Math.log(Math.max(meanT, 1e-6)), 0, 0];
  return fitOnLogScale(BGNBD, (p, g) => bgnbdLogLik(p, d, g), d.customers, start, onIteration);
}

export function fitBgNbd(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, options: FitOptions = {}): FitResult<BgNbdParams> {
  return fitBgNbdRows(groupCustomers(x, tx, T, options.rows), options.onIteration);
}

/** P(alive | x, t_x, T), eq. 12: 1 for a customer with no repeat purchase. */
export function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  checkCustomer(x, tx, T);
  if (x === 0) return 1;
  const lnRatio = (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(Math.log(p.a) - Math.log(p.b + x - 1) + lnRatio));
}

/**
 * E[Y(t) | x, t_x, T], eq. 10: expected purchases in the next t periods of a customer with
 * this history. The (a − 1) in the denominator cancels analytically at a = 1; there the value
 * is the mean of the two sides.
 */
export function expectedPurchases(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  requireAtLeast('t', t, 0);
  checkCustomer(x, tx, T);
  return purchasesCurve(p, x, tx, T)(t);
}

/**
 * E[Y(t)] of one customer as a function of t, with everything that does not depend on t
 * computed once. The history is taken as checked (expectedPurchases and clvBgNbd check it).
 */
export function purchasesCurve(p: BgNbdParams, x: number, tx: number, T: number): (t: number) => number {
  if (Math.abs(p.a - 1) < 1e-7) {
    const hi = purchasesCurve({ ...p, a: 1 + 1e-6 }, x, tx, T);
    const lo = purchasesCurve({ ...p, a: 1 - 1e-6 }, x, tx, T);
    return (t) => (hi(t) + lo(t)) / 2;
  }
  const head = purchasesHead(p, x, T);
  const divisor = 1 + purchasesTail(p, x, tx, T);
  return (t) => head(t) / divisor;
}

/**
 * The part of E[Y(t)] that depends on x, T and t but not on t_x (FHL 2005 eq. 10's numerator):
 * E[Y(t)] = head(t) / (1 + tail). Customers with the same x and T share it, which a spilled CLV
 * column uses. Needs a ≠ 1 (purchasesCurve handles a = 1).
 */
export function purchasesHead(p: BgNbdParams, x: number, T: number): (t: number) => number {
  const { r, alpha, a, b } = p;
  const rx = r + x;
  const f = prepareHyp2f1(rx, b + x, a + b + x - 1);
  const lead = (a + b + x - 1) / (a - 1);
  return (t) => {
    if (t === 0) return 0;
    // z = t/(α+T+t) and its complement from the inputs: near z = 1, 1 − z would lose digits.
    return lead * (1 - Math.exp(rx * (Math.log(alpha + T) - Math.log(alpha + T + t))) * f(t / (alpha + T + t), (alpha + T) / (alpha + T + t)));
  };
}

/** The t_x-dependent term of E[Y(t)]'s denominator: δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^{r+x}. */
export function purchasesTail(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  return x > 0 ? (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))) : 0;
}
