import { valueError } from '../errors';
import { consistencyRatio, principalEigen } from './ahp';
import { scorecardMessages as m } from './messages';

/**
 * AHP judged by several appraisers.
 *
 * Combining: the element-wise (weighted) geometric mean of their pairwise matrices. Aczél &
 * Saaty (1983, "Procedures for synthesizing ratio judgements", J. Math. Psychology 27) show it is
 * the only way of combining ratio judgements that keeps the result reciprocal (a_ji = 1/a_ij) and
 * respects unanimity; Aczél & Alsina (1986) extend it to weighted judges, a_ij = Π a_ij(k)^w_k
 * with the weights summing to 1.
 *
 * Consensus: Kendall's coefficient of concordance W of the appraisers' rankings of the criteria
 * by their own weights (Kendall & Babington Smith 1939, "The problem of m rankings", Ann. Math.
 * Statist. 10; with the correction for ties of Kendall 1948, "Rank Correlation Methods"):
 *   W = 12 S / (m² (n³ − n) − m Σ T),  S = Σ_i (R_i − m (n + 1) / 2)²,  T = Σ (t³ − t) over tied groups,
 * R_i the sum of the ranks criterion i gets, m appraisers, n criteria. W is 1 when every appraiser
 * orders the criteria alike and 0 when their orders cancel out. Chosen over a mean of pairwise
 * correlations because it is one documented statistic for any number of appraisers, and over the
 * aggregate's consistency (also given) because a consistent aggregate can hide opposed appraisers.
 */
export interface GroupAhp {
  /** The combined matrix. */
  matrix: number[][];
  /** Priority weights of the combined matrix (principal eigenvector, summing to 1). */
  weights: number[];
  /** Consistency ratio of the combined matrix. */
  consistency: number;
  /** Each appraiser's own weights and consistency ratio, in the order given. */
  appraisers: { weights: number[]; consistency: number }[];
  /** Kendall's W; null with fewer than two appraisers or two criteria, or when nobody ranks the criteria apart. */
  concordance: number | null;
}

/** Weights closer than this (relative) are a tie: the eigenvector of a consistent matrix is exact to far fewer digits. */
const TIE = 1e-9;

/** Ranks, 1 for the largest, ties sharing the mean of their places; and Σ (t³ − t) over the tied groups. */
export function tiedRanks(values: readonly number[]): { ranks: number[]; ties: number } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const ranks = new Array<number>(values.length);
  let ties = 0;
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && Math.abs(order[end][0] - order[start][0]) <= TIE * Math.max(Math.abs(order[start][0]), 1)) end++;
    const t = end - start;
    for (let k = start; k < end; k++) ranks[order[k][1]] = (start + end + 1) / 2;
    ties += t ** 3 - t;
    start = end;
  }
  return { ranks, ties };
}

/** Kendall's W of several sets of weights of the same criteria (see above). */
export function kendallW(weightSets: readonly (readonly number[])[]): number | null {
  const mm = weightSets.length;
  const n = weightSets[0]?.length ?? 0;
  if (mm < 2 || n < 2) return null;
  const ranked = weightSets.map(tiedRanks);
  const sums = Array.from({ length: n }, (_, i) => ranked.reduce((s, r) => s + r.ranks[i], 0));
  const mean = (mm * (n + 1)) / 2;
  const s = sums.reduce((t, r) => t + (r - mean) ** 2, 0);
  const denominator = mm * mm * (n ** 3 - n) - mm * ranked.reduce((t, r) => t + r.ties, 0);
  return denominator <= 0 ? null : (12 * s) / denominator;
}

/**
 * Combines the complete pairwise matrices of several appraisers (completeMatrix first), with
 * optional appraiser weights (non-negative, not all zero; equal when left out).
 */
export function groupAhp(matrices: readonly (readonly (readonly number[])[])[], appraiserWeights?: readonly number[], arg = 'matrices'): GroupAhp {
  if (matrices.length === 0) throw valueError(m.noMatrices(arg));
  const n = matrices[0].length;
  matrices.forEach((a, k) => {
    if (a.length !== n) throw valueError(m.matricesDiffer(arg, k + 1, a.length, n));
  });
  const w = appraiserWeights ?? matrices.map(() => 1);
  if (w.length !== matrices.length) throw valueError(m.lengthMismatch('weights', w.length, arg, 'values', matrices.length));
  const sum = w.reduce((s, x) => s + x, 0);
  w.forEach((x, k) => {
    if (!(x >= 0)) throw valueError(m.negativeWeight('weights', k + 1, x));
  });
  if (!(sum > 0)) throw valueError(m.weightsSumZero('weights'));
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : Math.exp(matrices.reduce((s, a, k) => s + (w[k] / sum) * Math.log(a[i][j]), 0)))),
  );
  const appraisers = matrices.map((a, k) => ({ weights: principalEigen(a, `${arg} ${k + 1}`).vector, consistency: consistencyRatio(a) }));
  return {
    matrix,
    weights: principalEigen(matrix, arg).vector,
    consistency: consistencyRatio(matrix),
    appraisers,
    concordance: kendallW(appraisers.map((a) => a.weights)),
  };
}
