import { CrmError, valueError } from './errors';
import { messages } from './messages';

/** What Excel hands a function for one cell: a number, text, a boolean, or nothing. */
export type Cell = number | string | boolean | null | undefined;
/** A range as Excel passes it: rows of cells. A single value arrives as a 1×1 grid. */
export type Grid = Cell[][];
/** One result cell: a value, or the error that belongs in that cell only. */
export type OutCell = number | string | CrmError;

/** Excel passes an empty cell as "" and an omitted optional argument as null. */
export const isBlank = (c: Cell): c is null | undefined | '' => c === null || c === undefined || c === '';

export const shapeText = (g: Grid): string => `${g.length}×${g[0]?.length ?? 0}`;

export const isSingle = (g: Grid): boolean => g.length === 1 && g[0].length === 1;

/** Every cell of a grid, row by row. */
export function cellsOf(g: Grid): Cell[] {
  const out: Cell[] = [];
  for (const row of g) for (const c of row) out.push(c);
  return out;
}

/**
 * The shape an element-wise call spills to: the common shape of the ranges given, single
 * values standing in for any shape. Ranges of different shapes are a user error.
 */
export function commonShape(names: readonly string[], grids: readonly (Grid | null)[]): [number, number] {
  let shape: [number, number] = [1, 1];
  let owner = -1;
  grids.forEach((g, i) => {
    if (!g || isSingle(g)) return;
    const s: [number, number] = [g.length, g[0].length];
    if (owner < 0) {
      shape = s;
      owner = i;
    } else if (s[0] !== shape[0] || s[1] !== shape[1]) {
      throw valueError(messages.shapeMismatch(names[owner], shapeText(grids[owner]!), names[i], shapeText(g)));
    }
  });
  return shape;
}

/** A grid is normalised to rows of equal length so a ragged input cannot index out of range. */
export function isRectangular(g: Grid): boolean {
  if (!Array.isArray(g) || g.length === 0 || !Array.isArray(g[0])) return false;
  const w = g[0].length;
  return w > 0 && g.every((row) => Array.isArray(row) && row.length === w);
}
