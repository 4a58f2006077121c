import type { Lang } from '../errors';
import type { Scoring } from '../scorecard/model';
import { formulaNumber as n, formulaString as q } from './formula-text';
import { label } from './sheet-labels';

/**
 * The rules of the scorecard engine (src/core/scorecard/engine.ts) as Excel 2010 formulas:
 * each returns the raw points of one rating on the criterion's own scale, 0 when the rating
 * is blank or not one the rule knows, exactly as the engine counts an unrated criterion.
 */

/** The words a rule-based rating is typed as, in the sheet's language, keyed by the stored rating. */
export function answerWords(s: Scoring, lang: Lang): Record<string, string> | null {
  if (s.type === 'met') return { met: label('met', lang), partial: label('partial', lang), 'not-met': label('notMet', lang) };
  if (s.type === 'provided') return { provided: label('provided', lang), 'not-provided': label('notProvided', lang) };
  return null;
}

const array = (xs: readonly string[]) => `{${xs.join(',')}}`;

/**
 * @param x the rating cell, e.g. "H7"
 * @param row the ratings of every candidate on this criterion, absolute, e.g. "$H$7:$J$7"
 */
export function rawPointsFormula(s: Scoring, x: string, row: string, lang: Lang): string {
  switch (s.type) {
    case 'levels':
      // Level ids are compared as text on both sides: an id "2" typed or pasted into a cell
      // Excel reads as the number 2 still matches, as it does in read-back (String of the value).
      return `IFERROR(INDEX(${array(s.levels.map((l) => n(l.points)))},MATCH(${x}&"",${array(s.levels.map((l) => q(l.id)))},0)),0)`;
    case 'met': {
      const w = answerWords(s, lang)!;
      return `IF(${x}=${q(w.met)},${n(s.maxPoints)},IF(${x}=${q(w.partial)},${n(s.partialPoints)},0))`;
    }
    case 'provided':
      return `IF(${x}=${q(answerWords(s, lang)!.provided)},${n(s.maxPoints)},0)`;
    case 'rank': {
      const p = s.points;
      if (p.length === 1) return `IF(ISNUMBER(${x}),${n(p[0])},0)`;
      const [better, worse] = s.order === 'asc' ? ['"<"', '">"'] : ['">"', '"<"'];
      const ahead = `COUNTIF(${row},${better}&${x})`;
      const behind = `COUNTIF(${row},${worse}&${x})`;
      const middle = `INDEX(${array(p.map(n))},MIN(${ahead},${Math.max(p.length - 2, 1)})+1)`;
      return `IF(ISNUMBER(${x}),IF(${ahead}=0,${n(p[0])},IF(${behind}=0,${n(p[p.length - 1])},${middle})),0)`;
    }
    case 'target': {
      const cmp = s.direction === 'at-least' ? '>=' : '<=';
      const bands = s.bands.length > 0 ? s.bands : [{ threshold: s.target, points: s.maxPoints }];
      const nested = bands.reduceRight((acc, b) => `IF(${x}${cmp}${n(b.threshold)},${n(b.points)},${acc})`, '0');
      return `IF(ISNUMBER(${x}),${nested},0)`;
    }
    case 'scale':
      return `IF(ISNUMBER(${x}),${x},0)`;
  }
}

/** On track when the rating earns full points, at risk when it earns some, off track otherwise. */
export function statusFormula(s: Scoring, x: string, row: string, lang: Lang, full: number): string {
  const raw = rawPointsFormula(s, x, row, lang);
  return `IF(ISNUMBER(${x}),IF(${raw}>=${n(full)},${q(label('onTrack', lang))},IF(${raw}>0,${q(label('atRisk', lang))},${q(label('offTrack', lang))})),"")`;
}
