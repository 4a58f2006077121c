import { requireAtLeast, requireInteger } from '../args';
import { lnIntegral } from '../numeric/quadrature';
import { betaln, gammaln } from '../numeric/special';
import { type BgNbdParams, pAlive } from './bgnbd';
import { checkCustomer } from './customer-data';
import { mbgnbdPAlive, type MbgNbdParams } from './mbgnbd';

/**
 * How many purchases a customer makes in a window, for the BG/NBD family: the probability of
 * n purchases in (0, t] for a customer just acquired, and of none in the next t periods for a
 * customer with a history.
 */

/** ln P(N(t) = n) of purchases at a Gamma(r, α)-mixed Poisson rate that never stops (the NBD). */
function lnNbd(r: number, alpha: number, t: number, n: number): number {
  return gammaln(r + n) - gammaln(r) - gammaln(n + 1) + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t));
}

/**
 * P(N(t) ≥ n) for n ≥ 1: the regularized incomplete beta I_p(n, r), p = t/(α+t), integrated
 * numerically: a sum of the n terms below would cost n steps (and n is any whole number).
 */
function nbdAtLeast(r: number, alpha: number, t: number, n: number): number {
  const ln = lnIntegral((u) => (n - 1) * Math.log(u) + (r - 1) * Math.log1p(-u), t / (alpha + t)) - betaln(n, r);
  return Math.min(1, Math.exp(ln));
}

function checkWindow(t: number, n: number): void {
  requireAtLeast('t', t, 0);
  requireInteger('n', requireAtLeast('n', n, 0));
}

/**
 * BG/NBD, P(X(t) = n) for a new customer (Fader, Hardie & Lee 2005, eq. 8):
 * B(a, b+n)/B(a, b) · NBD(n) + δ_{n>0} B(a+1, b+n−1)/B(a, b) · P(N(t) ≥ n):
 * still active after n purchases, or gone right after the n-th, which came by t.
 */
export function bgnbdPmf(p: BgNbdParams, t: number, n: number): number {
  checkWindow(t, n);
  if (t === 0) return n === 0 ? 1 : 0;
  const active = Math.exp(betaln(p.a, p.b + n) - betaln(p.a, p.b) + lnNbd(p.r, p.alpha, t, n));
  return n === 0 ? active : active + Math.exp(betaln(p.a + 1, p.b + n - 1) - betaln(p.a, p.b)) * nbdAtLeast(p.r, p.alpha, t, n);
}

/**
 * MBG/NBD, P(X(t) = n) for a new customer: B(a, b+n+1)/B(a, b) · NBD(n) + B(a+1, b+n)/B(a, b) · P(N(t) ≥ n),
 * derived as BG/NBD's eq. 8 with one more chance to drop out (right after the first purchase);
 * n = 0 includes leaving at once.
 */
export function mbgnbdPmf(p: MbgNbdParams, t: number, n: number): number {
  checkWindow(t, n);
  if (t === 0) return n === 0 ? 1 : 0;
  const active = Math.exp(betaln(p.a, p.b + n + 1) - betaln(p.a, p.b) + lnNbd(p.r, p.alpha, t, n));
  return active + Math.exp(betaln(p.a + 1, p.b + n) - betaln(p.a, p.b)) * (n === 0 ? 1 : nbdAtLeast(p.r, p.alpha, t, n));
}

/**
 * P(no purchase in (T, T+t] | x, t_x, T) = 1 − P(alive) + P(alive) · ((α+T)/(α+T+t))^{r+x}:
 * gone, or alive with λ ~ Gamma(r+x, α+T) and no Poisson event in t (in both models a customer
 * leaves only right after a purchase, so an alive one who buys nothing stays).
 */
function pZero(alive: number, r: number, alpha: number, t: number, x: number, T: number): number {
  requireAtLeast('t', t, 0);
  return 1 - alive + alive * Math.exp(-(r + x) * Math.log1p(t / (alpha + T)));
}

export function bgnbdPZero(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  checkCustomer(x, tx, T);
  return pZero(pAlive(p, x, tx, T), p.r, p.alpha, t, x, T);
}

export function mbgnbdPZero(p: MbgNbdParams, t: number, x: number, tx: number, T: number): number {
  checkCustomer(x, tx, T);
  return pZero(mbgnbdPAlive(p, x, tx, T), p.r, p.alpha, t, x, T);
}
