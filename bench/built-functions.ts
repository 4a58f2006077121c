import * as fs from 'fs';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-explicit-any -- custom functions take and return Excel's untyped ranges */
export type BuiltFunction = (...args: any[][][]) => any[][];

/**
 * The custom functions as Excel gets them: dist/functions.js (npm run build) run as a page runs
 * it, in this realm, with a CustomFunctions.associate that collects what the bundle registers.
 * Nothing of src/ is imported, so what is timed is the shipped code, argument conversion
 * included. (Run in a separate vm context instead, every call crosses realms and is ~16×
 * slower: that would time the harness, not the add-in.)
 */
export function loadBuiltFunctions(): Record<string, BuiltFunction> {
  const file = path.join(__dirname, '..', 'dist', 'functions.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  const fns: Record<string, BuiltFunction> = {};
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const g = globalThis as Record<string, unknown>;
  const saved = { CustomFunctions: g.CustomFunctions, Office: g.Office };
  g.CustomFunctions = { associate: (id: string, f: BuiltFunction) => (fns[id] = f), Error: ExcelError, ErrorCode: {} };
  g.Office = { onReady: () => Promise.resolve({}), context: {} };
  try {
    new Function(fs.readFileSync(file, 'utf8'))();
  } finally {
    Object.assign(g, saved);
  }
  return fns;
}

/** A column as Excel passes a range: one single-cell row per value. */
export const column = (values: ArrayLike<number | string>): any[][] => Array.from(values, (v) => [v]);
