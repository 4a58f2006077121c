import { CrmError, numError, valueError } from './errors';
import { Cell, Grid, InputError, isBlank, isRectangular, Plain, plainOf, shapeText } from './grid';
import { messages } from './messages';

/**
 * Argument coercion shared by every function: one place decides what counts as a number,
 * what a blank means and how text is matched, so all functions treat input alike.
 */
export function toNumber(arg: string, c: Cell, row?: number): number {
  if (typeof c === 'number') {
    if (Number.isFinite(c)) return c;
    throw numError(messages.notFinite(arg));
  }
  if (isBlank(c)) throw valueError(messages.blank(arg));
  if (typeof c === 'object' && c !== null) return toNumber(arg, unwrapped(arg, c, row), row);
  throw valueError(messages.notANumber(arg, c));
}

export function toText(arg: string, c: Cell, row?: number): string {
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'object' && c !== null) return toText(arg, unwrapped(arg, c, row), row);
  throw valueError(messages.notText(arg, c));
}

/** The plain value behind an Excel object; an error value fails with its own code. */
function unwrapped(arg: string, c: object, row?: number): number | string | boolean | null | undefined {
  const p = plainOf(c);
  if (p instanceof InputError) throw p.toError(arg, row);
  return p;
}

/** A cell's plain value for code that reads cells itself; an error value fails with its own code. */
export function plainArg(arg: string, c: Cell, row?: number): Exclude<Plain, InputError> {
  const p = typeof c === 'object' && c !== null ? plainOf(c) : (c as Plain);
  if (p instanceof InputError) throw p.toError(arg, row);
  return p;
}

/**
 * An optional argument that must be one cell (a scale, a unit, an end date): null when omitted
 * or blank. A range is refused rather than silently read by its first cell.
 */
export function singleOptional(arg: string, g: Grid | null | undefined): Exclude<Plain, InputError> {
  if (g === null || g === undefined) return null;
  if (!isRectangular(g)) throw valueError(messages.noData(arg));
  if (g.length !== 1 || g[0].length !== 1) throw valueError(messages.notSingle(arg, shapeText(g)));
  const p = plainArg(arg, g[0][0]);
  return isBlank(p) ? null : p;
}

/** Excel's error value in a cell, or null: lets callers that skip blanks still stop at errors. */
export function inputErrorOf(c: Cell): InputError | null {
  if (typeof c !== 'object' || c === null) return null;
  const p = plainOf(c);
  return p instanceof InputError ? p : null;
}

/**
 * Matches text against a list of accepted spellings, ignoring case and surrounding spaces.
 * `choices` maps each accepted spelling to the value it stands for.
 */
const lowered = new WeakMap<object, Map<string, unknown>>();

export function toChoice<T>(arg: string, c: Cell, choices: Record<string, T>, shown: readonly string[]): T {
  const p = typeof c === 'object' && c !== null ? unwrapped(arg, c) : c;
  const key = typeof p === 'number' ? String(p) : toText(arg, p).toLowerCase();
  let table = lowered.get(choices) as Map<string, T> | undefined;
  if (!table) {
    table = new Map(Object.entries(choices).map(([k, v]) => [k.toLowerCase(), v]));
    lowered.set(choices, table);
  }
  if (table.has(key)) return table.get(key)!;
  throw valueError(messages.oneOf(arg, shown, c));
}

/**
 * The numbers of a range for an aggregate (NPS, CSAT...): blanks skipped, text rejected, and
 * the first error value met fails the whole result with its own code and its row, as Excel's
 * AVERAGE does with an error in its range.
 */
export function numbersOf(arg: string, g: Grid): number[] {
  const out: number[] = [];
  for (let r = 0; r < g.length; r++)
    for (const c of g[r]) {
      if (typeof c === 'number' && c - c === 0) out.push(c);
      else if (!isBlank(c)) {
        const p = typeof c === 'object' ? plainOf(c) : c;
        if (isBlank(p)) continue;
        out.push(toNumber(arg, p, g.length > 1 ? r + 1 : undefined));
      }
    }
  return out;
}

export function requireInteger(arg: string, v: number): number {
  if (!Number.isInteger(v)) throw numError(messages.mustBeInteger(arg, v));
  return v;
}

export function requireAtLeast(arg: string, v: number, min: number): number {
  if (v < min) throw numError(messages.mustBeAtLeast(arg, min, v));
  return v;
}

export function requireAtMost(arg: string, v: number, max: number): number {
  if (v > max) throw numError(messages.mustBeAtMost(arg, max, v));
  return v;
}

/** A finite result or a #NUM! error: results are never NaN or ±Infinity. */
export function finite(v: number): number {
  if (!Number.isFinite(v)) throw new CrmError('NUM', messages.resultOverflow());
  return v;
}
