import { requireAtLeast, requireInteger } from '../args';
import { numError } from '../errors';
import type { OnIteration } from '../numeric/minimize';
import { lnIntegral } from '../numeric/quadrature';
import { gammaln, prepareHyp2f1 } from '../numeric/special';
import { checkCustomer, CustomerRows, groupCustomers } from './customer-data';
import { type FitOptions, fitOnLogScale, type FitResult, withNumericalGradient } from './fit';
import { modelMessages as m } from './messages';
import { parameterOrder } from './parameter-order';

/**
 * The Pareto/NBD model of Schmittlein, Morrison & Colombo (1987), "Counting your customers:
 * who are they and what will they do next?", Management Science 33(1): while alive a customer
 * buys at a Poisson rate λ ~ Gamma(r, α) and dies at an exponential time of rate μ ~ Gamma(s, β).
 * The likelihood and P(alive) follow Fader, Hardie & Lee (2005), "A note on deriving the
 * Pareto/NBD model and related expressions" (FHL note), which writes the integral over the
 * death time with 2F1 in the form whose argument uses the larger of α and β, so it stays in
 * [0, 1) and never needs analytic continuation.
 */
export interface PnbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** The order of the fitted row (CRM.PNBD.FIT): r, alpha, s, beta, then the log-likelihood. */
export const PNBD = parameterOrder<PnbdParams>('Pareto/NBD', ['r', 'alpha', 's', 'beta']);

/**
 * ln A0 of the FHL note (eq. 19–20): A0 = ∫_{t_x}^{T} μ-weighted death density, written as
 * F(z(t_x))/(m+t_x)^{r+s+x} − F(z(T))/(m+T)^{r+s+x} with m = max(α, β), z(y) = |α−β|/(m+y),
 * F = 2F1(r+s+x, s+1; r+s+x+1; ·) when α ≥ β and 2F1(r+s+x, r+x; r+s+x+1; ·) otherwise.
 * The difference is taken in logarithms (expm1), so a customer seen a long time keeps digits.
 */
function lnA0(p: PnbdParams, x: number, tx: number, T: number, f = a0Hyp2f1(p, x)): number {
  const { r, alpha, s, beta } = p;
  const rsx = r + s + x;
  const m = Math.max(alpha, beta);
  const d = Math.abs(alpha - beta);
  const at = (y: number) => Math.log(f(d / (m + y), (Math.min(alpha, beta) + y) / (m + y))) - rsx * Math.log(m + y);
  const b1 = at(tx);
  const b2 = at(T);
  return b1 + Math.log(-Math.expm1(b2 - b1));
}

/** The 2F1 of A0 for frequency x, prepared once (its gamma factors) for every row with that x. */
function a0Hyp2f1(p: PnbdParams, x: number): (z: number, w: number) => number {
  const rsx = p.r + p.s + x;
  return prepareHyp2f1(rsx, p.alpha >= p.beta ? p.s + 1 : p.r + x, rsx + 1);
}

/** ln L of one customer (FHL note eq. 22), with the x-only terms added by the caller. */
function lnLikelihoodRest(p: PnbdParams, x: number, tx: number, T: number, f: (z: number, w: number) => number): number {
  const { r, alpha, s, beta } = p;
  const a1 = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const a2 = Math.log(s / (r + s + x)) + lnA0(p, x, tx, T, f);
  const hi = Math.max(a1, a2);
  return hi + Math.log(Math.exp(a1 - hi) + Math.exp(a2 - hi));
}

/**
 * Log-likelihood summed over grouped rows (FHL note eq. 22; BTYD's pnbd.LL):
 * L = Γ(r+x) α^r β^s / Γ(r) · [1/((α+T)^{r+x} (β+T)^s) + s/(r+s+x) · A0].
 * The x! of the Poisson terms is left out, as in the published values.
 */
export function pnbdLogLik(p: PnbdParams, d: CustomerRows): number {
  const head = p.r * Math.log(p.alpha) + p.s * Math.log(p.beta) - gammaln(p.r);
  const perX = new Map<number, { lg: number; f: (z: number, w: number) => number }>();
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i];
    let q = perX.get(x);
    if (!q) perX.set(x, (q = { lg: gammaln(p.r + x), f: a0Hyp2f1(p, x) }));
    ll += d.count[i] * (head + q.lg + lnLikelihoodRest(p, x, d.tx[i], d.T[i], q.f));
  }
  return ll;
}

