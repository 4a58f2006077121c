import type { ProvidedScoring } from '../model';
import { Answer, answerRule } from './answers';

/** Rule R2 能提供即得满分 (docs/seeds.md T2): provided earns full points, not provided nothing. */
const answers = (s: ProvidedScoring): Answer[] => [
  { id: 'provided', points: s.maxPoints },
  { id: 'not-provided', points: 0 },
];

export const providedRule = answerRule<ProvidedScoring>('provided', answers, {
  check: () => undefined,
  starter: (full) => ({ type: 'provided', maxPoints: full }),
});
