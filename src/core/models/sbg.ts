import { requireAtLeast, requireInteger } from '../args';
import { numError } from '../errors';
import { betaln, digamma, prepareHyp2f1 } from '../numeric/special';
import { type FitOptions, fitOnLogScale, type FitResult } from './fit';
import { modelMessages as m } from './messages';
import { parameterOrder } from './parameter-order';

/**
 * The shifted-beta-geometric model of contractual churn (Fader & Hardie 2007, "How to project
 * customer retention", Journal of Interactive Marketing 21(1)): each customer renews every
 * period with his own probability 1 − θ, θ ~ Beta(α, β) across the cohort.
 * P(T = t) = B(α + 1, β + t − 1) / B(α, β); S(t) = B(α, β + t) / B(α, β).
 */
export interface SbgParams {
  alpha: number;
  beta: number;
}

/** The order of the fitted row (CRM.SBG.FIT): alpha, beta, then the log-likelihood. */
export const SBG = parameterOrder<SbgParams>('sBG', ['alpha', 'beta']);

/** S(t), the share of a cohort still active after t periods (eq. 4 of the paper). */
export function sbgSurvival(p: SbgParams, t: number): number {
  requireInteger('t', requireAtLeast('t', t, 0));
  return Math.exp(betaln(p.alpha, p.beta + t) - betaln(p.alpha, p.beta));
}

/** r(t) = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1), t ≥ 1 (eq. 6). */
export function sbgRetention(p: SbgParams, t: number): number {
  // Period 0 is the cohort itself: nobody has had a chance to renew.
  requireInteger('t', requireAtLeast('t', t, 1));
  return (p.beta + t - 1) / (p.alpha + p.beta + t - 1);
}

/**
 * Log-likelihood of survivor counts n_0 ≥ n_1 ≥ … ≥ n_k (eq. 5): those lost in period t
 * contribute ln P(T = t), those still active at k contribute ln S(k). With `grad`,
 * ∂/∂(ln α, ln β).
 */
export function sbgLogLik(p: SbgParams, alive: readonly number[], grad?: number[]): number {
  const { alpha, beta } = p;
  const b0 = betaln(alpha, beta);
  const psiAB = digamma(alpha + beta);
  const psiA = digamma(alpha);
  const psiB = digamma(beta);
  let ll = 0;
  let da = 0;
  let db = 0;
  for (let t = 1; t < alive.length; t++) {
    const lost = alive[t - 1] - alive[t];
    if (lost > 0) {
      // ln P(T=t) = ln B(α+1, β+t−1) − ln B(α, β)
      ll += lost * (betaln(alpha + 1, beta + t - 1) - b0);
      if (grad) {
        const psiTot = digamma(alpha + beta + t);
        da += lost * (digamma(alpha + 1) - psiTot - psiA + psiAB);
        db += lost * (digamma(beta + t - 1) - psiTot - psiB + psiAB);
      }
    }
  }
  const k = alive.length - 1;
  const last = alive[k];
  if (last > 0) {
    ll += last * (betaln(alpha, beta + k) - b0);
    if (grad) {
      const psiTot = digamma(alpha + beta + k);
      da += last * (psiA - psiTot - psiA + psiAB);
      db += last * (digamma(beta + k) - psiTot - psiB + psiAB);
    }
  }
  if (grad) {
    grad[0] = da * alpha;
    grad[1] = db * beta;
  }
  return ll;
}

/** Checks survivor counts: a cohort, then non-increasing non-negative counts, some churn, some survival. */
export function checkAlive(alive: readonly number[]): void {
  if (alive.length < 2) throw numError(m.aliveTooShort());
  if (!(alive[0] > 0))
    throw numError({
      en: `The first value of alive is the cohort size and must be positive; got ${alive[0]}.`,
      zh: `alive 的第一个值为期初客户数，必须为正数；当前为 ${alive[0]}。`,
    });
  for (let t = 1; t < alive.length; t++) {
    if (alive[t] < 0)
      throw numError({ en: `alive cannot be negative; value ${t + 1} is ${alive[t]}.`, zh: `alive 不能为负数；第 ${t + 1} 个值为 ${alive[t]}。` });
    if (alive[t] > alive[t - 1]) throw numError(m.aliveIncreases(t));
  }
  if (alive[alive.length - 1] === alive[0]) throw numError(m.aliveNoChurn());
}

export function fitSbg(alive: readonly number[], options: Pick<FitOptions, 'onIteration'> = {}): FitResult<SbgParams> {
  checkAlive(alive);
  if (alive[1] === 0) throw numError(m.aliveAllGone());
  return fitOnLogScale(SBG, (p, g) => sbgLogLik(p, alive, g), alive[0], [0, 0], options.onIteration);
}

/**
 * Discounted expected lifetime of a new customer, Σ_{t≥0} S(t)/(1+d)^t = 2F1(1, β; α+β; 1/(1+d))
 * (Fader & Hardie 2010, "Customer-base valuation in a contractual setting: the perils of
 * ignoring heterogeneity", Marketing Science 29(1), eq. 5). Multiply by the margin per period.
 */
export function sbgDel(p: SbgParams, discount: number): number {
  // 2F1 at 1/(1 + d) > 1 diverges: a negative rate values a customer without bound.
  requireAtLeast('discount', discount, 0);
  const v = prepareHyp2f1(1, p.beta, p.alpha + p.beta)(1 / (1 + discount), discount / (1 + discount));
  if (!Number.isFinite(v)) throw numError(m.seriesDiverges('DEL'));
  return v;
}

/**
 * Discounted expected residual lifetime of a customer who has made n renewals,
 * Σ_{t≥n+1} [S(t)/S(n)] / (1+d)^{t−n−1} = (β+n)/(α+β+n) · 2F1(1, β+n+1; α+β+n+1; 1/(1+d))
 * (Fader & Hardie 2010, eq. 6, here with the next payment a period away).
 */
export function sbgDerl(p: SbgParams, discount: number, renewals: number): number {
  requireAtLeast('discount', discount, 0);
  requireInteger('renewals', requireAtLeast('renewals', renewals, 0));
  const n = renewals;
  const v = ((p.beta + n) / (p.alpha + p.beta + n)) * prepareHyp2f1(1, p.beta + n + 1, p.alpha + p.beta + n + 1)(1 / (1 + discount), discount / (1 + discount));
  if (!Number.isFinite(v)) throw numError(m.seriesDiverges('DERL'));
  return v;
}
