import type { FitResult } from './fit';
import type { NumberFields, ParameterOrder } from './parameter-order';

/**
 * What a fit's optional second row reports (like LINEST's stats): each parameter's standard
 * error, the information criteria, and how many parameters the data pin down only weakly.
 */
export interface FitStats {
  /** Standard errors in the order of the parameters; NaN where the curvature gives none. */
  se: number[];
  aic: number;
  bic: number;
  /** Parameters whose standard error exceeds WEAK_RELATIVE_SE of their estimate, or has none. */
  weak: number;
}

/**
 * A standard error above half the estimate: the data cannot tell the value from half or
 * one and a half times it (a 95 % interval of ±2 SE reaches zero). Then the parameter, and
 * whatever is computed from it, should be read with caution.
 */
export const WEAK_RELATIVE_SE = 0.5;

/** Log-scale step of the finite differences: small against the curvature, large against rounding of ln L. */
const STEP = 1e-3;

/**
 * The Hessian of ln L in the parameters' logarithms at the optimum, by central second
 * differences of the log-likelihood (numerical for every model: no model has its second
 * derivatives written out). Exact to O(STEP²) plus rounding of ln L / STEP².
 */
export function logScaleHessian(logLikAt: (v: readonly number[]) => number, v: readonly number[]): number[][] {
  const n = v.length;
  const at = (di: number, hi: number, dj: number, hj: number) => {
    const u = [...v];
    u[di] += hi;
    u[dj] += hj;
    return logLikAt(u);
  };
  const f0 = logLikAt(v);
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i][i] = (at(i, STEP, i, 0) - 2 * f0 + at(i, -STEP, i, 0)) / (STEP * STEP);
    for (let j = 0; j < i; j++) {
      const d = (at(i, STEP, j, STEP) - at(i, STEP, j, -STEP) - at(i, -STEP, j, STEP) + at(i, -STEP, j, -STEP)) / (4 * STEP * STEP);
      H[i][j] = d;
      H[j][i] = d;
    }
  }
  return H;
}

/** The inverse of a symmetric positive-definite matrix by Cholesky; null when it is not positive definite. */
export function inverseSpd(A: readonly (readonly number[])[]): number[][] | null {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i][i] = Math.sqrt(s);
      } else L[i][j] = s / L[j][j];
    }
  // A⁻¹ column by column: solve L y = e_k, then Lᵀ x = y.
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = i === k ? 1 : 0;
      for (let j = 0; j < i; j++) s -= L[i][j] * y[j];
      y[i] = s / L[i][i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      for (let j = i + 1; j < n; j++) s -= L[j][i] * inv[j][k];
      inv[i][k] = s / L[i][i];
    }
  }
  return inv;
}

/**
 * Standard errors from the observed information −H at the optimum. On the log scale
 * Var(ln θ) is the diagonal of (−H)⁻¹; the delta method gives SE(θ) = θ · SE(ln θ) (the
 * gradient term of the change of variables vanishes at the optimum).
 */
export function fitStats<P extends NumberFields<P>>(order: ParameterOrder<P>, fit: FitResult<P>): FitStats {
  const logLik = fit.logLikAt;
  if (!logLik) throw new Error('fitStats needs a fit made by fitOnLogScale');
  const observations = fit.observations;
  const v = order.names.map((name) => Math.log(fit.params[name]));
  const H = logScaleHessian((u) => logLik(order.fromLog(u)), v);
  const cov = inverseSpd(H.map((row) => row.map((x) => -x)));
  const se = order.names.map((name, i) => (cov && cov[i][i] > 0 ? fit.params[name] * Math.sqrt(cov[i][i]) : NaN));
  const k = order.names.length;
  return {
    se,
    aic: 2 * k - 2 * fit.logLik,
    bic: k * Math.log(observations) - 2 * fit.logLik,
    weak: se.filter((s, i) => !(s <= WEAK_RELATIVE_SE * fit.params[order.names[i]])).length,
  };
}
