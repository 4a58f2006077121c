import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DuckDBInstance } from '@duckdb/node-api';
import { daySerial } from '../../src/core/customer-value/cells';
import { detectColumns } from '../../src/core/customer-value/columns';
import { readTable } from '../../src/core/customer-value/read-table';
import { summarise } from '../../src/core/customer-value/summarise';
import { inLanguage, type Lang } from '../../src/core/language';
import { rfmSummary, type RfmRow } from '../../src/core/models/rfm';
import { CUSTOMER_VALUE_LABELS as L } from '../../src/core/sheet/sheet-labels';
import { main } from '../../src/cli/crm-customers';
import { cdnowTransactions } from '../core/models/cdnow';
import { distFile, ROOT } from '../helpers/dist';

/*
 * crm-customers analyze on the CDNOW log (test/fixtures/cdnow) written here as a CSV and, by
 * DuckDB's COPY, as Parquet. The summary it writes is compared with rfmSummary (models/rfm.ts)
 * on the same rows, the fit with the published estimates, and each bad file with the message
 * the Customer value page gives for the same table. Most cases call main() in process.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-customers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CAL_END = '1997-09-30';
const log = cdnowTransactions();
const iso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const exists = (name: string) => fs.existsSync(path.join(dir, name));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sheets(file: string, lang: Lang = 'en-US') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const results = wb.getWorksheet(inLanguage(L.resultsSheet, lang))!;
  const summary = wb.getWorksheet(inLanguage(L.summarySheet, lang))!;
  const rows = new Map<string, number[]>();
  for (let r = 2; r <= results.rowCount; r++) {
    const row = results.getRow(r);
    rows.set(
      String(row.getCell(1).value),
      [2, 3, 4, 5].map((c) => Number(row.getCell(c).value)),
    );
  }
  /** Column B beside the label in column A of the summary sheet. */
  const beside = (label: string) => {
    for (let r = 1; r <= summary.rowCount; r++) if (summary.getRow(r).getCell(1).value === label) return summary.getRow(r).getCell(2).value;
    throw new Error(`no row ${label}`);
  };
  return { results, rows, beside };
}

/** rfmSummary of the same rows, keyed by id as the workbook writes it. */
function expected(unitDays: number): Map<string, RfmRow> {
  return new Map(rfmSummary(log.id, log.date, log.amount, daySerial(CAL_END), unitDays).map((r) => [String(r.id), r]));
}

function expectSummary(rows: Map<string, number[]>, want: Map<string, RfmRow>) {
  expect(rows.size).toBe(want.size);
  for (const [id, w] of want) {
    const [x, tx, T, m] = rows.get(id)!;
    expect(x).toBe(w.frequency);
    // Exact: whole days over the same divisor in both.
    expect(tx).toBe(w.recency);
    expect(T).toBe(w.T);
    // Sums of the same cents in another order: equal to the last bits.
    expect(Math.abs(m - w.monetary)).toBeLessThanOrEqual(1e-9 * Math.max(1, w.monetary));
  }
}

beforeAll(async () => {
  // The log with the headers an export might have; dates ISO, amounts in dollars.
  write('cdnow.csv', ['customer,order_date,sales', ...log.id.map((id, i) => `${id},${iso(log.date[i])},${log.amount[i]}`)].join('\n') + '\n');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(
    `COPY (SELECT CAST(customer AS BIGINT) AS customer, CAST(order_date AS DATE) AS order_date, CAST(sales AS DOUBLE) AS sales FROM read_csv('${path.join(dir, 'cdnow.csv')}', all_varchar = true)) TO '${path.join(dir, 'cdnow.parquet')}' (FORMAT parquet)`,
  );
  conn.closeSync();
  db.closeSync();
});

