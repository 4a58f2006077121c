import { ahpWeights, consistencyRatio, leastConsistentJudgement } from '../../core/scorecard';

/**
 * The AHP editor's model. Each pair (i, j), i < j, holds one step of Saaty's 1–9 scale as a
 * signed slider position: 0 is "equal", +k means i is k+1 times as important as j, −k means
 * j is k+1 times as important as i. Signed steps keep the slider symmetric around "equal".
 */
export const MAX_STEP = 8;
export const CR_LIMIT = 0.1;

export type Judgements = number[];

/** The pairs in the order the editor lists them. */
export function pairsOf(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

export const equalJudgements = (n: number): Judgements => pairsOf(n).map(() => 0);

/** The Saaty intensity of a step: how many times the more important item outweighs the other. */
export const intensityOf = (step: number): number => Math.abs(step) + 1;

export function matrixOf(n: number, judgements: Judgements): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  pairsOf(n).forEach(([i, j], k) => {
    const s = Math.max(-MAX_STEP, Math.min(MAX_STEP, Math.round(judgements[k] ?? 0)));
    const v = s >= 0 ? s + 1 : 1 / (1 - s);
    a[i][j] = v;
    a[j][i] = 1 / v;
  });
  return a;
}

export interface AhpOutcome {
  weights: number[];
  cr: number;
  consistent: boolean;
  /** When not consistent: the judgement furthest from what the weights imply. */
  worst: { i: number; j: number; judged: number; implied: number } | null;
}

export function ahpOutcome(n: number, judgements: Judgements): AhpOutcome {
  const a = matrixOf(n, judgements);
  const cr = consistencyRatio(a);
  const weights = ahpWeights(a);
  const consistent = cr <= CR_LIMIT;
  return { weights, cr, consistent, worst: consistent ? null : leastConsistentJudgement(a, weights) };
}
