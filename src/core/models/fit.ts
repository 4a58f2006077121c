import { numError } from '../errors';
import { minimize, OnIteration } from '../numeric/minimize';
import { modelMessages as m } from './messages';
import type { NumberFields, ParameterOrder } from './parameter-order';

export interface FitResult<P> {
  params: P;
  logLik: number;
  /** Observations the likelihood counts (customers, or the cohort): n of the BIC. */
  observations: number;
  /** ln L at any parameters on the fitted data, for the standard errors (fit-stats.ts). */
  logLikAt?: (p: P) => number;
  iterations: number;
  /** Passes over the data the optimiser needed. */
  evaluations: number;
}

export interface FitOptions {
  /** Progress after every iteration; returning false cancels the fit. */
  onIteration?: OnIteration;
  /** The row number the user sees for each entry of the data, for messages (default: position from 1). */
  rows?: ArrayLike<number>;
}

/**
 * A parameter this far from its start on a log scale (a factor of 3 million) means the
 * likelihood keeps rising towards the edge of the space: the data do not identify the model.
 */
export const LOG_EDGE = 15;

/**
 * Maximum likelihood for every model: the optimiser works on the parameters' logarithms, so
 * each trial point is a valid model. `logLik` returns the total ln L and fills `grad` with
 * ∂ ln L / ∂ ln θ. The objective is the mean over `observations` (customers, or the cohort),
 * so the optimiser's tolerances mean the same for ten customers or a million.
 */
export function fitOnLogScale<P extends NumberFields<P>>(
  order: ParameterOrder<P>,
  logLik: (p: P, grad: number[]) => number,
  observations: number,
  start: readonly number[],
  onIteration?: OnIteration,
): FitResult<P> {
  const scale = 1 / observations;
  const n = order.names.length;
  const objective = (v: readonly number[], g: number[]) => {
    const ll = logLik(order.fromLog(v), g);
    for (let k = 0; k < n; k++) g[k] *= -scale;
    return -ll * scale;
  };
  const res = minimize(objective, start, { onIteration, maxIterations: 400 });
  if (res.status === 'cancelled') throw numError(m.cancelled(order.model));
  if (res.status !== 'converged' || res.x.some((v, i) => Math.abs(v - start[i]) > LOG_EDGE)) throw numError(m.noConvergence(order.model));
  const scratch = new Array<number>(n).fill(0);
  return {
    params: order.fromLog(res.x),
    logLik: -res.value / scale,
    observations,
    logLikAt: (p) => logLik(p, scratch),
    iterations: res.iterations,
    evaluations: res.evaluations,
  };
}

/**
 * ∂ ln L / ∂ ln θ by central differences, for a model whose likelihood has no derivative
 * written out (Pareto/NBD: its 2F1 terms would need derivatives in their parameters).
 * Costs 2k extra passes over the data per gradient.
 */
export function withNumericalGradient<P extends NumberFields<P>>(order: ParameterOrder<P>, logLik: (p: P) => number): (p: P, grad: number[]) => number {
  const h = 1e-6;
  return (p, grad) => {
    const v = order.names.map((name) => Math.log(p[name]));
    const ll = logLik(p);
    v.forEach((x, i) => {
      const up = [...v];
      const down = [...v];
      up[i] = x + h;
      down[i] = x - h;
      grad[i] = (logLik(order.fromLog(up)) - logLik(order.fromLog(down))) / (2 * h);
    });
    return ll;
  };
}
