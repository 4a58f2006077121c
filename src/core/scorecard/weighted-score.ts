import { div0Error, naError, numError } from '../errors';
import { messages } from '../messages';
import { scorecardMessages as m } from './messages';

/**
 * The weighted score of one candidate, Σw·s / Σw, or on a 0–100 scale
 * 100·Σw·s / (Σw·max) when the ratings have a known maximum (a 4 of 5 is 80).
 *
 * Unrated criteria (null) are the usual trouble of a half-filled scorecard; the caller picks:
 * 'error' names the first unrated criterion (#N/A), 'skip' renormalises over the rated ones,
 * 'zero' counts them as 0.
 */
export type BlankMode = 'error' | 'skip' | 'zero';

export function checkWeights(arg: string, weights: readonly number[]): void {
  weights.forEach((w) => {
    if (w < 0) throw numError(messages.mustBeAtLeast(arg, 0, w));
  });
}

export function weightedScore(
  ratings: readonly (number | null)[],
  weights: readonly number[],
  maxRating: number | null,
  blanks: BlankMode,
  criterionName: (i: number) => string,
): number {
  checkWeights('weights', weights);
  if (maxRating !== null && maxRating <= 0) throw numError(messages.mustBePositive('max_rating', maxRating));
  let sw = 0;
  let sws = 0;
  let rated = 0;
  for (let i = 0; i < weights.length; i++) {
    const s = ratings[i];
    if (s === null) {
      if (blanks === 'error') throw naError(m.unrated(criterionName(i)));
      if (blanks === 'skip') continue;
      sw += weights[i];
      continue;
    }
    rated++;
    sw += weights[i];
    sws += weights[i] * s;
  }
  if (rated === 0 && blanks === 'skip') throw naError(m.nothingRated());
  if (sw === 0) throw div0Error(m.weightsSumZero('weights'));
  return maxRating === null ? sws / sw : (100 * sws) / (sw * maxRating);
}
