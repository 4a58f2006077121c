import { numError, valueError } from '../errors';
import { scorecardMessages as m } from './messages';

/**
 * Analytic hierarchy process (Saaty 1980, "The Analytic Hierarchy Process", McGraw-Hill):
 * priority weights from a pairwise comparison matrix, where a[i][j] says how many times more
 * important criterion i is than j, and the consistency ratio that says whether the judgements
 * hang together (CR < 0.1 is the usual bar).
 */
export type AhpMethod = 'eigen' | 'geomean';

/** Saaty's random consistency index, 1980 table, for n = 1..15. */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** Relative tolerance of the reciprocal check: judgements typed as 0.333 for 1/3 must pass. */
const RECIPROCAL_TOLERANCE = 1e-3;

/**
 * A full reciprocal matrix from a half-filled one: a blank is 1 / its mirror, a blank
 * diagonal is 1. Anything not positive or not reciprocal is an error that says where
 * (rows and columns counted from 1, as on the sheet).
 */
export function completeMatrix(grid: readonly (readonly (number | null)[])[], arg = 'matrix'): number[][] {
  const n = grid.length;
  if (grid.some((row) => row.length !== n)) throw valueError(m.notSquare(arg, `${n}×${grid[0]?.length ?? 0}`));
  const a: number[][] = grid.map((row) => row.map((v) => v ?? NaN));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const v = grid[i][j];
      if (v !== null && v <= 0) throw numError(m.notPositiveAt(arg, i + 1, j + 1, v));
    }
  for (let i = 0; i < n; i++) {
    const d = grid[i][i];
    if (d === null) a[i][i] = 1;
    else if (Math.abs(d - 1) > RECIPROCAL_TOLERANCE) throw numError(m.diagonalNotOne(arg, i + 1, d));
    for (let j = i + 1; j < n; j++) {
      const u = grid[i][j];
      const l = grid[j][i];
      if (u === null && l === null) throw valueError(m.bothBlank(arg, i + 1, j + 1));
      if (u === null) a[i][j] = 1 / l!;
      else if (l === null) a[j][i] = 1 / u;
      else if (Math.abs(u * l - 1) > RECIPROCAL_TOLERANCE) throw numError(m.notReciprocal(arg, i + 1, j + 1, u, l));
    }
  }
  return a;
}

/**
 * Principal eigenvector (normalised to sum 1) and eigenvalue, by power iteration: a positive
 * matrix has a simple dominant eigenvalue with a positive eigenvector (Perron), so it converges.
 */
export function principalEigen(a: readonly (readonly number[])[], arg = 'matrix'): { vector: number[]; lambda: number } {
  const n = a.length;
  let v = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 10000; iter++) {
    const w = a.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
    const sum = w.reduce((s, x) => s + x, 0);
    const next = w.map((x) => x / sum);
    const delta = next.reduce((d, x, i) => Math.max(d, Math.abs(x - v[i])), 0);
    v = next;
    if (delta < 1e-14) {
      // With v summing to 1, Σ(Av) = λ·Σv = λ.
      const lambda = a.reduce((s, row) => s + row.reduce((t, x, j) => t + x * v[j], 0), 0);
      return { vector: v, lambda };
    }
  }
  throw numError(m.noConvergence(arg));
}

/** Row geometric means, normalised (the logarithmic least-squares weights, Crawford & Williams 1985). */
export function geometricMeanWeights(a: readonly (readonly number[])[]): number[] {
  const n = a.length;
  const g = a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n));
  const sum = g.reduce((s, x) => s + x, 0);
  return g.map((x) => x / sum);
}

export function ahpWeights(a: readonly (readonly number[])[], method: AhpMethod = 'eigen'): number[] {
  return method === 'geomean' ? geometricMeanWeights(a) : principalEigen(a).vector;
}

/**
 * CR = CI / RI with CI = (λmax − n) / (n − 1). One or two criteria are consistent by
 * construction (RI = 0), so their CR is 0.
 */
export function consistencyRatio(a: readonly (readonly number[])[]): number {
  const n = a.length;
  if (n > RANDOM_INDEX.length) throw numError(m.riOutOfTable(n));
  if (n <= 2) return 0;
  const { lambda } = principalEigen(a);
  // λmax ≥ n for a positive reciprocal matrix; rounding can put it a hair below.
  const ci = Math.max(0, (lambda - n) / (n - 1));
  return ci / RANDOM_INDEX[n - 1];
}

/**
 * The judgement furthest from what the weights imply: the pair (i, j) whose a_ij departs most
 * from w_i / w_j on a log scale (Saaty's e_ij = a_ij · w_j / w_i, farthest from 1). When the
 * consistency ratio is above 0.1 this is the judgement to revisit first.
 */
export function leastConsistentJudgement(
  a: readonly (readonly number[])[],
  w: readonly number[],
): { i: number; j: number; judged: number; implied: number } | null {
  let best: { i: number; j: number; judged: number; implied: number } | null = null;
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) {
      const implied = w[i] / w[j];
      const off = Math.abs(Math.log(a[i][j] / implied));
      if (off > worst) {
        worst = off;
        best = { i, j, judged: a[i][j], implied };
      }
    }
  return best;
}
