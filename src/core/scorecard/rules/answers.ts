import type { Lang } from '../../errors';
import { formulaNumber as n, formulaString as q } from '../../sheet/formula-text';
import { AnswerId, ANSWERS, CLAUSE_SEPARATOR, inLanguage } from '../../vocabulary';
import type { Choice } from './rule';
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

export const answerChoices = (answers: readonly Answer[]): Choice[] => answers.map((a) => ({ id: a.id, typed: ANSWERS[a.id], label: ANSWERS[a.id] }));

export const answerPointsOf = (answers: readonly Answer[], v: unknown): number | undefined => answers.find((a) => a.id === v)?.points;

/** Nested IFs over the answers; anything else, blank included, earns 0 as the last answer does. */
export function answerFormula(answers: readonly Answer[], x: string, lang: Lang): string {
  const tested = answers[answers.length - 1].points === 0 ? answers.slice(0, -1) : answers;
  return tested.reduceRight((acc, a) => `IF(${x}=${q(inLanguage(ANSWERS[a.id], lang))},${n(a.points)},${acc})`, '0');
}

/** Each answer with the points it earns, on the sheet's scale where `points` is given (awardedText). */
export const answerText = (answers: readonly Answer[], full: number, lang: Lang, points?: number): string =>
  answers.map((a) => `${inLanguage(ANSWERS[a.id], lang)} ${awardedText(a.points, full, points)}`).join(inLanguage(CLAUSE_SEPARATOR, lang));