describe('the CDNOW log', () => {
  test('from CSV: the summary is rfmSummary of the same rows, the BG/NBD fit the published estimates, one row per customer', async () => {
    const r = await run('analyze', 'cdnow.csv', '--end', CAL_END, '--out', 'csv.xlsx');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('Read 6,919 rows: 2,357 customers in the summary, dates 1997-01-01 to 1998-06-30.');
    expect(r.out).toContain('Wrote csv.xlsx');
    const book = await sheets('csv.xlsx');
    expect(book.results.rowCount).toBe(2357 + 1);
    expectSummary(book.rows, expected(7));
    // Fader, Hardie & Lee (2005), "Counting your customers the easy way", section 5: r 0.243, alpha 4.414, a 0.793, b 2.426.
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    for (const [name, v] of Object.entries(published)) expect(Number((book.beside(name) as number).toFixed(3))).toBe(v);
    expect(book.beside(inLanguage(L.calibrationEnd, 'en-US'))).toEqual(new Date(`${CAL_END}T00:00:00Z`));
  });

  test('from Parquet: the same summary and fit as from the CSV', async () => {
    const r = await run('analyze', 'cdnow.parquet', '--end', CAL_END, '--out', 'parquet.xlsx', '--lang', 'zh-CN');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('已写入 parquet.xlsx');
    const book = await sheets('parquet.xlsx', 'zh-CN');
    expectSummary(book.rows, expected(7));
  });

  test('the settings flags reach the summary and the workbook: --unit day, --horizon, --discount, --margin, --holdout', async () => {
    const r = await run(
      'analyze',
      'cdnow.parquet',
      '--end',
      CAL_END,
      '--holdout',
      '1998-06-30',
      '--unit',
      'day',
      '--horizon',
      '30',
      '--discount',
      '5%',
      '--margin',
      '0.3',
      '--out',
      'days.xlsx',
    );
    expect([r.code, r.err]).toEqual([0, '']);
    const book = await sheets('days.xlsx');
    expectSummary(book.rows, expected(1));
    const w = (k: keyof typeof L) => inLanguage(L[k], 'en-US');
    expect(book.beside(w('unit'))).toBe(w('day'));
    expect(book.beside(w('horizon'))).toBe(30);
    expect(book.beside(w('annualDiscount'))).toBe(0.05);
    expect(book.beside(w('margin'))).toBe(0.3);
    expect(book.beside(w('holdoutEnd'))).toEqual(new Date('1998-06-30T00:00:00Z'));
  });

  test('--id, --date and --amount name columns the headers do not give away', async () => {
    write('plain.csv', ['a,b,c', ...log.id.slice(0, 400).map((id, i) => `${id},${iso(log.date[i])},${log.amount[i]}`)].join('\n'));
    const refused = await run('analyze', 'plain.csv');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      [
        'Choose the customer id column: none of the headers looks like one. Name it with --id.',
        'Choose the date column: none of the headers looks like one. Name it with --date.',
        'Choose the amount column: none of the headers looks like one. Name it with --amount.',
      ].join('\n'),
    );
    const r = await run('analyze', 'plain.csv', '--id', 'a', '--date', 'b', '--amount', 'c', '--end', CAL_END, '--out', 'plain.xlsx');
    expect([r.code, r.err]).toEqual([0, '']);
    const want = new Map(
      rfmSummary(log.id.slice(0, 400), log.date.slice(0, 400), log.amount.slice(0, 400), daySerial(CAL_END), 7).map((x) => [String(x.id), x]),
    );
    expectSummary((await sheets('plain.xlsx')).rows, want);
    const wrong = await run('analyze', 'plain.csv', '--id', 'who', '--date', 'b', '--amount', 'c');
    expect([wrong.code, wrong.err]).toEqual([1, '--id: the file has no column "who". Its columns: "a", "b", "c".']);
  });
});

describe('--print-sql', () => {
  test('prints the summary query and runs nothing; DuckDB running it on the Parquet file gives rfmSummary', async () => {
    const r = await run('analyze', 'cdnow.parquet', '--end', CAL_END, '--print-sql', '--out', 'never.xlsx');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(exists('never.xlsx')).toBe(false);
    // 1997-09-30 is day 35703 since 1899-12-30 (Excel's serial of that date); weeks divide by 7.
    expect(r.out).toContain('WHERE purchase_day <= 35703');
    expect(r.out).toContain('(35703 - f.first_day) / 7e0 AS T');
    expect(r.out).toContain(`DATEDIFF('day', DATE '1899-12-30', CAST(order_date AS DATE)) AS purchase_day`);
    expect(r.out).toContain(`FROM read_parquet('cdnow.parquet')`);
    expect(r.out).toMatch(/GROUP BY f\.customer_id, f\.first_day/);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const rows = (await conn.runAndReadAll(r.out)).getRowObjectsJS();
      const want = expected(7);
      expect(rows.length).toBe(want.size);
      for (const row of rows) {
        const w = want.get(String(row.customer_id))!;
        expect([Number(row.frequency), Number(row.recency), Number(row.T)]).toEqual([w.frequency, w.recency, w.T]);
        expect(Math.abs(Number(row.monetary) - w.monetary)).toBeLessThanOrEqual(1e-9 * Math.max(1, w.monetary));
      }
    } finally {
      process.chdir(cwd);
      conn.closeSync();
      db.closeSync();
    }
  });

  test("with a holdout end it counts each customer's holdout purchase days as summarise.ts does; without --end it asks for one", async () => {
    const r = await run('analyze', 'cdnow.parquet', '--end', CAL_END, '--holdout', '1998-06-30', '--print-sql');
    expect(r.out).toContain('WHERE purchase_day <= 35976');
    expect(r.out).toContain('SUM(CASE WHEN d.purchase_day > 35703 THEN 1 ELSE 0 END) AS holdout');
    const table = [['customer_id', 'date', 'amount'], ...log.id.map((id, i) => [String(id), iso(log.date[i]), String(log.amount[i])])];
    const { transactions } = readTable(table, detectColumns(table[0]));
    const core = summarise(transactions, daySerial(CAL_END)!, daySerial('1998-06-30'), 7);
    const want = new Map(Array.from(core.customer, (c, i) => [transactions.ids[c], core.holdout![i]]));
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const rows = (await conn.runAndReadAll(r.out)).getRowObjectsJS();
      expect(new Map(rows.map((x) => [String(x.customer_id), Number(x.holdout)]))).toEqual(want);
    } finally {
      process.chdir(cwd);
      conn.closeSync();
      db.closeSync();
    }
    const none = await run('analyze', 'cdnow.parquet', '--print-sql');
    expect(none.code).toBe(2);
    expect(none.err.split('\n')[0]).toBe('--print-sql needs --end: the SQL states the calibration end, and finding the last date would mean reading the file.');
  });
});

