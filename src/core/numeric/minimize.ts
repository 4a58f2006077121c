/**
 * Unconstrained minimisation for the model fits: BFGS (Nocedal & Wright, Numerical
 * Optimization, 2nd ed., algorithm 6.1) with a backtracking Armijo line search. The models
 * hand it their parameters on a log scale, so every trial point is a valid model, and an
 * analytic gradient, so each iteration costs a few passes over the data.
 */
export interface Iteration {
  iteration: number;
  /** The point reached, in the caller's (log) coordinates. */
  x: readonly number[];
  value: number;
}

/** Called after every iteration; returning false stops the fit (cancelled). */
export type OnIteration = (it: Iteration) => boolean | void;

export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when the largest gradient component is below this. */
  gradientTolerance?: number;
  onIteration?: OnIteration;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  iterations: number;
  /** Objective-and-gradient evaluations, the cost in passes over the data. */
  evaluations: number;
  status: 'converged' | 'max-iterations' | 'cancelled' | 'failed';
}

/** f(x) and its gradient; a non-finite value marks x as outside the model. */
export type Objective = (x: readonly number[], gradient: number[]) => number;

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
const maxAbs = (a: readonly number[]) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

export function minimize(f: Objective, start: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 500;
  const tol = options.gradientTolerance ?? 1e-7;
  let evaluations = 0;
  const evaluate = (x: readonly number[], g: number[]) => {
    evaluations++;
    return f(x, g);
  };

  let x = [...start];
  let g = new Array<number>(n).fill(0);
  let fx = evaluate(x, g);
  if (!Number.isFinite(fx) || !g.every(Number.isFinite)) return { x, value: fx, iterations: 0, evaluations, status: 'failed' };
  // Inverse Hessian approximation, started as the identity and rescaled after the first step.
  let H: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const gNew = new Array<number>(n).fill(0);

  for (let it = 1; it <= maxIterations; it++) {
    if (maxAbs(g) < tol) return { x, value: fx, iterations: it - 1, evaluations, status: 'converged' };
    let p = H.map((row) => -dot(row, g));
    let slope = dot(p, g);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      H = H.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      p = g.map((v) => -v);
      slope = dot(p, g);
    }
    // Never step more than 5 units in log scale (a factor of ~150) at once.
    const longest = maxAbs(p);
    let step = longest > 5 ? 5 / longest : 1;
    let xNew: number[] = x;
    let fNew = Infinity;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      xNew = x.map((v, i) => v + step * p[i]);
      fNew = evaluate(xNew, gNew);
      if (Number.isFinite(fNew) && gNew.every(Number.isFinite) && fNew <= fx + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      // No decrease possible along any scaled direction: at the optimum to working precision.
      const status = maxAbs(g) < Math.sqrt(tol) ? 'converged' : 'failed';
      return { x, value: fx, iterations: it, evaluations, status };
    }
    const s = xNew.map((v, i) => v - x[i]);
    const y = gNew.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (it === 1) {
        const scale = sy / dot(y, y);
        H = H.map((row, i) => row.map((_, j) => (i === j ? scale : 0)));
      }
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      const rho = 1 / sy;
      H = H.map((row, i) => row.map((v, j) => v - rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j]));
    }
    const change = Math.abs(fx - fNew);
    x = xNew;
    fx = fNew;
    g = [...gNew];
    if (options.onIteration?.({ iteration: it, x, value: fx }) === false) return { x, value: fx, iterations: it, evaluations, status: 'cancelled' };
    if (change <= 1e-15 * Math.max(1, Math.abs(fx)) && maxAbs(g) < Math.sqrt(tol)) return { x, value: fx, iterations: it, evaluations, status: 'converged' };
  }
  return { x, value: fx, iterations: maxIterations, evaluations, status: maxAbs(g) < tol ? 'converged' : 'max-iterations' };
}
