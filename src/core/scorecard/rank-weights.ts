import { numError } from '../errors';
import { messages } from '../messages';
import { countBelow, sortedComparable } from './sorted';

/**
 * Weights from importance ranks (1 = most important), for when people can order criteria but
 * not weigh them. Sources: Barron & Barrett (1996), "Decision quality using ranked attribute
 * weights", Management Science 42(11) — rank-order centroid (ROC), rank-sum and reciprocal.
 * For n criteria and position r:
 *   roc:        (1/n) Σ_{k=r..n} 1/k
 *   sum:        2(n + 1 − r) / (n(n + 1))
 *   reciprocal: (1/r) / Σ_{k=1..n} 1/k
 * Tied ranks share the mean of the weights of the positions they occupy, so the weights still
 * add up to 1.
 */
export type RankWeightMethod = 'roc' | 'sum' | 'reciprocal';

function positionWeights(n: number, method: RankWeightMethod): Float64Array {
  const w = new Float64Array(n);
  if (method === 'roc') {
    // Every tail sum Σ_{k=r..n} 1/k in one pass from k = n down: summing each tail afresh made
    // 100,000 ranks take seconds, and adding the smallest terms first also rounds least.
    let s = 0;
    for (let r = n; r >= 1; r--) {
      s += 1 / r;
      w[r - 1] = s / n;
    }
  } else if (method === 'sum') {
    for (let r = 1; r <= n; r++) w[r - 1] = (2 * (n + 1 - r)) / (n * (n + 1));
  } else {
    let h = 0;
    for (let k = 1; k <= n; k++) h += 1 / k;
    for (let r = 1; r <= n; r++) w[r - 1] = 1 / r / h;
  }
  return w;
}

export function weightsFromRanks(ranks: readonly number[], method: RankWeightMethod = 'roc'): number[] {
  for (const r of ranks) {
    if (!Number.isInteger(r)) throw numError(messages.mustBeInteger('ranks', r));
    if (r < 1) throw numError(messages.mustBeAtLeast('ranks', 1, r));
  }
  const n = ranks.length;
  const pw = positionWeights(n, method);
  // A tie group of size m that starts after `below` smaller ranks occupies positions
  // below..below+m−1; its shared weight is stored at its first position, found again for each
  // criterion by binary search.
  const sorted = sortedComparable(ranks);
  const shared = new Float64Array(n);
  for (let p = 0; p < n;) {
    let q = p;
    while (q + 1 < n && sorted[q + 1] === sorted[p]) q++;
    let s = 0;
    for (let t = p; t <= q; t++) s += pw[t];
    shared[p] = s / (q - p + 1);
    p = q + 1;
  }
  return ranks.map((r) => shared[countBelow(sorted, r)]);
}
