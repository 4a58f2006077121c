import * as fs from 'fs';
import * as path from 'path';

/** The CDNOW sample in test/fixtures/cdnow (2,357 customers; Fader, Hardie & Lee 2005). */
const DIR = path.join(__dirname, '..', '..', 'fixtures', 'cdnow');

/** The 39-week calibration summary: ID, x, t_x, T (weeks, 2 decimals), zbar. */
export function cdnowSummary() {
  const rows = fs
    .readFileSync(path.join(DIR, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map(Number));
  return { id: rows.map((r) => r[0]), x: rows.map((r) => r[1]), tx: rows.map((r) => r[2]), T: rows.map((r) => r[3]), zbar: rows.map((r) => r[4]) };
}

/** Excel serial of a yyyymmdd date (days since 1899-12-30). */
export const serialOf = (yyyymmdd: string) =>
  (Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Raw transactions: sample customer id, date as an Excel serial, dollars. */
export function cdnowTransactions() {
  const rows = fs
    .readFileSync(path.join(DIR, 'CDNOW_sample.txt'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim().split(/\s+/));
  return { id: rows.map((r) => Number(r[1])), date: rows.map((r) => serialOf(r[2])), amount: rows.map((r) => Number(r[4])) };
}
