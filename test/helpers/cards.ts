import { requireValid, Scorecard, t2VendorSelection, validateScorecard, ValidScorecard } from '../../src/core/scorecard';

/**
 * A tender of any size (the T2 tender's title unless one is given): one section of `criteria` met-rule criteria (5 points, 3 for partly
 * met) and `candidates` vendors whose answers cycle met / partly met / not met.
 */
export const metCard = (criteria: number, candidates: number, title?: string, id = 'sized'): Scorecard => ({
  ...structuredClone(t2VendorSelection),
  id,
  ...(title === undefined ? {} : { title: { en: title, zh: title } }),
  sections: [
    {
      id: 's',
      name: { en: 'All', zh: '全部' },
      weight: 1,
      criteria: Array.from({ length: criteria }, (_, i) => ({
        id: `k${i}`,
        name: { en: `Criterion ${i}`, zh: `指标${i}` },
        weight: 1 / criteria,
        scoring: { type: 'met' as const, maxPoints: 5, partialPoints: 3 },
      })),
    },
  ],
  candidates: Array.from({ length: candidates }, (_, j) => ({
    id: `c${j}`,
    name: { en: `Candidate ${j}`, zh: `对象${j}` },
    kind: 'vendor' as const,
    ratings: Object.fromEntries(Array.from({ length: criteria }, (_, i) => [`k${i}`, ['met', 'partial', 'not-met'][(i + j) % 3]])),
  })),
});

/**
 * A card proved valid, as the add-in's own callers get it from validation: scoring, layout and
 * sensitivity take only such cards. Throws, listing every problem, when the card is not valid.
 */
export const valid = (card: unknown): ValidScorecard => requireValid(validateScorecard(card));
