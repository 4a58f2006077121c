import type { ProvidedScoring } from '../model';
import { answerChoices, answerFormula, answerPointsOf, answerText, Answer } from './answers';
import type { ScoringRule } from './rule';

/** Rule R2 能提供即得满分 (docs/seeds.md T2): provided earns full points, not provided nothing. */
const answers = (s: ProvidedScoring): Answer[] => [
  { id: 'provided', points: s.maxPoints },
  { id: 'not-provided', points: 0 },
];

export const providedRule: ScoringRule<ProvidedScoring> = {
  type: 'provided',
  monitors: false,
  full: (s) => s.maxPoints,
  accepts: (s) => ({ kind: 'choice', choices: answerChoices(answers(s)) }),
  check: () => undefined,
  score: (s, ratings) =>
    ratings.map((v) => {
      const raw = answerPointsOf(answers(s), v);
      return raw === undefined ? null : { raw };
    }),
  formula: (s, x, _row, lang) => answerFormula(answers(s), x, lang),
  text: (s, lang, points) => answerText(answers(s), s.maxPoints, lang, points),
  numberFormat: () => 'General',
  starter: (full) => ({ type: 'provided', maxPoints: full }),
};
