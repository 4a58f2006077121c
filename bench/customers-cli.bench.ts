/*
 * crm-customers analyze on a log of 10 million transactions (bench/simulated-log.ts: BG/NBD
 * customers, each purchase day written as one to three order lines), as CSV and as Parquet in a
 * temporary folder, run as users run it (node bin/crm-customers.js, the built bundle). Wall time
 * and peak memory (RSS, from GNU time) are given as ratios to DuckDB scanning the same file in
 * the same run: `SELECT count(*)` and a min/max of each column, read the way analyze reads it.
 * The summary query alone (what --print-sql prints, run by DuckDB on the Parquet file) shows how
 * much of the command is the summary and how much the fit and the workbook. Each is run once:
 * the files are large and the ratios are what matter. Nothing is left behind.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { simulatedLog } from './simulated-log';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'crm-customers.js');
const ROWS = 10_000_000;
const CUSTOMERS = 110_000;
/** Per week: about 48 purchase days per customer over the 39 weeks, so 110,000 customers make 10 million lines. */
const PARAMS = { r: 3, alpha: 1, a: 0.3, b: 10 };
const DAY0 = Date.UTC(1997, 0, 1);
const iso = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

interface Measure {
  seconds: number;
  peakMb: number;
  stdout: string;
}

/** A node process under GNU time: its wall time and peak RSS. */
function measured(args: string[], cwd: string): Measure {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [s, kb] = last.split(' ').map(Number);
  if (r.status !== 0 || !Number.isFinite(s)) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { seconds: s, peakMb: kb / 1024, stdout: r.stdout };
}

/** A DuckDB query in a process of its own, as the command's would be. */
function duckdbQuery(sql: string, cwd: string): Measure {
  const script = `const { DuckDBInstance } = require(${JSON.stringify(require.resolve('@duckdb/node-api'))});
(async () => { const db = await DuckDBInstance.create(':memory:'); const c = await db.connect(); const r = await c.runAndReadAll(${JSON.stringify(sql)}); console.log(r.currentRowCount); })();`;
  return measured(['-e', script], cwd);
}

async function writeCsv(file: string): Promise<number> {
  const log = simulatedLog(CUSTOMERS, PARAMS, 2024);
  const out = fs.createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('customer_id,order_date,amount\n');
  let lines = 0;
  let chunk: string[] = [];
  for (let i = 0; i < log.ids.length && lines < ROWS; i++) {
    // An order of one to three lines; the day's amount split between them.
    const k = Math.min(1 + (i % 3), ROWS - lines);
    const date = iso(log.days[i]);
    for (let j = 0; j < k; j++) chunk.push(`${log.ids[i]},${date},${(log.amounts[i] / k).toFixed(2)}`);
    lines += k;
    if (chunk.length >= 100_000) {
      await write(chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  await write(chunk.join('\n') + '\n');
  await new Promise<void>((r) => out.end(() => r()));
  return lines;
}

export async function run(log: (line: string) => void): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'crm-customers.js'))) throw new Error('The command is not built: run `npm run build` first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-customers-bench-'));
  try {
    const lines = await writeCsv(path.join(dir, 'log.csv'));
    if (lines !== ROWS) throw new Error(`the simulated log made ${lines} lines, not ${ROWS}: raise CUSTOMERS`);
    duckdbQuery(
      `COPY (SELECT CAST(customer_id AS BIGINT) AS customer_id, CAST(order_date AS DATE) AS order_date, CAST(amount AS DOUBLE) AS amount FROM read_csv('log.csv', all_varchar = true)) TO 'log.parquet' (FORMAT parquet)`,
      dir,
    );
    const mb = (f: string) => (fs.statSync(path.join(dir, f)).size / 1e6).toFixed(0);
    log(`${ROWS.toLocaleString('en-US')} transactions: log.csv ${mb('log.csv')} MB, log.parquet ${mb('log.parquet')} MB; end 1997-09-30, weeks`);
    // The reading analyze does (src/cli/customers/duckdb-log.ts, fileSource), without the rest.
    const { fileSource } = await import('../src/cli/customers/duckdb-log');
    const end = '1997-09-30';
    const ratio = (label: string, m: Measure, base: Measure) =>
      log(`  ${label.padEnd(56)}${(m.seconds / base.seconds).toFixed(2)}× time, ${(m.peakMb / base.peakMb).toFixed(2)}× peak memory`);
    for (const file of ['log.csv', 'log.parquet']) {
      const from = fileSource(path.join(dir, file)).from;
      const base = duckdbQuery(
        `SELECT count(*), min(customer_id), max(customer_id), min(order_date), max(order_date), min(amount), max(amount) FROM ${from}`,
        dir,
      );
      log(`baseline: DuckDB scan of ${file}`.padEnd(58) + `${base.seconds.toFixed(1)} s, peak ${base.peakMb.toFixed(0)} MB`);
      const analyzed = measured([BIN, 'analyze', file, '--end', end, '--out', `${file}.xlsx`], dir);
      ratio('analyze (check, summarise, fit, write .xlsx)', analyzed, base);
      log(`    ${analyzed.stdout.trim().split('\n').join('\n    ')}`);
      if (file.endsWith('.parquet')) {
        const sql = measured([BIN, 'analyze', file, '--end', end, '--print-sql'], dir).stdout;
        ratio('the summary query alone (--print-sql, run by DuckDB)', duckdbQuery(sql, dir), base);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
