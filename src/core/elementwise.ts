import { toChoice, toNumber, toText } from './args';
import { CrmError, valueError } from './errors';
import { Cell, commonShape, Grid, InputError, isBlank, isRectangular, plainOf } from './grid';
import { messages } from './messages';

/**
 * The element-wise calling convention of the catalogue: every argument is a single value or
 * a range; ranges must share one shape; the result has that shape. An error in one cell's
 * inputs becomes that cell's error, as Excel's own arithmetic does (an input holding #N/A
 * gives #N/A in its cell); only a shape mismatch fails the whole call.
 */
export interface ParamSpec {
  name: string;
  /** 'choice': text matched against `choices` (see toChoice), resolved once when fixed. */
  type: 'number' | 'text' | 'choice';
  choices?: Record<string, string>;
  /** The spellings listed in the error message for an unknown choice. */
  shown?: readonly string[];
  /** Omitted (or blank) optional arguments take `default`; null means "let compute decide". */
  optional?: boolean;
  default?: number | string | null;
}

export type ArgValue = number | string | null;
export type Compute = (v: ArgValue[]) => number | string;

function coerce(p: ParamSpec, cell: Cell): ArgValue {
  let c = cell;
  if (typeof c === 'object' && c !== null) {
    const plain = plainOf(c);
    if (plain instanceof InputError) throw plain.toError(p.name);
    c = plain;
  }
  if (isBlank(c)) {
    if (p.optional) return p.default ?? null;
    // "" from a formula and an empty cell (null) are the same blank: one message for both.
    if (p.type === 'number') throw valueError(messages.blank(p.name));
    throw valueError(messages.blankText(p.name, p.type === 'choice' ? (p.shown ?? Object.keys(p.choices ?? {})) : undefined));
  }
  if (p.type === 'number') return toNumber(p.name, c);
  if (p.type === 'choice') return toChoice(p.name, c, p.choices ?? {}, p.shown ?? Object.keys(p.choices ?? {}));
  return toText(p.name, c);
}

/** A failure of our own code (a bug) becomes #VALUE! with its text; a CrmError is kept as it is. */
export const internalError = (e: unknown): CrmError =>
  e instanceof CrmError ? e : new CrmError('VALUE', messages.unexpected(e instanceof Error ? e.message : String(e)));

/**
 * Blank and error cells fail the same way in every position of a range: their result is made
 * once per argument (and error code) and shared, so a whole-column reference of empty cells
 * costs what numbers cost instead of one exception and one error object per cell.
 */
class SharedFailures<E> {
  // Indexed by argument position; the error codes of one argument in a map of their own, so
  // no key is built per cell.
  private readonly blank: (E | undefined)[] = [];
  private readonly coded: (Map<string, E> | undefined)[] = [];
  constructor(
    private readonly params: readonly ParamSpec[],
    private readonly mapError: (e: CrmError) => E,
  ) {}

  /** The shared result for a blank or error cell of argument `i`; undefined for other cells. */
  of(i: number, cell: Cell): E | undefined {
    if (cell === null || cell === undefined || cell === '') {
      const known = this.blank[i];
      if (known !== undefined) return known;
      const p = this.params[i];
      if (p.optional) return undefined;
      return (this.blank[i] = this.failureOf(p, cell));
    }
    if (typeof cell !== 'object') return undefined;
    const code = (cell as { code?: unknown }).code;
    if (typeof code !== 'string') return undefined;
    const codes = (this.coded[i] ??= new Map());
    let e = codes.get(code);
    if (e === undefined) codes.set(code, (e = this.failureOf(this.params[i], cell)));
    return e;
  }

  private failureOf(p: ParamSpec, cell: Cell): E {
    return this.mapError(internalError(catchOf(() => coerce(p, cell))));
  }
}

function catchOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return new Error('a failing cell was accepted');
}

/**
 * Runs `compute` on every cell position. `mapError` turns a cell's CrmError into what the
 * host shows (the Excel adapter passes CustomFunctions.Error); identity by default, so the
 * core can be tested on plain data.
 */
