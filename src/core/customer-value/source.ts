import { quoteSheet } from '../sheet/a1';

/**
 * Where a transaction table lives in an open workbook: the current selection (kept as its
 * address), an Excel table (followed by name, so a rerun reads it at its size of the day), or a
 * sheet's used range. `key` is what the workbook stores for a rerun (stored.ts's source).
 */
export interface TransactionSource {
  kind: 'selection' | 'table' | 'sheet';
  key: string;
  /** The table's or the sheet's name; for a selection its sheet. */
  name: string;
  sheet: string;
  /** Its address on `sheet` today, without the sheet's name. */
  address: string;
  rows: number;
  cols: number;
}

export const sourceKey = (kind: TransactionSource['kind'], name: string, sheet: string, address: string): string =>
  kind === 'table' ? `table:${name}` : kind === 'sheet' ? `sheet:${sheet}` : `range:${quoteSheet(sheet)}!${address}`;

/** A stored key back to what to look up; null when it is none of ours (a file's name, say). */
export function parseSourceKey(key: string): { kind: 'table' | 'sheet'; name: string } | { kind: 'selection'; sheet: string; address: string } | null {
  const m = /^(table|sheet):(.+)$/.exec(key);
  if (m) return { kind: m[1] as 'table' | 'sheet', name: m[2] };
  const r = /^range:(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(key);
  return r ? { kind: 'selection', sheet: (r[1] ?? r[2]).replace(/''/g, "'"), address: r[3] } : null;
}
