/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import * as fs from 'fs';
import { distFile } from './dist';

/**
 * Calling custom functions as Excel does: every argument a range (any[][]), an omitted
 * optional one null. Without the CustomFunctions global, errors are {code, message} objects.
 */
export type Fn = (...args: any[]) => any[][];

/** What Excel passes for an omitted optional argument. */
export const OMITTED = null as unknown as any[][];

/** The Excel error a whole call throws; fails the test when the call returns instead. */
export function thrown(f: Fn, ...args: any[]): { code: string; message?: string } {
  try {
    f(...args);
  } catch (e) {
    return e as { code: string; message?: string };
  }
  throw new Error('expected an Excel error');
}

/*
 * Excel's side of a custom-function call, as Microsoft documents it, for tests that must not
 * be kinder than Excel:
 * - an empty cell of a range arrives as null on current builds and on the web; some older
 *   desktop builds send 0 (office-js #4702, #5262, #1951);
 * - a cell holding an error arrives as a CustomFunctions.Error-like value only when the
 *   metadata sets allowErrorForDataTypeAny; otherwise Excel does not call the function at all
 *   and the formula shows the input's error (custom-functions-errors.md, "Errors as custom
 *   function inputs"; custom-functions-json.md);
 * - formatted numbers and entities arrive as data-type objects when the metadata sets
 *   allowCustomDataForDataTypeAny (custom-functions-data-types-concepts.md);
 * - what a function receives is capped at about 5 MB: a bigger call never runs and the cell
 *   sits on #BUSY! (office-js #4654).
 * The flags come from the built metadata (dist/functions.json), so dropping one fails a test.
 */
/** A worksheet cell: a value, nothing (empty), or an error value. */
export type SheetCell = number | string | boolean | undefined | SheetError | object;
export class SheetError {
  constructor(readonly code: string) {}
}
export const err = (code: string) => new SheetError(code);
/** A formatted number as Excel's data types pass it (FormattedNumberCellValue). */
export const formatted = (basicValue: number, numberFormat: string) => ({ type: 'FormattedNumber', basicValue, numberFormat });

/** The CustomFunctions.Error an input error arrives as (no message: Excel sends the code). */
class InputErrorValue {
  constructor(readonly code: string) {}
}

export interface MetadataFlags {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
}
export interface ExcelBuild {
  /** What an empty cell arrives as: null (current builds, the web) or 0 (some older desktop builds). */
  blank: null | 0;
  /** The metadata flags in force; the built dist/functions.json when not given. */
  metadata?: MetadataFlags;
}
export const CURRENT: ExcelBuild = { blank: null };
export const OLDER_DESKTOP: ExcelBuild = { blank: 0 };

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

let built: MetadataFlags | null = null;
function builtFlags(): MetadataFlags {
  built ??= JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as MetadataFlags;
  return built;
}

/** What the formula cell shows when Excel does not call the function at all. */
export class Withheld {
  constructor(readonly shows: string) {}
}

/**
 * Calls `f` as Excel would for a formula whose arguments are these sheet ranges (a 2-D array
 * of sheet cells), single values, or OMITTED. Returns the function's result, the Excel error it
 * threw, or a Withheld when Excel would not have called it.
 */
export function callAsExcel(f: Fn, args: (SheetCell[][] | SheetCell | null)[], build: ExcelBuild = CURRENT): any {
  const meta = build.metadata ?? builtFlags();
  let firstError: string | null = null;
  const toArg = (c: SheetCell): unknown => {
    if (c === undefined) return build.blank;
    if (c instanceof SheetError) {
      firstError ??= c.code;
      return new InputErrorValue(c.code);
    }
    if (typeof c === 'object' && c !== null && !meta.allowCustomDataForDataTypeAny) return (c as { basicValue?: unknown }).basicValue;
    return c;
  };
  const passed = args.map((a) => {
    if (a === null) return null;
    const g = Array.isArray(a) ? (a as SheetCell[][]) : [[a as SheetCell]];
    return g.map((row) => row.map(toArg));
  });
  if (firstError !== null && !meta.allowErrorForDataTypeAny) return new Withheld(firstError);
  if (JSON.stringify(passed).length > PAYLOAD_LIMIT) return new Withheld('#BUSY!');
  try {
    return f(...passed);
  } catch (e) {
    return e;
  }
}
