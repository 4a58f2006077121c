import type { Lang, Text } from '../../errors';
import type { Period, Rating, Scoring, ScoringType } from '../model';

/**
 * A way of scoring a criterion, in one module: the ratings it accepts, their points in the
 * engine and as a sheet formula, how the sheet explains it, formats and validates its cells,
 * and what a new criterion of the kind starts with. The engine, the sheet plan, the
 * read-back and the pane ask the rule; nothing outside `rules/` switches on a scoring's type.
 */
export interface ScoringRule<S extends Scoring = Scoring> {
  type: S['type'];
  /** Top of the criterion's own scale: points are shares of it. */
  full(s: S): number;
  /** What a rating is: one of a list of answers, or a number. */
  accepts(s: S): Accepts;
  /** Problems of the scoring itself (points above full, bands out of order…). */
  check(s: S, path: string, report: Report): void;
  /**
   * Raw points (0 to full) of every candidate's rating on one criterion, in candidate order;
   * null where unrated. Whole rows, because a rank rule scores a value against the others.
   */
  score(s: S, ratings: readonly (Rating | undefined)[]): (Scored | null)[];
  /**
   * The same points as an Excel 2010 formula: 0 when the cell is blank or holds nothing the
   * rule knows, exactly as the engine counts an unrated criterion.
   * @param x the rating cell, e.g. "H7"
   * @param row the ratings of every candidate on this criterion, absolute, e.g. "$H$7:$J$7"
   */
  formula(s: S, x: string, row: string, lang: Lang): string;
  /**
   * The rule as the sheet's "standards / rule / target" column states it. With `points`, the
   * points the criterion is worth on the sheet, every number the rule awards is stated as the
   * sheet awards it (raw / full × points, from the same answers, levels and bands the formula
   * uses); a scale, whose ratings are typed on the raw scale, states both. Without, the rule's
   * own scale.
   */
  text(s: S, lang: Lang, points?: number): string;
  /** Number format of a rating cell. */
  numberFormat(s: S): string;
  /** A sensible starting scoring that keeps `full` points where the kind allows. */
  starter(full: number): S;
  /** A KPI against a target: the sheet gives each rating a status (on track / at risk / off track). */
  monitors: boolean;
  /** How often the KPI is reviewed, where the scoring says. */
  period?(s: S): Period | undefined;
  /**
   * Graded levels, best first, as shares of full points: the scale an appraisal's overall
   * grade is read on. Only rules whose ratings are grades have them.
   */
  grades?(s: S): { label: Text; share: number }[];
}

export interface Scored {
  raw: number;
  /** The level or band the rating falls in, where the scoring has them. */
  grade?: string;
}

export interface Bounds {
  min: number;
  max: number;
}

export interface Choice {
  /** The rating stored in a card. */
  id: string;
  /** What a sheet cell holds for it. */
  typed: Text;
  /** What the pane shows for it. */
  label: Text;
  description?: Text;
}

export type Accepts = { kind: 'choice'; choices: Choice[] } | { kind: 'number'; bounds?: Bounds; hint: Text };

export type Report = (path: string, text: Text) => void;

export type RuleTable = { [K in ScoringType]: ScoringRule<Extract<Scoring, { type: K }>> };
