import { requireAtLeast, requireInteger } from '../args';
import { numError, type Text } from '../errors';
import { messages } from '../messages';
import { betaln, digamma, gammaln } from '../numeric/special';
import { type FitOptions, fitOnLogScale, type FitResult } from './fit';
import { modelMessages as m } from './messages';
import { parameterOrder } from './parameter-order';

/**
 * The BG/BB model of Fader, Hardie & Shang (2010), "Customer-base analysis in a discrete-time
 * noncontractual setting", Marketing Science 29(6): at each of n transaction opportunities an
 * active customer transacts with probability p ~ Beta(α, β); before each opportunity he drops
 * out for good with probability θ ~ Beta(γ, δ). A history is (x, t_x, n): x transactions, the
 * last at opportunity t_x (0 when none), out of n. Equation numbers below are the paper's.
 */
export interface BgBbParams {
  alpha: number;
  beta: number;
  gamma: number;
  delta: number;
}

/** The order of the fitted row (CRM.BGBB.FIT): alpha, beta, gamma, delta, then the log-likelihood. */
export const BGBB = parameterOrder<BgBbParams>('BG/BB', ['alpha', 'beta', 'gamma', 'delta']);

const bgbbMessages = {
  recencyAboveN: (recency: number, n: number): Text => ({
    en: `recency (${recency}) cannot exceed n (${n}), the number of opportunities.`,
    zh: `recency（${recency}）不能大于 n（${n}），即交易机会数。`,
  }),
  frequencyAboveRecency: (x: number, recency: number): Text => ({
    en: `frequency (${x}) cannot exceed recency (${recency}): at most one transaction per opportunity, the last at opportunity recency.`,
    zh: `frequency（${x}）不能大于 recency（${recency}）：每次机会至多一次交易，最后一次在第 recency 次机会。`,
  }),
  noCounts: (): Text => ({ en: 'Every count is 0: no customer to fit.', zh: '所有 counts 均为 0：没有可拟合的客户。' }),
};

/** Why no customer can have this discrete-time history, or null when one can. */
export function bgbbProblem(x: number, tx: number, n: number): Text | null {
  for (const [name, v] of [
    ['frequency', x],
    ['recency', tx],
    ['n', n],
  ] as const) {
    if (!(v >= 0)) return messages.mustBeAtLeast(name, 0, v);
    if (!Number.isInteger(v)) return messages.mustBeInteger(name, v);
  }
  if (tx > n) return bgbbMessages.recencyAboveN(tx, n);
  if (x > tx) return bgbbMessages.frequencyAboveRecency(x, tx);
  if (x === 0 && tx !== 0) return m.recencyWithoutRepeat(tx);
  return null;
}

export function checkBgbbCustomer(x: number, tx: number, n: number): void {
  const problem = bgbbProblem(x, tx, n);
  if (problem) throw numError(problem);
}

/** Distinct (x, t_x, n) rows with the number of customers sharing each. */
export interface BgBbRows {
  x: number[];
  tx: number[];
  n: number[];
  count: number[];
  customers: number;
}

/**
 * Checks every row and groups identical ones; `counts` (optional) says how many customers a
 * row stands for (a whole number ≥ 0), as in the paper's table of the donations data. Rows
 * with n = 0 are left out after the check: nothing can be observed in no opportunity, so
 * their likelihood is 1 and they change neither the likelihood nor its optimum.
 */
export function groupBgbb(x: ArrayLike<number>, tx: ArrayLike<number>, n: ArrayLike<number>, counts?: ArrayLike<number>, rows?: ArrayLike<number>): BgBbRows {
  if (x.length === 0) throw numError(m.noCustomers());
  const index = new Map<string, number>();
  const out: BgBbRows = { x: [], tx: [], n: [], count: [], customers: 0 };
  let given = 0;
  for (let i = 0; i < x.length; i++) {
    const row = rows ? rows[i] : i + 1;
    const problem = bgbbProblem(x[i], tx[i], n[i]);
    if (problem) throw numError(m.rowValue(row, problem));
    const c = counts ? counts[i] : 1;
    if (!(c >= 0)) throw numError(m.rowValue(row, messages.mustBeAtLeast('counts', 0, c)));
    if (!Number.isInteger(c)) throw numError(m.rowValue(row, messages.mustBeInteger('counts', c)));
    given += c;
    if (c === 0 || n[i] === 0) continue;
    const key = `${x[i]},${tx[i]},${n[i]}`;
    const at = index.get(key);
    if (at !== undefined) out.count[at] += c;
    else {
      index.set(key, out.x.length);
      out.x.push(x[i]);
      out.tx.push(tx[i]);
      out.n.push(n[i]);
      out.count.push(c);
    }
    out.customers += c;
  }
  if (given === 0) throw numError(bgbbMessages.noCounts());
  return out;
}

