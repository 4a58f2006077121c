/** A1 addresses: the only notation plans, formulas and writers share. */

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export const address = (row: number, col: number): string => `${columnLetters(col)}${row}`;
export const absolute = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
export const rangeOf = (r1: number, c1: number, r2: number, c2: number): string => `${address(r1, c1)}:${address(r2, c2)}`;

/** "B7" → {row: 7, col: 2}. */
export function parseAddress(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a);
  if (!m) throw new Error(`not an A1 address: ${a}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "B7:D9" → corners; a single address is a one-cell range. */
export function parseRange(r: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = r.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** "Q1 'plan'" → "'Q1 ''plan'''": a sheet name as formulas and defined names need it. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A range of a sheet, absolute, for defined names and chart sources. */
export function sheetRange(sheet: string, range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  const a = absolute(top, left);
  return `${quoteSheet(sheet)}!${top === bottom && left === right ? a : `${a}:${absolute(bottom, right)}`}`;
}
