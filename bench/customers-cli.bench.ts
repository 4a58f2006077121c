/*
 * crm-customers analyze on a log of 10 million transactions (bench/simulated-log.ts: BG/NBD
 * customers, each purchase day written as one to three order lines), as CSV and as Parquet in a
 * temporary folder, run as users run it (node bin/crm-customers.js, the built bundle). Wall time
 * and peak memory (RSS, from GNU time) are given as ratios to DuckDB scanning the same file in
 * the same run: `SELECT count(*)` and a hash of every value of the three columns, the file read
 * the way analyze reads it.
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

/**
 * The scan every figure is compared with: each value of the three columns decoded and hashed.
 * (min/max or count alone a Parquet file answers from its row-group statistics, reading nothing.)
 */
const SCAN = 'SELECT count(*), sum(hash(customer_id)), sum(hash(order_date)), sum(hash(amount)) FROM';

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

/**
 * Where the time of analyze goes, each step timed in this process as a ratio to DuckDB scanning
 * the file here too: reading and checking, the summary query, the two fits, the scores, and the
 * workbook (ExcelJS, the pane's writer).
 */
async function phases(file: string, log: (line: string) => void): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const L = await import('../src/cli/customers/duckdb-log');
  const { fitModels } = await import('../src/core/customer-value/fit-step');
  const { score } = await import('../src/core/customer-value/score');
  const { DEFAULT_SETTINGS } = await import('../src/core/customer-value/settings');
  const { daySerial } = await import('../src/core/customer-value/cells');
  const { customerValueXlsx } = await import('../src/xlsx/customer-value-workbook');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
    const t0 = process.hrtime.bigint();
    const v = await fn();
    return [v, Number(process.hrtime.bigint() - t0) / 1e9];
  };
  const opened = await L.openLog(conn, file, file);
  const [, scan] = await time(() => conn.runAndReadAll(`${SCAN} ${opened.from}`));
  const columns = L.chooseColumns(opened, {});
  const end = daySerial('1997-09-30')!;
  const [, check] = await time(async () => {
    await L.createReadView(conn, opened, columns);
    return L.checkLog(conn);
  });
  const [{ summary, ids }, summarise] = await time(() => L.summariseLog(conn, end, null, 7));
  conn.closeSync();
  db.closeSync();
  const settings = { ...DEFAULT_SETTINGS, calibrationEnd: end };
  const [fit, fitting] = await time(() => fitModels(summary, settings.model));
  const [scores, scoring] = await time(() => score(summary, fit, settings));
  const table = { length: 0, customer: new Int32Array(0), day: new Int32Array(0), amount: new Float64Array(0), row: new Int32Array(0), ids };
  const [, writing] = await time(() => customerValueXlsx({ settings, calibrationEnd: end, summary, fit, scores }, table, 'en-US', 'log.parquet', columns));
  log(`  steps of analyze in one process, against a scan there (${scan.toFixed(2)} s):`);
  for (const [label, s] of [
    ['read and check', check],
    ['summary query', summarise],
    ['fit BG/NBD and Gamma-Gamma', fitting],
    ['score', scoring],
    ['write the workbook', writing],
  ] as const)
    log(`    ${label.padEnd(54)}${(s / scan).toFixed(1)}× time`);
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
      const base = duckdbQuery(`${SCAN} ${from}`, dir);
      log(`baseline: DuckDB scan of ${file}`.padEnd(58) + `${base.seconds.toFixed(2)} s, peak ${base.peakMb.toFixed(0)} MB`);
      const analyzed = measured([BIN, 'analyze', file, '--end', end, '--out', `${file}.xlsx`], dir);
      ratio('analyze (check, summarise, fit, write .xlsx)', analyzed, base);
      log(`    ${analyzed.stdout.trim().split('\n').join('\n    ')}`);
      if (file.endsWith('.parquet')) {
        const sql = measured([BIN, 'analyze', file, '--end', end, '--print-sql'], dir).stdout;
        ratio('the summary query alone (--print-sql, run by DuckDB)', duckdbQuery(sql, dir), base);
        await phases(path.join(dir, file), log);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
