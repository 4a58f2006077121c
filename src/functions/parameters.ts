import { requireAtLeast, requireAtMost, requireInteger, singleOptional, toChoice, toNumber, toText } from '../core/args';
import type { ParamSpec } from '../core/elementwise';
import { valueError } from '../core/errors';
import type { Grid } from '../core/grid';
import { messages } from '../core/messages';

/*
 * Each custom function's parameters are declared once, in a table right above the function:
 * name (as Excel shows it), type, bounds, default. The body reads its arguments through the
 * table, so coercion, defaults and bound messages come from it. The JSDoc stays, because
 * custom-functions-metadata reads nothing else; test/functions/parameter-tables.test.ts checks
 * every table against the generated functions.json and the zh-CN catalogue, so they cannot drift.
 */

export interface Bounds {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * A parameter read as single values: cell by cell over a range (element-wise), or one cell.
 * `optional` lets blank cells take the default; `blanksOnly` keeps the argument itself
 * required in Excel's signature (GG.SPEND's monetary: blank only where frequency is 0).
 */
export type ValueParam<N extends string = string> = ParamSpec & Bounds & { name: N; blanksOnly?: boolean };

/** A parameter the body reads itself: a whole range (ratings, a cohort), or a cell of its own kind (a date). */
export interface RangeParam<N extends string = string> {
  name: N;
  type: 'range';
  optional?: boolean;
}

export type Param<N extends string = string> = ValueParam<N> | RangeParam<N>;
export type ParamTable = readonly Param[];

export const num = <N extends string>(name: N, bounds: Bounds = {}): ValueParam<N> => ({ name, type: 'number', ...bounds });

export const optNum = <N extends string>(name: N, def: number | null, bounds: Bounds = {}): ValueParam<N> => ({
  name,
  type: 'number',
  optional: true,
  default: def,
  ...bounds,
});

export const text = <N extends string>(name: N, optional = false): ValueParam<N> => ({ name, type: 'text', ...(optional ? { optional, default: null } : {}) });

/** Text matched against accepted spellings; `def` makes it optional (null: the body decides). */
export const choice = <N extends string>(name: N, choices: Record<string, string>, shown: readonly string[], def?: string | null): ValueParam<N> => ({
  name,
  type: 'choice',
  choices,
  shown,
  ...(def !== undefined ? { optional: true, default: def } : {}),
});

/** A required argument whose blank cells take the default (null: the body decides). */
export const blankable = <N extends string>(p: ValueParam<N>): ValueParam<N> => ({ ...p, optional: true, default: p.default ?? null, blanksOnly: true });

/** Whether Excel may omit the argument: the [name] of its JSDoc. */
export const omittable = (p: Param): boolean => p.optional === true && !(p.type !== 'range' && p.blanksOnly);

export const range = <N extends string>(name: N, optional = false): RangeParam<N> => ({ name, type: 'range', ...(optional ? { optional } : {}) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any custom function, whatever its signature
type CustomFunction = (...args: any[]) => unknown;
const declared = new Map<CustomFunction, ParamTable>();

/** Records `table` as the parameters of `fn` (for the drift test) and returns it for the body. */
export function declare<T extends ParamTable>(fn: CustomFunction, table: T): T {
  declared.set(fn, table);
  return table;
}

export const declaredParams = (fn: CustomFunction): ParamTable | undefined => declared.get(fn);

/** The table's entry for `name`; the compiler checks that the name is in the table. */
export function param<T extends ParamTable, N extends T[number]['name']>(table: T, name: N): Extract<T[number], { name: N }> {
  return table.find((p) => p.name === name) as Extract<T[number], { name: N }>;
}

export const isValueParam = (p: Param): p is ValueParam => p.type !== 'range';
export const hasBounds = (p: ValueParam): boolean => p.min !== undefined || p.max !== undefined || p.integer === true;

/** The value if it is inside the parameter's bounds; #NUM! naming the parameter otherwise. */
export function withinBounds(p: ValueParam, v: number): number {
  if (p.integer) requireInteger(p.name, v);
  if (p.min !== undefined) requireAtLeast(p.name, v, p.min);
  if (p.max !== undefined) requireAtMost(p.name, v, p.max);
  return v;
}

/** A one-cell argument (a scale, a mode): coerced as its table says; its default when omitted or blank. */
export function singleValue(p: ValueParam, g: Grid | null | undefined): number | string | null {
  const c = singleOptional(p.name, g);
  if (c === null) {
    if (!p.optional) throw valueError(p.type === 'number' ? messages.blank(p.name) : messages.blankText(p.name, p.shown));
    return p.default ?? null;
  }
  if (p.type === 'number') return withinBounds(p, toNumber(p.name, c));
  if (p.type === 'choice') return toChoice(p.name, c, p.choices ?? {}, p.shown ?? Object.keys(p.choices ?? {}));
  return toText(p.name, c);
}
