import { CrmError, ErrorKind, valueError } from './errors';
import { messages } from './messages';

/**
 * What Excel hands a function for one cell. Besides numbers, text and booleans:
 * - an empty cell arrives as `null` on current builds and on the web (office-js #4702, #5262;
 *   some older desktop builds sent 0, which no function can tell from a typed 0);
 * - a cell that holds an error arrives as a CustomFunctions.Error-like `{ code: "#N/A" }`,
 *   because the metadata sets allowErrorForDataTypeAny (custom-functions-errors.md,
 *   "Errors as custom function inputs"; custom-functions-json.md);
 * - a formatted number, entity or other data type arrives as an object with `type` and
 *   `basicValue`, because the metadata sets allowCustomDataForDataTypeAny
 *   (custom-functions-data-types-concepts.md).
 * `plainOf` reduces the objects to what the cell means; everything else reads plain cells.
 */
export type Cell = number | string | boolean | null | undefined | InputError | object;
/** A range as Excel passes it: rows of cells. A single value arrives as a 1×1 grid. */
export type Grid = Cell[][];
/** A cell once Excel's wrappers are removed. */
export type Plain = number | string | boolean | null | undefined | InputError;

/** A blank: an empty cell (null), a formula's "", a missing optional argument, or Excel's EmptyCellValue. */
export const isBlank = (c: Cell): boolean => c === null || c === undefined || c === '' || (typeof c === 'object' && (c as { type?: unknown }).type === 'Empty');

/** The Excel error value an input cell held, kept with its own code. */
export class InputError {
  constructor(readonly code: string) {}

  /**
   * The error a result computed from this input carries: the same code where a function may
   * return it. #REF! and #NAME? are input-only codes (CustomFunctions.ErrorCode typings), and
   * codes such as #SPILL! or #BUSY! have no CustomFunctions equivalent: those become #VALUE!
   * with a message naming the code.
   */
  toError(arg: string, row?: number): CrmError {
    return new CrmError(KIND_OF_CODE[this.code] ?? 'VALUE', messages.inputHoldsError(arg, this.code, row));
  }
}

const KIND_OF_CODE: Record<string, ErrorKind> = Object.assign(Object.create(null), {
  '#N/A': 'NA',
  '#NUM!': 'NUM',
  '#DIV/0!': 'DIV0',
  '#VALUE!': 'VALUE',
  '#NULL!': 'NULL',
});

const isErrorCode = (v: unknown): v is string => typeof v === 'string' && /^#[A-Z0-9/_!?]+$/i.test(v);

/**
 * The plain value of an object Excel passed in place of a number or text. Error values carry
 * `code` (CustomFunctions.Error) or, as data types, `type: "Error"` with the code as their
 * basic value; other data types carry `basicValue` (Excel.CellValue typings: DoubleCellValue,
 * FormattedNumberCellValue, StringCellValue, BooleanCellValue, EmptyCellValue, EntityCellValue).
 * An entity's basic value is #VALUE!, so using a whole entity card as a number is refused.
 */
export function plainOf(c: Cell): Plain {
  if (typeof c !== 'object' || c === null || c instanceof InputError) return c as Plain;
  const o = c as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (isErrorCode(o.code)) return new InputError(o.code);
  if (o.type === 'Empty') return null;
  if (o.type === 'Error') return new InputError(isErrorCode(o.basicValue) ? o.basicValue : '#VALUE!');
  const b = o.basicValue;
  if (typeof b === 'number' || typeof b === 'boolean') return b;
  if (typeof b === 'string') return isErrorCode(b) && o.type !== 'String' ? new InputError(b) : b;
  return new InputError('#VALUE!');
}

export const shapeText = (g: Grid): string => `${g.length}×${g[0]?.length ?? 0}`;

export const isSingle = (g: Grid): boolean => g.length === 1 && g[0].length === 1;

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
