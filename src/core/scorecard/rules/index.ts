import type { Lang, Text } from '../../errors';
import { formulaNumber, formulaString } from '../../sheet/formula-text';
import { inLanguage } from '../../vocabulary';
import type { Rating, Scoring, ScoringType } from '../model';
import { levelsRule } from './levels';
import { metRule } from './met';
import { providedRule } from './provided';
import { rankRule } from './rank';
import type { Accepts, Bounds, Choice, RuleTable, ScoringRule } from './rule';
import { scaleRule } from './scale';
import { targetRule } from './target';

/**
 * Every way of scoring a criterion, by its type. A new rule is a module beside these and a
 * line here; everything below works for it through the rule's own answers.
 */
export const RULES: RuleTable = {
  levels: levelsRule,
  met: metRule,
  provided: providedRule,
  rank: rankRule,
  target: targetRule,
  scale: scaleRule,
};

/** The scorings a user can choose for a criterion, in the order the editor lists them. */
export const SCORING_TYPES = Object.keys(RULES) as ScoringType[];

/** The rule of a scoring, typed for it. */
export const ruleOf = <S extends Scoring>(s: S): ScoringRule<S> => RULES[s.type] as unknown as ScoringRule<S>;

/**
 * A starting scoring of the chosen type that keeps the criterion's full points, so switching
 * the type does not silently change how much the criterion can earn.
 */
export function starterScoring(type: ScoringType, previous?: Scoring): Scoring {
  return RULES[type].starter(previous ? fullPointsOf(previous) : 5);
}

/** The top of a criterion's own scale. */
export const fullPointsOf = (s: Scoring): number => ruleOf(s).full(s);

/** The values a numeric rating may take, when the scoring limits them. */
export function boundsOf(s: Scoring): Bounds | undefined {
  const a = ruleOf(s).accepts(s);
  return a.kind === 'number' ? a.bounds : undefined;
}

/** The answers a rating is picked from, or null when it is a number. */
export function choicesOf(s: Scoring): Choice[] | null {
  const a = ruleOf(s).accepts(s);
  return a.kind === 'choice' ? a.choices : null;
}

/** What a sheet cell shows for a stored rating: an answer in the sheet's words, a number as it is. */
export function typedRating(s: Scoring, r: Rating, lang: Lang): string | number {
  const choice = choicesOf(s)?.find((c) => c.id === r);
  return choice ? inLanguage(choice.typed, lang) : r;
}

/** How a rating is described in messages: its answers, or a number (within bounds). */
export function acceptedText(s: Scoring): Text {
  const choices = choicesOf(s);
  if (choices) return { en: choices.map((c) => c.typed.en).join(', '), zh: choices.map((c) => c.typed.zh).join('、') };
  const b = boundsOf(s);
  return b ? { en: `a number from ${b.min} to ${b.max}`, zh: `${b.min} 至 ${b.max} 之间的数字` } : { en: 'a number', zh: '数字' };
}

/**
 * An Excel 2010 test that cell `x` holds a rating the criterion accepts: one of its answers as
 * the sheet's language types them, or a number within its bounds. Where a cell fails it, the
 * engine reads the criterion as unrated, and a sheet that leaves unrated criteria out of a
 * mean (the consolidated sheet) must leave it out too.
 */
export function acceptedTest(s: Scoring, x: string, lang: Lang): string {
  const choices = choicesOf(s);
  if (choices) return `ISNUMBER(MATCH(${x},{${choices.map((c) => formulaString(inLanguage(c.typed, lang))).join(',')}},0))`;
  const b = boundsOf(s);
  return b ? `AND(ISNUMBER(${x}),${x}>=${formulaNumber(b.min)},${x}<=${formulaNumber(b.max)})` : `ISNUMBER(${x})`;
}

export type { Accepts, Bounds, Choice, ScoringRule };
export { TEXT_FORMAT } from './levels';
export { showValue, unitFormat } from './units';
