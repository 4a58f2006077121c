import { CrmError, numError, valueError } from './errors';
import { Cell, Grid, isBlank } from './grid';
import { messages } from './messages';

/**
 * Argument coercion shared by every function: one place decides what counts as a number,
 * what a blank means and how text is matched, so all functions treat input alike.
 */
export function toNumber(arg: string, c: Cell): number {
  if (typeof c === 'number') {
    if (Number.isFinite(c)) return c;
    throw numError(messages.notFinite(arg));
  }
  if (isBlank(c)) throw valueError(messages.blank(arg));
  throw valueError(messages.notANumber(arg, c));
}

export function toText(arg: string, c: Cell): string {
  if (typeof c === 'string') return c.trim();
  throw valueError(messages.notText(arg, c));
}

/**
 * Matches text against a list of accepted spellings, ignoring case and surrounding spaces.
 * `choices` maps each accepted spelling to the value it stands for.
 */
const lowered = new WeakMap<object, Map<string, unknown>>();

export function toChoice<T>(arg: string, c: Cell, choices: Record<string, T>, shown: readonly string[]): T {
  const key = typeof c === 'number' ? String(c) : toText(arg, c).toLowerCase();
  let table = lowered.get(choices) as Map<string, T> | undefined;
  if (!table) {
    table = new Map(Object.entries(choices).map(([k, v]) => [k.toLowerCase(), v]));
    lowered.set(choices, table);
  }
  if (table.has(key)) return table.get(key)!;
  throw valueError(messages.oneOf(arg, shown, c));
}

/** The numbers of a range for an aggregate (NPS, CSAT...): blanks skipped, text rejected. */
export function numbersOf(arg: string, g: Grid): number[] {
  const out: number[] = [];
  for (const row of g)
    for (const c of row) {
      if (isBlank(c)) continue;
      out.push(toNumber(arg, c));
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
