import { requireAtLeast, requireInteger } from '../args';
import { numError, valueError } from '../errors';
import { messages } from '../messages';
import { digamma, gammaln } from '../numeric/special';
import { type FitOptions, fitOnLogScale, type FitResult } from './fit';
import { modelMessages as m } from './messages';
import { parameterOrder } from './parameter-order';

/**
 * The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves
 * for customer base analysis", JMR 42(4); Fader & Hardie 2013, "The Gamma-Gamma model of
 * monetary value"): a customer's transactions are Gamma(p, ν) with ν ~ Gamma(q, γ) across
 * customers. Only the mean spend m of the x repeat transactions is needed.
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** The order of the fitted row (CRM.GG.FIT): p, q, gamma, then the log-likelihood. */
export const GAMMA_GAMMA = parameterOrder<GammaGammaParams>('Gamma-Gamma', ['p', 'q', 'gamma']);

/** The model needs a few repeat customers to say anything about spread across customers. */
export const MIN_REPEATERS = 2;

/**
 * ln L per customer: ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m + px ln x − (px+q) ln(γ + m x),
 * the density of the mean of x Gamma(p, ν) amounts with ν integrated out. With `grad`,
 * ∂/∂(ln p, ln q, ln γ).
 */
export function gammaGammaLogLik(par: GammaGammaParams, x: Float64Array, mean: Float64Array, grad?: number[]): number {
  const { p, q, gamma } = par;
  const lgq = gammaln(q);
  const lnG = Math.log(gamma);
  const psiQ = grad ? digamma(q) : 0;
  let ll = 0;
  let dp = 0;
  let dq = 0;
  let dg = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const mi = mean[i];
    const px = p * xi;
    const lnGM = Math.log(gamma + mi * xi);
    ll += gammaln(px + q) - gammaln(px) - lgq + q * lnG + (px - 1) * Math.log(mi) + px * Math.log(xi) - (px + q) * lnGM;
    if (grad) {
      const psiPQ = digamma(px + q);
      dp += xi * (psiPQ - digamma(px) + Math.log(mi) + Math.log(xi) - lnGM);
      dq += psiPQ - psiQ + lnG - lnGM;
      dg += q / gamma - (px + q) / (gamma + mi * xi);
    }
  }
  if (grad) {
    grad[0] = dp * p;
    grad[1] = dq * q;
    grad[2] = dg * gamma;
  }
  return ll;
}

/** Fits p, q, γ to customers with x > 0; customers with x = 0 carry no spend information and are skipped. */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>, options: FitOptions = {}): FitResult<GammaGammaParams> {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    const row = options.rows ? options.rows[i] : i + 1;
    const x = frequency[i];
    if (!(x >= 0) || !Number.isInteger(x)) throw numError(m.rowValue(row, m.frequencyNotCount(x)));
    if (x === 0) continue;
    if (!(monetary[i] > 0)) throw numError(m.monetaryNotPositive(row, monetary[i]));
    xs.push(x);
    ms.push(monetary[i]);
  }
  if (xs.length < MIN_REPEATERS) throw numError(m.tooFewRepeaters(xs.length, MIN_REPEATERS));
  const x = Float64Array.from(xs);
  const mean = Float64Array.from(ms);
  const avg = ms.reduce((s, v) => s + v, 0) * (1 / xs.length);
  // Start where the population mean spend p γ / (q − 1) equals the sample's: p = 1, q = 2, γ = mean.
  const start = [0, Math.log(2), Math.log(avg)];
  return fitOnLogScale(GAMMA_GAMMA, (p, g) => gammaGammaLogLik(p, x, mean, g), xs.length, start, options.onIteration);
}

/**
 * E[M | x, m̄] = (γ + m̄ x) p / (p x + q − 1): the customer's expected average transaction value,
 * a weighted mean of the population mean p γ / (q − 1) and his own average (Fader & Hardie 2013, eq. 5).
 */
export function expectedSpend(par: GammaGammaParams, x: number, mean: number): number {
  if (!(par.q > 1)) throw numError(m.qAtMostOne(par.q));
  return ((par.gamma + mean * x) * par.p) / (par.p * x + par.q - 1);
}

/**
 * The expected spend of one customer from his history: frequency a whole number ≥ 0; his mean
 * spend `monetary` is needed and must be positive when he has repeat purchases, and is ignored
 * (may be missing: null) when he has none, as he then has no mean spend of his own.
 */
export function customerSpend(par: GammaGammaParams, frequency: number, monetary: number | null): number {
  requireInteger('frequency', requireAtLeast('frequency', frequency, 0));
  if (frequency === 0) return expectedSpend(par, 0, 0);
  if (monetary === null) throw valueError(messages.blank('monetary'));
  if (!(monetary > 0)) throw numError(messages.mustBePositive('monetary', monetary));
  return expectedSpend(par, frequency, monetary);
}
