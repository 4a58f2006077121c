import type { Scoring, ScoringType } from '../../core/scorecard';
import { fullPointsOf } from '../../core/scorecard';

/** The scorings a user can choose for a criterion, in the order the editor lists them. */
export const SCORING_TYPES: readonly ScoringType[] = ['levels', 'met', 'provided', 'rank', 'target', 'scale'];

const GRADES = [
  { id: 'A', share: 1, en: 'A — excellent', zh: 'A 优' },
  { id: 'B', share: 0.8, en: 'B — good', zh: 'B 良' },
  { id: 'C', share: 0.6, en: 'C — fair', zh: 'C 中' },
  { id: 'D', share: 0.4, en: 'D — poor', zh: 'D 差' },
];

/**
 * A sensible starting scoring of the chosen type that keeps the criterion's full points, so
 * switching the type does not silently change how much the criterion can earn. The defaults
 * follow the seeds: A–D at 100/80/60/40 %, R1's 3 of 5 for a partial answer, R3's 5/4/3.
 */
export function defaultScoring(type: ScoringType, previous?: Scoring): Scoring {
  const full = previous ? fullPointsOf(previous) : 5;
  switch (type) {
    case 'levels':
      return {
        type,
        maxPoints: full,
        levels: GRADES.map((g) => ({
          id: g.id,
          label: { en: g.en, zh: g.zh },
          description: { en: g.en, zh: g.zh },
          points: Math.round(full * g.share * 100) / 100,
        })),
      };
    case 'met':
      return { type, maxPoints: full, partialPoints: Math.round(full * 0.6 * 100) / 100 };
    case 'provided':
      return { type, maxPoints: full };
    case 'rank':
      return { type, maxPoints: 5, points: [5, 4, 3], order: 'asc', unit: 'currency' };
    case 'target':
      return { type, maxPoints: full, direction: 'at-least', target: 0.85, unit: 'percent', bands: [] };
    case 'scale':
      return { type, min: 1, max: full >= 2 ? full : 5 };
  }
}
