/*
 * The rank rules at the size of a whole column: CRM.RANKPOINTS and CRM.WEIGHTS(…, "roc") over
 * 10,000 and 100,000 values, called as Excel calls them (a column range in, a spilled column
 * out), each against a plain JavaScript sort of the same numbers measured in the same run. Both
 * sort once, so the ratio should stay flat from 10,000 to 100,000; a rule that compared every
 * value with every other would grow it tenfold. Then the other two counts over candidates that
 * used to be pairwise: the scorecard's competition ranks (ranksOf) and SENSITIVITY over
 * 1,000 candidates × 1,000 criteria, against one plain pass over the same cells. Each ratio
 * is the median of per-repeat ratios (see row).
 */
import { ranksOf } from '../src/core/scorecard/engine';
import { rankpoints, sensitivity, weights } from '../src/functions/families/scorecard';
import { fmt } from './timing';

/** Fees with many ties, as a tender with repeated quotes has: 5,000 distinct values at most. */
const fees = (n: number) => Array.from({ length: n }, (_, i) => 100000 + ((i * 7919) % 5000) * 10);
/** A shuffled ranking 1..n (7919 is prime and shares no factor with 10,000 or 100,000). */
const ranking = (n: number) => Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % n));
const column = (xs: readonly number[]) => xs.map((x) => [x]);
const plainSort = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b);

const gc = (globalThis as { gc?: () => void }).gc;
const once = (fn: () => unknown) => {
  gc?.();
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};

/**
 * Ours and the baseline timed in turn, repeat by repeat, and the ratio taken per repeat: on a
 * shared machine the load drifts between two separate series, less so between two neighbours.
 */
function row(log: (line: string) => void, name: string, ours: () => unknown, baseline: () => unknown, repeats = 7): void {
  ours();
  baseline();
  const o: number[] = [];
  const b: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < repeats; i++) {
    o.push(once(ours));
    b.push(once(baseline));
    r.push(o[i] / b[i]);
  }
  const median = (xs: number[]) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  log(`| ${name} | ${fmt(median(o))} | ${fmt(median(b))} | ${median(r).toFixed(2)}× |`);
}

export async function run(log: (line: string) => void): Promise<void> {
  log('| function | ours | baseline | ratio |');
  log('|---|---|---|---|');
  for (const n of [10_000, 100_000]) {
    const f = fees(n);
    const fCol = column(f);
    row(
      log,
      `RANKPOINTS(${n.toLocaleString('en-US')} fees) vs sort`,
      () => rankpoints(fCol),
      () => plainSort(f),
    );
    const r = ranking(n);
    const rCol = column(r);
    row(
      log,
      `WEIGHTS(${n.toLocaleString('en-US')} ranks, "roc") vs sort`,
      () => weights(rCol, [['roc']]),
      () => plainSort(r),
    );
  }

  const totals = fees(100_000).map((x) => x / 1000);
  row(
    log,
    'ranksOf(100,000 totals) vs sort',
    () => ranksOf(totals),
    () => plainSort(totals),
  );

  const C = 1000;
  const K = 1000;
  const ratings = Array.from({ length: K }, (_, k) => Array.from({ length: C }, (_, c) => 1 + ((c * 31 + k * 17) % 10)));
  const w = Array.from({ length: K }, (_, k) => [1 + (k % 5)]);
  const onePass = () => {
    const s = new Float64Array(C);
    for (let k = 0; k < K; k++) for (let c = 0; c < C; c++) s[c] += w[k][0] * ratings[k][c];
    return s;
  };
  row(log, 'SENSITIVITY(1,000 × 1,000) vs one weighted pass', () => sensitivity(ratings, w), onePass, 5);
}
