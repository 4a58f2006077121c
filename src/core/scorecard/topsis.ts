import { CrmError, div0Error, numError } from '../errors';
import { messages } from '../messages';
import { scorecardMessages as m } from './messages';

/**
 * TOPSIS (Hwang & Yoon 1981, "Multiple Attribute Decision Making", Springer): each candidate's
 * closeness to the ideal, C = D⁻ / (D⁺ + D⁻), after vector normalisation
 * r_ij = x_ij / √Σ_i x_ij² and weighting v_ij = w_j · r_ij. The ideal takes the best weighted
 * value of every criterion (max for benefit, min for cost), the anti-ideal the worst.
 * Scaling all weights by one factor scales every distance alike, so C does not change and
 * the weights need not add up to 1.
 *
 * `matrix` is candidates × criteria. A candidate's closeness is undefined only when it is at
 * once ideal and anti-ideal; that candidate gets its own #DIV/0!, the others their values.
 */
export type Direction = 1 | -1;

export function topsis(matrix: readonly (readonly number[])[], weights: readonly number[], directions: readonly Direction[]): (number | CrmError)[] {
  const n = weights.length;
  weights.forEach((w) => {
    if (w < 0) throw numError(messages.mustBeAtLeast('weights', 0, w));
  });
  if (weights.every((w) => w === 0)) throw div0Error(m.weightsSumZero('weights'));
  const norms = new Array<number>(n).fill(0);
  for (const row of matrix) row.forEach((x, j) => (norms[j] += x * x));
  norms.forEach((s, j) => {
    if (s === 0) throw div0Error(m.zeroColumn(j + 1));
  });
  const v = matrix.map((row) => row.map((x, j) => (weights[j] * x) / Math.sqrt(norms[j])));
  const best = new Array<number>(n);
  const worst = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const col = v.map((row) => row[j]);
    const hi = col.reduce((m, x) => Math.max(m, x), -Infinity);
    const lo = col.reduce((m, x) => Math.min(m, x), Infinity);
    best[j] = directions[j] === 1 ? hi : lo;
    worst[j] = directions[j] === 1 ? lo : hi;
  }
  return v.map((row) => {
    let dPlus = 0;
    let dMinus = 0;
    row.forEach((x, j) => {
      dPlus += (x - best[j]) ** 2;
      dMinus += (x - worst[j]) ** 2;
    });
    dPlus = Math.sqrt(dPlus);
    dMinus = Math.sqrt(dMinus);
    if (dPlus + dMinus === 0) return div0Error(m.noSeparation());
    return dMinus / (dPlus + dMinus);
  });
}
