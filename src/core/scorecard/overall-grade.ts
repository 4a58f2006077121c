import type { Text } from '../language';
import type { Scorecard } from './model';
import { ruleOf } from './rules';

/**
 * An appraisal's overall grade: the level of its first graded criterion nearest to the total's
 * share of full points, cut halfway between neighbouring levels. With the seeds' A–D at
 * 100/80/60/40 % a total of at least 90 % is A, at least 70 % B, at least 50 % C, else D.
 * The engine and the sheet's formula both read the cuts from here.
 */
export interface Grade {
  label: Text;
  share: number;
}

export interface GradeScale {
  grades: Grade[];
  /** Where the levels come from, as a user counts: section and criterion numbers and name. */
  from: { section: number; criterion: number; name: Text };
}

/** The scale of an appraisal's overall grade, or null where the card has none. */
export function gradeScaleOf(card: Scorecard): GradeScale | null {
  if (card.kind !== 'appraisal') return null;
  for (const [si, section] of card.sections.entries())
    for (const [ci, c] of section.criteria.entries()) {
      const grades = ruleOf(c.scoring).grades?.(c.scoring);
      if (grades) return { grades, from: { section: si + 1, criterion: ci + 1, name: c.name } };
    }
  return null;
}

/** Cut i: a total share at or above it earns grade i (rounded as the sheet writes it). */
export const gradeCuts = (grades: readonly Grade[]): number[] =>
  grades.slice(0, -1).map((g, i) => Math.round(((g.share + grades[i + 1].share) / 2) * 1e12) / 1e12);

/** The grade of a total; the total is rounded to 9 decimals first, as the sheet's total cell is. */
export function gradeOf(total: number, totalPoints: number, grades: readonly Grade[]): Grade {
  const share = Math.round(total * 1e9) / 1e9 / totalPoints;
  const i = gradeCuts(grades).findIndex((cut) => share >= cut);
  return grades[i === -1 ? grades.length - 1 : i];
}
