import type { Text } from '../errors';
import { div0Error, numError } from '../errors';
import { messages } from '../messages';
import { scorecardMessages as m } from './messages';

/**
 * How far a weight can move before the winner changes — the one-at-a-time weight sensitivity
 * of Triantaphyllou & Sánchez (1997), "A sensitivity analysis approach for some deterministic
 * multi-criteria decision-making methods", Decision Sciences 28(1).
 *
 * Weights are taken as shares p = w / Σw. When the share of criterion k becomes t, the others
 * are rescaled proportionally, p_j(1 − t)/(1 − p_k), so they still fill the rest. Every
 * candidate's score is then a straight line in t:
 *   S_c(t) = t·s_kc + (1 − t)·R_c/(1 − p_k),  R_c = Σ_{j≠k} p_j·s_jc,
 * so the winner changes exactly where another candidate's line crosses the winner's, and the
 * nearest crossing inside [0, 1] is the answer — no search needed.
 *
 * The winner is the highest score (among equal scores, the one listed first); it changes when
 * another candidate gets strictly ahead, so a tie reached only at a share of 0 % or 100 % is
 * no change.
 */
export interface WeightSensitivity {
  /** Index of the criterion. */
  criterion: number;
  /** Its share of the weights now. */
  share: number;
  /** Signed change of the share at which the winner changes; null when none in [0, 1] does. */
  change: number | null;
  /** share + change: the share where the winner changes. */
  threshold: number | null;
  /** Why change is null: no crossing in [0, 1], or the criterion holds all the weight. */
  reason?: 'never' | 'only-weight';
  /** Index of the candidate that ranks first now, and of the one that takes over. */
  winner: number;
  challenger?: number;
}

/** Crossings this close to 0 or 1 are taken as at the end (rounding of the line intercepts). */
const ENDS = 1e-12;

/** The index of the first-ranked candidate (first listed among equals). */
export function winnerOf(scores: readonly number[]): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** `ratings` is candidates × criteria. */
export function weightSensitivity(ratings: readonly (readonly number[])[], weights: readonly number[]): WeightSensitivity[] {
  weights.forEach((w) => {
    if (w < 0) throw numError(messages.mustBeAtLeast('weights', 0, w));
  });
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0) throw div0Error(m.weightsSumZero('weights'));
  const p = weights.map((w) => w / total);
  const scores = ratings.map((row) => row.reduce((s, x, j) => s + p[j] * x, 0));
  const win = winnerOf(scores);

  // R_c without criterion k, for every k, from a running sum of the criteria before k and a
  // tail sum of those after it: summing all the others afresh for each criterion made
  // 1,000 × 1,000 ratings take seconds. Ratings and tails are kept criterion-major
  // (index k·C + c) so that the pass over the candidates for one criterion reads memory in order.
  const K = p.length;
  const C = ratings.length;
  const x = new Float64Array(K * C);
  const after = new Float64Array((K + 1) * C);
  for (let c = 0; c < C; c++) {
    const row = ratings[c];
    let tail = 0;
    for (let j = K - 1; j >= 0; j--) {
      x[j * C + c] = row[j];
      tail += p[j] * row[j];
      after[j * C + c] = tail;
    }
  }
  const before = new Float64Array(C);

  const sensitivityOf = (pk: number, k: number): WeightSensitivity => {
    if (1 - pk <= 1e-12) return { criterion: k, share: pk, change: null, threshold: null, reason: 'only-weight', winner: win };
    // Candidate c's line is a + b·t with a = R_c/(1 − p_k) and b = s_kc − a.
    const xk = k * C;
    const tk = (k + 1) * C;
    const aw = (before[win] + after[tk + win]) / (1 - pk);
    const bw = x[xk + win] - aw;
    let found: { change: number; challenger: number } | null = null;
    for (let c = 0; c < C; c++) {
      if (c === win) continue;
      const ac = (before[c] + after[tk + c]) / (1 - pk);
      const slope = x[xk + c] - ac - bw;
      if (slope === 0) continue;
      const t = (aw - ac) / slope;
      // c must get strictly ahead inside [0, 1]: a crossing at an end only ties.
      const up = slope > 0;
      if (up ? t < 0 || t >= 1 - ENDS : t <= ENDS || t > 1) continue;
      const change = t - pk;
      if (change !== 0 && change > 0 !== up) continue;
      if (found === null || Math.abs(change) < Math.abs(found.change)) found = { change, challenger: c };
    }
    if (found === null) return { criterion: k, share: pk, change: null, threshold: null, reason: 'never', winner: win };
    const f = found as { change: number; challenger: number };
    return { criterion: k, share: pk, change: f.change, threshold: pk + f.change, winner: win, challenger: f.challenger };
  };

  return p.map((pk, k) => {
    const result = sensitivityOf(pk, k);
    for (let c = 0; c < C; c++) before[c] += p[k] * x[k * C + c];
    return result;
  });
}

/** One sentence per criterion for the pane: "A stays first unless the weight of Price falls below 31% (now 40%); then B would win". */
export function sensitivityInWords(result: readonly WeightSensitivity[], criterionNames: readonly Text[], candidateNames: readonly Text[]): Text[] {
  return result.map((r) => {
    const crit = criterionNames[r.criterion];
    const win = candidateNames[r.winner];
    const both = (f: (c: string, w: string, other: string) => Text): Text => ({
      en: f(crit.en, win.en, candidateNames[r.challenger ?? r.winner].en).en,
      zh: f(crit.zh, win.zh, candidateNames[r.challenger ?? r.winner].zh).zh,
    });
    if (r.change === null || r.threshold === null || r.challenger === undefined) return both((c, w) => m.flipNever(c, w));
    const at = r.threshold;
    return r.change < 0 ? both((c, w, o) => m.flipBelow(c, w, o, at, r.share)) : both((c, w, o) => m.flipAbove(c, w, o, at, r.share));
  });
}
