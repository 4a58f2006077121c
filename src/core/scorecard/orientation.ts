import { valueError } from '../errors';
import { Cell, Grid, isRectangular, shapeText } from '../grid';
import { messages } from '../messages';
import { scorecardMessages as m } from './messages';

/**
 * The orientation rule of every function that takes ratings and weights: the weights' shape decides.
 * A weights column means criteria are rows and candidates columns, and the results spill as
 * a row (one per candidate); a weights row means the transpose. A single weight is one
 * criterion, laid out however the ratings allow.
 */
export interface Oriented {
  /** The weight cells, one per criterion. */
  weights: Cell[];
  /** Per candidate, its rating cells in criterion order. */
  candidates: Cell[][];
  /** True when criteria are rows (weights a column): results then spill as a row. */
  criteriaAsRows: boolean;
}

export function requireGrid(arg: string, g: Grid | null | undefined): Grid {
  if (g === null || g === undefined || !isRectangular(g)) throw valueError(messages.noData(arg));
  return g;
}

export function orient(ratingsArg: string, ratings: Grid, weightsArg: string, weights: Grid): Oriented {
  const rows = ratings.length;
  const cols = ratings[0].length;
  let criteriaAsRows: boolean;
  if (weights.length > 1 && weights[0].length === 1) criteriaAsRows = true;
  else if (weights.length === 1 && weights[0].length > 1) criteriaAsRows = false;
  else if (weights.length === 1 && weights[0].length === 1) criteriaAsRows = rows === 1 || cols !== 1;
  else throw valueError(m.weightsNotLine(weightsArg, shapeText(weights)));

  const w = criteriaAsRows ? weights.map((r) => r[0]) : weights[0];
  const count = criteriaAsRows ? rows : cols;
  if (count !== w.length) throw valueError(m.lengthMismatch(weightsArg, w.length, ratingsArg, 'criteria', count));
  const candidates = criteriaAsRows ? ratings[0].map((_, c) => ratings.map((r) => r[c])) : ratings.map((r) => r.slice());
  return { weights: w, candidates, criteriaAsRows };
}

/** Lays one value per candidate out the way `orient` promised. */
export function spillPerCandidate<T>(values: T[], criteriaAsRows: boolean): T[][] {
  return criteriaAsRows ? [values] : values.map((v) => [v]);
}

/** Lays one value per criterion out in the weights' own shape. */
export function spillPerCriterion<T>(values: T[], criteriaAsRows: boolean): T[][] {
  return criteriaAsRows ? values.map((v) => [v]) : [values];
}
