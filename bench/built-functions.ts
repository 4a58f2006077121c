import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

/* eslint-disable @typescript-eslint/no-explicit-any -- custom functions take and return Excel's untyped ranges */
export type BuiltFunction = (...args: any[][][]) => any[][];

/**
 * The custom functions as Excel gets them: dist/functions.js (npm run build) run in a fresh
 * context whose CustomFunctions.associate collects what the bundle registers. Nothing of
 * src/ is imported, so what is timed is the shipped code, argument conversion included.
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
  const context: Record<string, unknown> = {
    CustomFunctions: { associate: (id: string, f: BuiltFunction) => (fns[id] = f), Error: ExcelError, ErrorCode: {} },
    Office: { onReady: () => Promise.resolve({}), context: {} },
    console,
    setTimeout,
    clearTimeout,
  };
  context.window = context;
  context.self = context;
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(file, 'utf8'), context);
  return fns;
}

/** A column as Excel passes a range: one single-cell row per value. */
export const column = (values: ArrayLike<number | string>): any[][] => Array.from(values, (v) => [v]);
