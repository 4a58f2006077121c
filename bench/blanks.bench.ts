/*
 * What a whole-column reference passes: =CRM.CHURN(A1:A1048576, 1200) where the column holds
 * numbers, empty cells (null, as current Excel sends them), a formula's "" or #N/A error values
 * (allowErrorForDataTypeAny). Each is reported against the all-numbers column timed in the same
 * run, with the heap the result keeps. Goal: blanks and errors cost no more than numbers.
 */
import * as m from '../src/functions/families/metrics';
import { fmt, medianMs } from './timing';

const ROWS = 1_048_576;
const gc = (globalThis as { gc?: () => void }).gc;
const column = (f: (i: number) => unknown) => Array.from({ length: ROWS }, (_, i) => [f(i)]);

/** Heap kept by one result, in MB (needs --expose-gc, which npm run bench passes). */
function retainedMb(fn: () => unknown): number {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  void kept;
  return (after - before) / 1e6;
}

export async function run(log: (line: string) => void): Promise<void> {
  const columns: [string, unknown[][]][] = [
    ['numbers', column((i) => i % 997)],
    ['empty cells (null)', column(() => null)],
    ['"" from formulas', column(() => '')],
    ['#N/A in every cell', column(() => ({ code: '#N/A' }))],
  ];
  const base = medianMs(() => m.churn(columns[0][1], [[1200]]), 5);
  const baseMb = retainedMb(() => m.churn(columns[0][1], [[1200]]));
  log('| CHURN over 1,048,576 rows of | time | × numbers | heap kept | × numbers |');
  log('|---|---|---|---|---|');
  for (const [name, col] of columns) {
    const t = medianMs(() => m.churn(col, [[1200]]), 5);
    const mb = retainedMb(() => m.churn(col, [[1200]]));
    log(`| ${name} | ${fmt(t)} | ${(t / base).toFixed(2)}× | ${mb.toFixed(1)} MB | ${(mb / baseMb).toFixed(2)}× |`);
  }
}
