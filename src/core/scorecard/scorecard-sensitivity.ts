import type { Text } from '../errors';
import { scoreScorecard } from './engine';
import type { ValidScorecard } from './validate';
import { sensitivityInWords, weightSensitivity, WeightSensitivity } from './sensitivity';

/**
 * Weight sensitivity of a whole scorecard, for the pane: each criterion's effective weight
 * (section × criterion) is moved, the others rescaled, and the first place watched. Unrated
 * criteria count as 0, as in the engine's totals.
 */
export interface CriterionSensitivity extends WeightSensitivity {
  criterionId: string;
  winnerId: string;
  challengerId?: string;
  text: Text;
}

export function scorecardSensitivity(card: ValidScorecard): CriterionSensitivity[] {
  const result = scoreScorecard(card);
  const criteria = card.sections.flatMap((s) => s.criteria);
  if (card.candidates.length < 2 || result.totalPoints <= 0) return [];
  const shares = result.candidates.map((c) => c.criteria.map((x) => x.share ?? 0));
  const raw = weightSensitivity(
    shares,
    result.weights.map((w) => w.weight),
  );
  const words = sensitivityInWords(
    raw,
    criteria.map((c) => c.name),
    card.candidates.map((c) => c.name),
  );
  return raw.map((r, i) => ({
    ...r,
    criterionId: criteria[r.criterion].id,
    winnerId: card.candidates[r.winner].id,
    ...(r.challenger !== undefined ? { challengerId: card.candidates[r.challenger].id } : {}),
    text: words[i],
  }));
}
