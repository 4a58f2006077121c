import { numError } from '../errors';
import { messages } from '../messages';

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

function positionWeights(n: number, method: RankWeightMethod): number[] {
  const w: number[] = [];
  if (method === 'roc') {
    for (let r = 1; r <= n; r++) {
      let s = 0;
      for (let k = r; k <= n; k++) s += 1 / k;
      w.push(s / n);
    }
  } else if (method === 'sum') {
    for (let r = 1; r <= n; r++) w.push((2 * (n + 1 - r)) / (n * (n + 1)));
  } else {
    let h = 0;
    for (let k = 1; k <= n; k++) h += 1 / k;
    for (let r = 1; r <= n; r++) w.push(1 / r / h);
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
  const order = ranks.map((r, i) => [r, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(n);
  for (let p = 0; p < n; ) {
    let q = p;
    while (q + 1 < n && order[q + 1][0] === order[p][0]) q++;
    let s = 0;
    for (let t = p; t <= q; t++) s += pw[t];
    for (let t = p; t <= q; t++) out[order[t][1]] = s / (q - p + 1);
    p = q + 1;
  }
  return out;
}
