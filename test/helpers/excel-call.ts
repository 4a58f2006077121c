/* eslint-disable @typescript-eslint/no-explicit-any */
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
