import type { MetScoring } from '../model';
import { Answer, answerRule } from './answers';
import { notAbove } from './checks';

/**
 * Rule R1 满足条件即得满分,部分满足得3分,不满足不得分 (docs/seeds.md T2): met earns full points,
 * partly met `partialPoints`, not met nothing.
 */
const answers = (s: MetScoring): Answer[] => [
  { id: 'met', points: s.maxPoints },
  { id: 'partial', points: s.partialPoints },
  { id: 'not-met', points: 0 },
];

export const metRule = answerRule<MetScoring>('met', answers, {
  check: (s, path, report) => notAbove(s.maxPoints, report)(s.partialPoints, `${path}.partialPoints`),
  // R1's 3 of 5 for a partial answer, as a share of whatever full points the criterion keeps.
  starter: (full) => ({ type: 'met', maxPoints: full, partialPoints: Math.round(full * 0.6 * 100) / 100 }),
});