describe('bad input: a clear message, exit 1, no workbook and no temporary file left', () => {
  const rows = (lines: string[]) => ['customer_id,date,amount', ...lines].join('\n') + '\n';
  const good = ['1,2024-01-01,10', '1,2024-02-01,12', '2,2024-01-05,8', '3,2024-01-09,20', '3,2024-03-09,5'];
  const cases: [string, string | null, Lang, string][] = [
    ['a missing file', null, 'en-US', 'Cannot read missing.csv: no such file or folder.'],
    ['an empty file', '', 'en-US', 'empty.csv is empty.'],
    ['a header and no rows', 'customer_id,date,amount\n', 'zh-CN', '表中没有交易：表头下方没有任何行。'],
    ['no column the headers name', 'a,b,c\n1,2,3\n', 'en-US', 'Choose the customer id column: none of the headers looks like one. Name it with --id.'],
    [
      'text in the amount column',
      rows([...good, '4,2024-01-02,ten', '5,2024-01-02,n/a']),
      'en-US',
      'Row 7: the amount "ten" is text, not a number (and 1 more rows like it).',
    ],
    ['dates that are not dates', rows([...good, '4,03/04/2024,10']), 'zh-CN', '第 7 行：日期“03/04/2024”不是日期。请使用日期单元格或 2024-12-31 这样的文本。'],
    [
      'a negative amount',
      rows(['1,2024-01-01,-3', ...good]),
      'en-US',
      'Row 2: the amount -3 is below zero. Net returns against their purchases before the analysis.',
    ],
    [
      'one customer',
      rows(['7,2024-01-01,10', '7,2024-02-01,12']),
      'en-US',
      'The table holds one customer only ("7"): the models learn from differences between customers and need many.',
    ],
    ['a Parquet file that is not one', 'customer_id,date,amount\n', 'en-US', 'not.parquet could not be read as a Parquet file:'],
  ];
  test.each(cases)('%s', async (label, content, lang, message) => {
    const name =
      label === 'a missing file'
        ? 'missing.csv'
        : label === 'an empty file'
          ? 'empty.csv'
          : label.includes('Parquet')
            ? 'not.parquet'
            : `${label.replace(/\W+/g, '-')}.csv`;
    if (content !== null) write(name, content);
    const out = `${name}.xlsx`;
    const before = fs.readdirSync(dir).sort();
    const r = await run('analyze', name, '--out', out, '--lang', lang);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  test('rows without a customer id are left out and said so, by their row numbers', async () => {
    const lines = fs.readFileSync(path.join(dir, 'cdnow.csv'), 'utf8').trimEnd().split('\n');
    // Rows 4 and 11 of the file (the header is row 1) lose their customer id.
    for (const i of [3, 10]) lines[i] = lines[i].replace(/^\d+/, '');
    write('gaps.csv', lines.join('\n'));
    const r = await run('analyze', 'gaps.csv', '--end', CAL_END, '--out', 'gaps.xlsx');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('2 rows without a customer id left out (rows 4, 11).');
  });

  test('a wrong command line exits 2 with the usage', async () => {
    for (const args of [
      ['analyze'],
      ['analyze', 'a.csv', '--unit', 'year'],
      ['analyze', 'a.csv', '--horizon', '0'],
      ['analyze', 'a.csv', '--end', '31/12/2024'],
      ['frobnicate'],
    ]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Usage:');
    }
    const zh = await run('analyze', 'a.csv', '--unit', 'year', '--lang', 'zh-CN');
    expect(zh.err.split('\n')[0]).toBe('--unit 须为 day、week 或 month，而不是 "year"。');
  });
});

describe('the command as installed', () => {
  test('package.json declares it, DuckDB is a dependency, and bin/crm-customers.js runs the built bundle', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['crm-customers']).toBe('bin/crm-customers.js');
    expect(pkg.dependencies['@duckdb/node-api']).toBeDefined();
    // The native module stays out of the bundle: it is required from node_modules at run time.
    expect(fs.readFileSync(distFile(path.join('cli', 'crm-customers.js')), 'utf8')).toContain('require("@duckdb/node-api")');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'crm-customers.js'), 'analyze', 'cdnow.parquet', '--end', CAL_END, '--out', 'bin.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect((await sheets('bin.xlsx')).rows.size).toBe(2357);
  });
});