export function elementwise<E = CrmError>(
  params: readonly ParamSpec[],
  args: readonly (Grid | null | undefined)[],
  compute: Compute,
  mapError: (e: CrmError) => E = (e) => e as unknown as E,
): (number | string | E)[][] {
  const n = params.length;
  const grids: (Grid | null)[] = params.map((p, i) => {
    const a = args[i];
    if (a === null || a === undefined) {
      if (!p.optional) throw valueError(messages.blank(p.name));
      return null;
    }
    if (!isRectangular(a)) throw valueError(messages.noData(p.name));
    return a;
  });
  const [rows, cols] = commonShape(
    params.map((p) => p.name),
    grids,
  );

  // Single values and omitted arguments are coerced once, not once per cell; only the
  // arguments that are ranges are read in the loop.
  // When every argument is a number, a Float64Array holds them unboxed: a plain array of
  // mixed values would allocate a heap number per cell and argument.
  const allNumbers = params.every((p) => p.type === 'number' && (!p.optional || typeof p.default === 'number'));
  const v = (allNumbers ? new Float64Array(n) : new Array(n)) as ArgValue[];
  const varying: number[] = [];
  let fixedError: CrmError | null = null;
  let fixedErrorAt = n;
  grids.forEach((g, i) => {
    if (g && (g.length > 1 || g[0].length > 1)) return void varying.push(i);
    try {
      v[i] = g ? coerce(params[i], g[0][0]) : (params[i].default ?? null);
    } catch (e) {
      if (fixedError === null) {
        fixedError = internalError(e);
        fixedErrorAt = i;
      }
    }
  });
  const nv = varying.length;
  const wantsNumber = varying.map((i) => params[i].type === 'number');
  const varyingParams = varying.map((i) => params[i]);

  const out: (number | string | E)[][] = new Array(rows);
  const shared = new SharedFailures(params, mapError);
  if (allNumbers && fixedError === null && nv === 1) {
    // One range against single values, the commonest call, gets the tightest loop; the
    // try block is entered once per row and re-entered only after a cell that failed.
    const k0 = varying[0];
    const p0 = params[k0];
    const g0 = grids[k0]!;
    for (let r = 0; r < rows; r++) {
      const src = g0[r];
      const row: (number | string | E)[] = new Array(cols);
      let c = 0;
      while (c < cols) {
        try {
          for (; c < cols; c++) {
            const cell = src[c];
            if (typeof cell === 'number' && cell - cell === 0) v[k0] = cell;
            else {
              const failed = shared.of(k0, cell);
              if (failed !== undefined) {
                row[c] = failed;
                continue;
              }
              v[k0] = coerce(p0, cell);
            }
            const res = compute(v);
            row[c] = typeof res === 'number' && res - res !== 0 ? mapError(new CrmError('NUM', messages.resultOverflow())) : res;
          }
        } catch (e) {
          row[c] = mapError(internalError(e));
          c++;
        }
      }
      out[r] = row;
    }
    return out;
  }
  if (allNumbers && fixedError === null) {
    // Every argument a number: the same loop over several ranges.
    const srcs: Cell[][] = new Array(nv);
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < nv; k++) srcs[k] = grids[varying[k]]![r];
      const row: (number | string | E)[] = new Array(cols);
      let c = 0;
      while (c < cols) {
        try {
          cells: for (; c < cols; c++) {
            for (let k = 0; k < nv; k++) {
              const cell = srcs[k][c];
              if (typeof cell === 'number' && cell - cell === 0) v[varying[k]] = cell;
              else {
                const failed = shared.of(varying[k], cell);
                if (failed !== undefined) {
                  row[c] = failed;
                  continue cells;
                }
                v[varying[k]] = coerce(varyingParams[k], cell);
              }
            }
            const res = compute(v);
            row[c] = typeof res === 'number' && res - res !== 0 ? mapError(new CrmError('NUM', messages.resultOverflow())) : res;
          }
        } catch (e) {
          row[c] = mapError(internalError(e));
          c++;
        }
      }
      out[r] = row;
    }
    return out;
  }
  // A single argument that is wrong spoils every cell, but as Excel's arithmetic does, the
  // arguments are read in order: a range before it that holds an error in a cell gives that
  // cell its own error (CHURN({1;#N/A}, "") is #N/A in the second cell, "base is empty" elsewhere).
  const fixedFailed = fixedError === null ? undefined : mapError(fixedError);
  const before = fixedError === null ? nv : varying.filter((i) => i < fixedErrorAt).length;
  if (fixedFailed !== undefined && before === 0) {
    for (let r = 0; r < rows; r++) out[r] = new Array(cols).fill(fixedFailed);
    return out;
  }
  const rowsOf: Cell[][] = new Array(nv);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < nv; k++) rowsOf[k] = grids[varying[k]]![r];
    const row: (number | string | E)[] = new Array(cols);
    cells: for (let c = 0; c < cols; c++) {
      let err: CrmError | null = null;
      for (let k = 0; k < before && err === null; k++) {
        const cell = rowsOf[k][c];
        // The common case (a finite number where a number is wanted) skips the general path.
        if (wantsNumber[k] && typeof cell === 'number' && cell - cell === 0) v[varying[k]] = cell;
        else {
          const failed = shared.of(varying[k], cell);
          if (failed !== undefined) {
            row[c] = failed;
            continue cells;
          }
          try {
            v[varying[k]] = coerce(varyingParams[k], cell);
          } catch (e) {
            err = internalError(e);
          }
        }
      }
      if (err === null && fixedFailed !== undefined) {
        row[c] = fixedFailed;
        continue;
      }
      if (err === null) {
        try {
          const res = compute(v);
          if (typeof res === 'number' && res - res !== 0) err = new CrmError('NUM', messages.resultOverflow());
          else row[c] = res;
        } catch (e) {
          err = internalError(e);
        }
      }
      if (err !== null) row[c] = mapError(err);
    }
    out[r] = row;
  }
  return out;
}