/** ln of the terms of eq. 5 for one history: the "alive through n" term first, then one per possible death time. */
function likelihoodTerms(p: BgBbParams, x: number, tx: number, n: number, lnBab: number, lnBgd: number): number[] {
  const { alpha, beta, gamma, delta } = p;
  const terms = [betaln(alpha + x, beta + n - x) - lnBab + betaln(gamma, delta + n) - lnBgd];
  for (let i = 0; i <= n - tx - 1; i++) terms.push(betaln(alpha + x, beta + tx - x + i) - lnBab + betaln(gamma + 1, delta + tx + i) - lnBgd);
  return terms;
}

function logSumExp(v: readonly number[]): number {
  const top = Math.max(...v);
  let s = 0;
  for (const t of v) s += Math.exp(t - top);
  return top + Math.log(s);
}

/**
 * Log-likelihood (eq. 5) summed over grouped rows. With `grad`, also fills
 * ∂/∂(ln α, ln β, ln γ, ln δ): each term is a product of two beta-function ratios, whose
 * derivatives are differences of digammas, and ln L weighs them by each term's share of L.
 */
export function bgbbLogLik(p: BgBbParams, d: BgBbRows, grad?: number[]): number {
  const { alpha, beta, gamma, delta } = p;
  const lnBab = betaln(alpha, beta);
  const lnBgd = betaln(gamma, delta);
  const psiAB = digamma(alpha + beta);
  const psiGD = digamma(gamma + delta);
  const base = grad ? [digamma(alpha) - psiAB, digamma(beta) - psiAB, digamma(gamma) - psiGD, digamma(delta) - psiGD] : [0, 0, 0, 0];
  // ∂ ln B(α + u, β + v) and ∂ ln B(γ + g, δ + w), cached: the same arguments recur across rows.
  const abCache = new Map<number, [number, number]>();
  const gdCache = new Map<number, [number, number]>();
  const dAB = (u: number, v: number) => {
    const key = u * 1e6 + v;
    let r = abCache.get(key);
    if (!r) {
      const psi = digamma(alpha + beta + u + v);
      abCache.set(key, (r = [digamma(alpha + u) - psi, digamma(beta + v) - psi]));
    }
    return r;
  };
  const dGD = (g: number, w: number) => {
    const key = g * 1e6 + w;
    let r = gdCache.get(key);
    if (!r) {
      const psi = digamma(gamma + delta + g + w);
      gdCache.set(key, (r = [digamma(gamma + g) - psi, digamma(delta + w) - psi]));
    }
    return r;
  };
  let ll = 0;
  const g4 = [0, 0, 0, 0];
  for (let r = 0; r < d.x.length; r++) {
    const x = d.x[r];
    const tx = d.tx[r];
    const n = d.n[r];
    const c = d.count[r];
    const terms = likelihoodTerms(p, x, tx, n, lnBab, lnBgd);
    const lnL = logSumExp(terms);
    ll += c * lnL;
    if (grad) {
      for (let j = 0; j < terms.length; j++) {
        const w = c * Math.exp(terms[j] - lnL);
        const ab = j === 0 ? dAB(x, n - x) : dAB(x, tx - x + j - 1);
        const gd = j === 0 ? dGD(0, n) : dGD(1, tx + j - 1);
        g4[0] += w * (ab[0] - base[0]);
        g4[1] += w * (ab[1] - base[1]);
        g4[2] += w * (gd[0] - base[2]);
        g4[3] += w * (gd[1] - base[3]);
      }
    }
  }
  if (grad) {
    grad[0] = g4[0] * alpha;
    grad[1] = g4[1] * beta;
    grad[2] = g4[2] * gamma;
    grad[3] = g4[3] * delta;
  }
  return ll;
}

export function fitBgBbRows(d: BgBbRows, onIteration?: FitOptions['onIteration']): FitResult<BgBbParams> {
  if (d.customers === 0) throw numError(m.noCustomers());
  if (!d.x.some((x, i) => x > 0 && d.count[i] > 0)) throw numError(m.noRepeat());
  // Start: every parameter 1, uniform mixing distributions for both p and θ.
  return fitOnLogScale(BGBB, (q, g) => bgbbLogLik(q, d, g), d.customers, [0, 0, 0, 0], onIteration);
}

