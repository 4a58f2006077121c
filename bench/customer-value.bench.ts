/*
 * The customer-value workspace at Excel's full size: 1,000,000 transactions of 250,000
 * customers simulated from the CDNOW estimates, given as rows of cells the way Excel hands a
 * range over. Each stage (read → summarise → fit → score → results plan) is timed once,
 * and the total is reported as a ratio against a plain typed-array pass over the same rows
 * (read the three cells of each row into typed arrays, nothing checked), measured in the same run.
 */
import { DEFAULT_SETTINGS, readTable, resultsPlan, summaryPlan, summarise, UNIT_DAYS, fitModels, score } from '../src/core/customer-value';
import { simulateBgNbd } from '../test/helpers/simulate-customers';
import { fmt, medianMs } from './timing';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CUSTOMERS = 250_000;
const ROWS = 1_000_000;
const DAY0 = 45_000;

/** A transaction log with the simulated histories; extra same-day purchases bring it to ROWS rows. */
function transactionRows(): (string | number)[][] {
  const sim = simulateBgNbd(CUSTOMERS, CDNOW, 20261202, true);
  const rows: (string | number)[][] = [['customer', 'date', 'amount']];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < CUSTOMERS; i++) {
    const first = DAY0 + 273 - Math.round(sim.T[i] * 7);
    const id = `C${i + 1}`;
    rows.push([id, first, 10 + Math.round(rand() * 4000) / 100]);
    const last = first + Math.round(sim.tx[i] * 7);
    for (let k = 1; k <= sim.x[i]; k++)
      rows.push([id, k === sim.x[i] ? last : first + 1 + Math.floor(rand() * Math.max(1, last - first - 1)), 10 + Math.round(rand() * 4000) / 100]);
  }
  while (rows.length <= ROWS) {
    const r = rows[1 + Math.floor(rand() * (rows.length - 1))];
    rows.push([r[0], r[1], 5 + Math.round(rand() * 1000) / 100]);
  }
  return rows.slice(0, ROWS + 1);
}

export async function run(log: (line: string) => void): Promise<void> {
  const rows = transactionRows();
  const columns = { id: 0, date: 1, amount: 2 };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const baseline = medianMs(() => {
    const day = new Int32Array(ROWS);
    const amount = new Float64Array(ROWS);
    let idLength = 0;
    for (let i = 1; i <= ROWS; i++) {
      const r = rows[i];
      idLength += (r[0] as string).length;
      day[i - 1] = r[1] as number;
      amount[i - 1] = r[2] as number;
    }
    return idLength + day[5] + amount[5];
  }, 5);
  const time = <T>(f: () => T): [T, number] => {
    const t0 = process.hrtime.bigint();
    const v = f();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    sample();
    return [v, ms];
  };
  sample();
  const settings = { ...DEFAULT_SETTINGS, unit: 'week' as const, horizon: 52 };
  const [read, readMs] = time(() => readTable(rows, columns));
  const end = read.report.lastDay;
  const [summary, sumMs] = time(() => summarise(read.transactions, end, null, UNIT_DAYS.week));
  const [fit, fitMs] = time(() => fitModels(summary, 'bgnbd'));
  const [scores, scoreMs] = time(() => score(summary, fit, settings));
  const analysis = { settings, calibrationEnd: end, summary, fit, scores };
  const [, planMs] = time(() => [resultsPlan(analysis, read.transactions, 'en-US'), summaryPlan(analysis, read.transactions, 'en-US', 'Customer value')]);
  const total = readMs + sumMs + fitMs + scoreMs + planMs;
  log(`${ROWS.toLocaleString('en-US')} transactions, ${summary.customers.toLocaleString('en-US')} customers`);
  log(`  baseline (plain typed-array pass over the rows): ${fmt(baseline)}`);
  for (const [name, ms] of [
    ['read', readMs],
    ['summarise', sumMs],
    ['fit BG/NBD + Gamma-Gamma', fitMs],
    ['score (P(alive), E[Y], P(none), spend, CLV 52 weeks, segments)', scoreMs],
    ['results + summary plans', planMs],
  ] as const)
    log(`  ${name}: ${fmt(ms)} = ${(ms / baseline).toFixed(1)} × baseline`);
  log(`  total: ${fmt(total)} = ${(total / baseline).toFixed(1)} × baseline`);
  const [r, alpha, a, b] = fit.purchases.params;
  log(
    `  BG/NBD r ${r.toFixed(3)}, alpha ${alpha.toFixed(3)}, a ${a.toFixed(3)}, b ${b.toFixed(3)} (simulated from 0.243, 4.414, 0.793, 2.426); ${fit.purchases.verdict.determined ? 'well determined' : 'not pinned down'}`,
  );
  log(`  peak resident memory during the stages: ${(peak / 2 ** 20).toFixed(0)} MiB (the rows of cells alone: the input, held by the caller)`);
}
