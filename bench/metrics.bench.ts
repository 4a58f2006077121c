/*
 * Each element-wise CRM function over 1,000,000 cells (1000 × 1000), called as Excel calls it
 * (ranges in, a spilled range out, errors mapped), against a plain JavaScript loop computing
 * the same formula into a fresh array in the same run. Goal: within 3×.
 */
import * as m from '../src/functions/families/metrics';
import { fmt, medianMs } from './timing';

const N = 1000;
function grid(f: (i: number, j: number) => number): number[][] {
  return Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => f(i, j)));
}
function plain(a: number[][], f: (x: number) => number): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const row = a[i];
    const o: number[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) o[j] = f(row[j]);
    out[i] = o;
  }
  return out;
}

function plain2(a: number[][], b: number[][], f: (x: number, y: number) => number): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const ra = a[i];
    const rb = b[i];
    const o: number[] = new Array(ra.length);
    for (let j = 0; j < ra.length; j++) o[j] = f(ra[j], rb[j]);
    out[i] = o;
  }
  return out;
}

interface Case {
  name: string;
  ours: () => unknown;
  baseline: () => unknown;
}

export async function run(log: (line: string) => void): Promise<void> {
  const counts = grid((i, j) => (i * N + j) % 997);
  const rates = grid((i, j) => ((i + j) % 90) / 100);
  const margins = grid((i, j) => 50 + ((i * 7 + j) % 200));
  const actuals = grid((i, j) => 0.7 + ((i + 3 * j) % 30) / 100);
  const ratings = grid((i, j) => 1 + ((i + j) % 10));

  const cases: Case[] = [
    { name: 'CHURN(range, 1000)', ours: () => m.churn(counts, [[1000]]), baseline: () => plain(counts, (x) => x / 1000) },
    { name: 'GROWTH(range, 500)', ours: () => m.growth(counts, [[500]]), baseline: () => plain(counts, (x) => (x - 500) / 500) },
    { name: 'CLV(range, range, 0.1)', ours: () => m.clvFn(margins, rates, [[0.1]]), baseline: () => plain2(margins, rates, (x, r) => (x * r) / (1.1 - r)) },
    { name: 'RETENTION(1000, range)', ours: () => m.retentionFn([[1000]], counts), baseline: () => plain(counts, (x) => x / 1000) },
    {
      name: 'KPISTATUS(range, 0.85)',
      ours: () => m.kpiStatusFn(actuals, [[0.85]], undefined, undefined, [['en-US']]),
      baseline: () =>
        plain(actuals, (x) => (x >= 0.85 ? 1 : x >= 0.85 - 0.0425 ? 2 : 3)).map((r) =>
          r.map((c) => (c === 1 ? 'on track' : c === 2 ? 'at risk' : 'off track')),
        ),
    },
    {
      name: 'RATING(range, "service")',
      ours: () => m.ratingFn(ratings, [['service']], [['en-US']]),
      baseline: () => plain(ratings, (x) => (x >= 9 ? 1 : x >= 7 ? 2 : x >= 5 ? 3 : 4)).map((r) => r.map((c) => ['', 'excellent', 'good', 'pass', 'fail'][c])),
    },
  ];
  log('| function over 1,000,000 cells | ours | plain loop | ratio |');
  log('|---|---|---|---|');
  for (const c of cases) {
    const ours = medianMs(c.ours);
    const base = medianMs(c.baseline);
    log(`| ${c.name} | ${fmt(ours)} | ${fmt(base)} | ${(ours / base).toFixed(2)}× |`);
  }
}