export function fitBgBb(
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  n: ArrayLike<number>,
  counts?: ArrayLike<number>,
  options: FitOptions = {},
): FitResult<BgBbParams> {
  return fitBgBbRows(groupBgbb(x, tx, n, counts, options.rows), options.onIteration);
}

/** P(alive at opportunity n + 1 | x, t_x, n), eq. 11. */
export function bgbbPAlive(p: BgBbParams, x: number, tx: number, n: number): number {
  checkBgbbCustomer(x, tx, n);
  const lnBab = betaln(p.alpha, p.beta);
  const lnBgd = betaln(p.gamma, p.delta);
  const lnL = logSumExp(likelihoodTerms(p, x, tx, n, lnBab, lnBgd));
  return Math.exp(betaln(p.alpha + x, p.beta + n - x) - lnBab + betaln(p.gamma, p.delta + n + 1) - lnBgd - lnL);
}

/**
 * Σ_{m=n+1}^{n+n*} B(γ, δ + m) / B(γ, δ): the expected number of the next n* opportunities
 * at which a customer alive at n is still alive, times P(alive at n). Summed in closed form,
 * since Γ(δ+m)/Γ(γ+δ+m) telescopes: (γ−1)·Γ(δ+m)/Γ(γ+δ+m) = Γ(δ+m)/Γ(γ+δ+m−1) − Γ(δ+m+1)/Γ(γ+δ+m)
 * (the bracket of eq. 13). At γ = 1 both sides vanish; there Δ/(γ − 1) is a digamma difference.
 */
function aliveOpportunities(gamma: number, delta: number, n: number, nStar: number): number {
  if (nStar === 0) return 0;
  const f = (k: number) => gammaln(delta + k + 1) - gammaln(gamma + delta + k);
  const lead = gammaln(gamma + delta) - gammaln(delta) + f(n);
  const eps = gamma - 1;
  const delta1 = f(n + nStar) - f(n);
  let ratio: number;
  if (Math.abs(eps) > 1e-4) ratio = delta1 / eps;
  else {
    // Midpoint rule for the derivative in γ of the ln Γ differences: error O(ε²).
    const mid = 1 + eps / 2;
    ratio = -(digamma(mid + delta + n + nStar) - digamma(mid + delta + n));
  }
  const expm1Over = delta1 === 0 ? 1 : Math.expm1(delta1) / delta1;
  return -Math.exp(lead) * expm1Over * ratio;
}

/** E[X(n, n + n*) | x, t_x, n], eq. 13: expected transactions in the next n* opportunities. */
export function bgbbExpected(p: BgBbParams, nStar: number, x: number, tx: number, n: number): number {
  requireInteger('t', requireAtLeast('t', nStar, 0));
  checkBgbbCustomer(x, tx, n);
  const lnBab = betaln(p.alpha, p.beta);
  const lnBgd = betaln(p.gamma, p.delta);
  const lnL = logSumExp(likelihoodTerms(p, x, tx, n, lnBab, lnBgd));
  const buy = Math.exp(betaln(p.alpha + x + 1, p.beta + n - x) - lnBab - lnL);
  return buy * aliveOpportunities(p.gamma, p.delta, n, nStar);
}

/** E[X(n)] of a new customer, eq. 8: transactions in his first n opportunities. */
export function bgbbUnconditional(p: BgBbParams, n: number): number {
  requireInteger('t', requireAtLeast('t', n, 0));
  return (p.alpha / (p.alpha + p.beta)) * aliveOpportunities(p.gamma, p.delta, 0, n);
}

/**
 * P(X(n) = x) for a new customer, eq. 7: transactions in his first n opportunities. Outside
 * 0…n the probability is 0.
 */
export function bgbbPmf(p: BgBbParams, n: number, x: number): number {
  requireInteger('t', requireAtLeast('t', n, 0));
  requireInteger('k', requireAtLeast('k', x, 0));
  if (x > n) return 0;
  const { alpha, beta, gamma, delta } = p;
  const lnBab = betaln(alpha, beta);
  const lnBgd = betaln(gamma, delta);
  const lnChoose = (a: number, b: number) => gammaln(a + 1) - gammaln(b + 1) - gammaln(a - b + 1);
  const terms = [lnChoose(n, x) + betaln(alpha + x, beta + n - x) - lnBab + betaln(gamma, delta + n) - lnBgd];
  for (let i = x; i <= n - 1; i++) terms.push(lnChoose(i, x) + betaln(alpha + x, beta + i - x) - lnBab + betaln(gamma + 1, delta + i) - lnBgd);
  return Math.exp(logSumExp(terms));
}
