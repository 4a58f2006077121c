import type { Lang } from '../../errors';
import { formulaNumber as n, formulaString as q } from '../../sheet/formula-text';
import { AnswerId, ANSWERS, CLAUSE_SEPARATOR, inLanguage } from '../../vocabulary';
import type { MetScoring, ProvidedScoring } from '../model';
import type { Choice, ScoringRule } from './rule';
import { awardedText } from './units';

/**
 * What the two answer rules (met / partly met / not met, provided / not provided) share: a
 * fixed list of answers, each worth a number of points, typed in the sheet as the word of
 * the sheet's language.
 */
export interface Answer {
  id: AnswerId;
  points: number;
}

const answerChoices = (answers: readonly Answer[]): Choice[] => answers.map((a) => ({ id: a.id, typed: ANSWERS[a.id], label: ANSWERS[a.id] }));

const answerPointsOf = (answers: readonly Answer[], v: unknown): number | undefined => answers.find((a) => a.id === v)?.points;

/** Nested IFs over the answers; anything else, blank included, earns 0 as the last answer does. */
function answerFormula(answers: readonly Answer[], x: string, lang: Lang): string {
  const tested = answers[answers.length - 1].points === 0 ? answers.slice(0, -1) : answers;
  return tested.reduceRight((acc, a) => `IF(${x}=${q(inLanguage(ANSWERS[a.id], lang))},${n(a.points)},${acc})`, '0');
}

/** Each answer with the points it earns, on the sheet's scale where `points` is given (awardedText). */
const answerText = (answers: readonly Answer[], full: number, lang: Lang, points?: number): string =>
  answers.map((a) => `${inLanguage(ANSWERS[a.id], lang)} ${awardedText(a.points, full, points)}`).join(inLanguage(CLAUSE_SEPARATOR, lang));

/**
 * A rule whose ratings are a fixed list of answers: everything but checking its own scoring and
 * its starting scoring follows from the answers and their points.
 */
export function answerRule<S extends MetScoring | ProvidedScoring>(
  type: S['type'],
  answersOf: (s: S) => Answer[],
  own: Pick<ScoringRule<S>, 'check' | 'starter'>,
): ScoringRule<S> {
  return {
    type,
    monitors: false,
    full: (s) => s.maxPoints,
    accepts: (s) => ({ kind: 'choice', choices: answerChoices(answersOf(s)) }),
    score: (s, ratings) =>
      ratings.map((v) => {
        const raw = answerPointsOf(answersOf(s), v);
        return raw === undefined ? null : { raw };
      }),
    formula: (s, x, _row, lang) => answerFormula(answersOf(s), x, lang),
    text: (s, lang, points) => answerText(answersOf(s), s.maxPoints, lang, points),
    numberFormat: () => 'General',
    ...own,
  };
}
