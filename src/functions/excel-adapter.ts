import { finite } from '../core/args';
import { ArgValue, Compute, elementwise, internalError, ParamSpec } from '../core/elementwise';
import { CrmError, ErrorKind } from '../core/errors';
import { Grid } from '../core/grid';
import { hostLanguage } from './host-language';
import { hasBounds, isValueParam, ParamTable, withinBounds } from './parameters';

/**
 * The bridge between the pure core and Excel's custom-function runtime: core errors become
 * CustomFunctions.Error values, thrown for a whole call, placed in the cell otherwise.
 */
const CODES: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  VALUE: '#VALUE!' as CustomFunctions.ErrorCode.invalidValue,
  NUM: '#NUM!' as CustomFunctions.ErrorCode.invalidNumber,
  DIV0: '#DIV/0!' as CustomFunctions.ErrorCode.divisionByZero,
  NA: '#N/A' as CustomFunctions.ErrorCode.notAvailable,
  NULL: '#NULL!' as CustomFunctions.ErrorCode.nullReference,
};
const OUR_CODES = new Set<string>(Object.values(CODES));

/** Excel shows a custom message only for #VALUE! and #N/A and rejects one on other codes. */
const TAKES_MESSAGE: Record<ErrorKind, boolean> = { VALUE: true, NA: true, NUM: false, DIV0: false, NULL: false };

export function toExcelError(e: CrmError): CustomFunctions.Error {
  const ctor = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions?.Error;
  const message = TAKES_MESSAGE[e.kind] ? e.localized(hostLanguage()) : undefined;
  if (!ctor) return { code: CODES[e.kind], message } as CustomFunctions.Error;
  return message === undefined ? new ctor(CODES[e.kind]) : new ctor(CODES[e.kind], message);
}

export type ExcelCell = number | string | CustomFunctions.Error;

/** An Excel error value made by our own code (toExcelError), possibly in a nested call. */
function isOwnExcelError(e: unknown): e is CustomFunctions.Error {
  const ctor = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions?.Error;
  if (ctor && e instanceof ctor) return true;
  return typeof e === 'object' && e !== null && !(e instanceof Error) && OUR_CODES.has((e as { code?: unknown }).code as string);
}

/**
 * Runs a whole custom-function body: any failure becomes a thrown Excel error, never a crash.
 * An Excel error our own code already made passes unchanged: wrapping it as an unexpected
 * problem would turn a #NUM! into a #VALUE! and bury its message.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isOwnExcelError(e)) throw e;
    throw toExcelError(internalError(e));
  }
}

/** A single-cell result that is an error is thrown, so Excel shows its message directly. */
export function unwrapSingle(out: ExcelCell[][]): ExcelCell[][] {
  if (out.length === 1 && out[0].length === 1 && typeof out[0][0] === 'object') throw out[0][0];
  return out;
}

/**
 * An element-wise custom function: the body of most CRM.* functions. `table` is the function's
 * parameter table; its whole-range entries are read by the body, the others are the `args`
 * here, in order, and their bounds are checked in every cell.
 */
export function spill(table: ParamTable, args: readonly (Grid | null | undefined)[], compute: Compute): ExcelCell[][] {
  const params = table.filter(isValueParam);
  const bounded = params.flatMap((p, i) => (p.type === 'number' && hasBounds(p) ? [i] : []));
  const checked: Compute =
    bounded.length === 0
      ? compute
      : (v) => {
          for (const i of bounded) if (v[i] !== null) withinBounds(params[i], v[i] as number);
          return compute(v);
        };
  return unwrapSingle(guard(() => elementwise(params, args, checked, toExcelError)));
}

const checked = <T>(c: T): T => (typeof c === 'number' ? (finite(c) as T) : c);

/**
 * A function that returns one value or a block computed from whole ranges (NPS, fits...).
 * A non-finite number anywhere fails the call with #NUM!, so no NaN reaches a cell.
 */
export function aggregate(body: () => number | string | (number | string)[][]): ExcelCell[][] {
  return guard(() => {
    const r = body();
    return Array.isArray(r) ? r.map((row) => row.map(checked)) : [[checked(r)]];
  });
}

export type { ArgValue, ParamSpec };
