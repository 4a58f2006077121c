import type { Text } from '../../core/errors';
import { scorecardMessages } from '../../core/scorecard/messages';
import { WEIGHT_TOLERANCE } from '../../core/scorecard';

/** Weights are shares of 1; the pane shows and edits them as percentages. */
export const sumOf = (weights: readonly number[]): number => weights.reduce((s, w) => s + w, 0);

/**
 * Whether a list of weights adds up to 100 %, by the one tolerance validation and the sheet's
 * weights check use: the pane must never say "weights add up" while Generate refuses them.
 */
export const addsUp = (weights: readonly number[]): boolean => Math.abs(sumOf(weights) - 1) <= WEIGHT_TOLERANCE;

/** Rescales weights to add up to 1; all zeros become equal shares rather than a division by zero. */
export function normalised(weights: readonly number[]): number[] {
  const sum = sumOf(weights);
  if (sum <= 0) return weights.map(() => 1 / weights.length);
  return weights.map((w) => w / sum);
}

/** A weight as a percentage with at most two decimals, e.g. 0.3125 → 31.25. */
export const asPercent = (w: number): number => Math.round(w * 10000) / 100;

/** A weight typed in percent must lie in 0–100 %; the pane refuses anything else on the field. */
export const weightCheck = (percentValue: number): Text | null =>
  percentValue < 0 || percentValue > 100 ? scorecardMessages.weightOutside(percentValue) : null;
