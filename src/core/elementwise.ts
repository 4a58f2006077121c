import { toNumber, toText } from './args';
import { CrmError, valueError } from './errors';
import { Cell, commonShape, Grid, isBlank, isRectangular, OutCell } from './grid';
import { messages } from './messages';

/**
 * The element-wise calling convention of the catalogue: every argument is a single value or
 * a range; ranges must share one shape; the result has that shape. An error in one cell's
 * inputs becomes that cell's error, as Excel's own arithmetic does; only a shape mismatch
 * fails the whole call.
 */
export interface ParamSpec {
  name: string;
  type: 'number' | 'text';
  /** Omitted (or blank) optional arguments take `default`; null means "let compute decide". */
  optional?: boolean;
  default?: number | string | null;
}

export type ArgValue = number | string | null;
export type Compute = (v: ArgValue[]) => number | string;

const UNSET = Symbol('unset');

function coerce(p: ParamSpec, c: Cell): ArgValue {
  if (p.optional && isBlank(c)) return p.default ?? null;
  return p.type === 'number' ? toNumber(p.name, c) : toText(p.name, c);
}

export const internalError = (e: unknown): CrmError =>
  e instanceof CrmError
    ? e
    : valueError({
        en: `Unexpected problem: ${e instanceof Error ? e.message : String(e)}`,
        zh: `意外错误:${e instanceof Error ? e.message : String(e)}`,
      });

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

  // Single values and omitted arguments are coerced once, not once per cell.
  const fixed: (ArgValue | CrmError | typeof UNSET)[] = grids.map((g, i) => {
    if (g && (g.length > 1 || g[0].length > 1)) return UNSET;
    try {
      return g ? coerce(params[i], g[0][0]) : (params[i].default ?? null);
    } catch (e) {
      return internalError(e);
    }
  });
  const isNumber = params.map((p) => p.type === 'number');

  const v: ArgValue[] = new Array(n);
  const out: (number | string | E)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: (number | string | E)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let err: CrmError | null = null;
      for (let i = 0; i < n; i++) {
        const f = fixed[i];
        if (f !== UNSET) {
          if (f instanceof CrmError) {
            err = f;
            break;
          }
          v[i] = f;
          continue;
        }
        const cell = grids[i]![r][c];
        // The common case (a finite number where a number is wanted) skips the general path.
        if (isNumber[i] && typeof cell === 'number' && cell - cell === 0) {
          v[i] = cell;
          continue;
        }
        try {
          v[i] = coerce(params[i], cell);
        } catch (e) {
          err = internalError(e);
          break;
        }
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