export function fitPnbdRows(d: CustomerRows, onIteration?: OnIteration): FitResult<PnbdParams> {
  let repeaters = 0;
  let meanT = 0;
  for (let i = 0; i < d.x.length; i++) {
    if (d.x[i] > 0) repeaters += d.count[i];
    meanT += (d.T[i] * d.count[i]) / d.customers;
  }
  if (repeaters === 0) throw numError(m.noRepeat());
  // Start: one purchase and one expected lifetime per mean time observed.
  const lnT = Math.log(Math.max(meanT, 1e-6));
  const start = [0, lnT, 0, lnT];
  return fitOnLogScale(
    PNBD,
    withNumericalGradient(PNBD, (p) => pnbdLogLik(p, d)),
    d.customers,
    start,
    onIteration,
  );
}

export function fitPnbd(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, options: FitOptions = {}): FitResult<PnbdParams> {
  return fitPnbdRows(groupCustomers(x, tx, T, options.rows), options.onIteration);
}

/**
 * P(alive | x, t_x, T) (FHL note eq. 24; Schmittlein et al. eq. 11):
 * 1 / (1 + s/(r+s+x) · (α+T)^{r+x} (β+T)^s · A0). A customer observed for no time is alive.
 */
export function pnbdPAlive(p: PnbdParams, x: number, tx: number, T: number): number {
  checkCustomer(x, tx, T);
  if (T === 0) return 1;
  const { r, alpha, s, beta } = p;
  const ln = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + lnA0(p, x, tx, T);
  return 1 / (1 + Math.exp(ln));
}

/**
 * E[Y(t) | x, t_x, T] (Schmittlein et al. eq. 22; FHL note eq. 27):
 * (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^{s−1}] · P(alive).
 * At s = 1 the bracket over (s − 1) is ln((β+T+t)/(β+T)); expm1 carries it smoothly there.
 */
export function pnbdExpected(p: PnbdParams, t: number, x: number, tx: number, T: number): number {
  requireAtLeast('t', t, 0);
  return pnbdCurve(p, x, tx, T)(t);
}

/** E[Y(t)] of one customer as a function of t, with P(alive) (its costly part, a 2F1) computed once. */
export function pnbdCurve(p: PnbdParams, x: number, tx: number, T: number): (t: number) => number {
  const alive = pnbdPAlive(p, x, tx, T);
  const { r, alpha, s, beta } = p;
  const k = s - 1;
  const lead = ((r + x) * (beta + T)) / (alpha + T);
  return (t) => {
    const L = Math.log1p(t / (beta + T));
    const growth = Math.abs(k * L) < 1e-12 ? L : -Math.expm1(-k * L) / k;
    return lead * growth * alive;
  };
}

/**
 * P(X(t) = n) for a customer just acquired (Fader & Hardie 2006, "Deriving an expression for
 * P(X(t) = x) under the Pareto/NBD model"; BTYD's pnbd.pmf): alive at t with n purchases,
 * Γ(r+n)/(Γ(r) n!) (α/(α+t))^r (t/(α+t))^n (β/(β+t))^s, plus dead at some τ < t after n
 * purchases, ∫_0^t NBD(n; τ) · sβ^s/(β+τ)^{s+1} dτ. The note writes that integral with one 2F1
 * per purchase count i ≤ n and a difference that cancels badly for large n; here it is
 * integrated numerically instead, after u = τ/(α+τ):
 * Γ(r+n)/(Γ(r) n!) s α β^s ∫_0^{t/(α+t)} u^n (1−u)^{r+s−1} (β + (α−β)u)^{−(s+1)} du.
 */
export function pnbdPmf(p: PnbdParams, t: number, n: number): number {
  requireAtLeast('t', t, 0);
  requireInteger('n', requireAtLeast('n', n, 0));
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, s, beta } = p;
  const lnCount = gammaln(r + n) - gammaln(r) - gammaln(n + 1);
  const alive = Math.exp(lnCount + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t)) + s * Math.log(beta / (beta + t)));
  const lnDeath = lnIntegral(
    (u) => (n === 0 ? 0 : n * Math.log(u)) + (r + s - 1) * Math.log1p(-u) - (s + 1) * Math.log(beta + (alpha - beta) * u),
    t / (alpha + t),
  );
  const dead = Math.exp(lnCount + Math.log(s) + Math.log(alpha) + s * Math.log(beta) + lnDeath);
  return alive + dead;
}
