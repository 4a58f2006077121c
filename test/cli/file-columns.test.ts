import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { amountOf, daySerial, idOf } from '../../src/core/customer-value/cells';
import { amountSql, daySql, type FileColumn, idSql } from '../../src/cli/customers/file-columns';

/*
 * The SQL that reads a file's columns for crm-customers gives what the Customer value page's cell
 * readers (cells.ts: daySerial, amountOf, idOf) give for the same values: the expected value
 * of each case is the reader's own answer on that value, so the two cannot drift apart.
 */
let db: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
});
afterAll(() => {
  conn.closeSync();
  db.closeSync();
});

const lit = (v: string) => `'${v.replace(/'/g, "''")}'`;

/** Each value as a one-row table of the given column type, read by the column's SQL. */
async function readAs(values: string[], type: string, sql: (c: FileColumn) => string): Promise<(number | string | null)[]> {
  const c: FileColumn = { name: 'v', type };
  const rows = values.map((v, i) => `SELECT ${i} AS i, CAST(${lit(v)} AS ${type}) AS v`).join(' UNION ALL ');
  const r = await conn.runAndReadAll(`SELECT ${sql(c)} AS out FROM (${rows}) ORDER BY i`);
  return r.getRowObjectsJS().map((x) => (x.out === null ? null : typeof x.out === 'bigint' ? Number(x.out) : (x.out as number | string)));
}

test('text dates: the year-first forms daySerial takes, with or without a time, and nothing it refuses', async () => {
  const values = [
    '2024-12-31',
    '2024-00-10',
    '2024-ab-01',
    '0999-01-01',
    ' 2024-1-05',
    '2024/1/5',
    '2024.01.05',
    '20241231',
    '2024年12月31日',
    '2024年1月5',
    '2024-12-31 13:45',
    '2024-12-31T23:59:59.5+08:00',
    '  2024-03-01  ',
    '2024-02-29',
    '2023-02-29',
    '2024-13-01',
    '1899-12-31',
    '03/04/2024',
    '2024-12',
    'yesterday',
    '45000',
  ];
  expect(await readAs(values, 'VARCHAR', daySql)).toEqual(values.map((v) => daySerial(v)));
});

test('typed dates: DATE and TIMESTAMP columns by their day, numbers as serials or yyyymmdd as the pane reads numbers', async () => {
  expect(await readAs(['2024-12-31', '1997-01-01'], 'DATE', daySql)).toEqual([daySerial('2024-12-31'), daySerial('1997-01-01')]);
  expect(await readAs(['2024-12-31 23:59:59'], 'TIMESTAMP', daySql)).toEqual([daySerial('2024-12-31')]);
  const ints = ['19970101', '45000', '0', '20240230', '99999999'];
  expect(await readAs(ints, 'BIGINT', daySql)).toEqual(ints.map((v) => daySerial(Number(v))));
  const doubles = ['45000.75', '19970101', '0.5', '2958466'];
  expect(await readAs(doubles, 'DOUBLE', daySql)).toEqual(doubles.map((v) => daySerial(Number(v))));
});

test('amounts: numbers, and the text amountOf takes (currency signs, thousands separators) and refuses', async () => {
  const values = [
    '12',
    '12.50',
    '5.',
    '.',
    '-',
    '007.5',
    '1.2.3',
    '1 000',
    '$1,234.50',
    '¥88',
    '￥1,000',
    '€ 3.5',
    '-3',
    '+4.5',
    '.5',
    '1,23',
    'ten',
    '1e5',
    ' 12 ',
    '£',
  ];
  expect(await readAs(values, 'VARCHAR', amountSql)).toEqual(values.map((v) => amountOf(v)));
  expect(await readAs(['12.25', '-1'], 'DOUBLE', amountSql)).toEqual([12.25, -1]);
  expect(await readAs(['7'], 'INTEGER', amountSql)).toEqual([7]);
});

test('customer ids: text trimmed and blank text as no id; whole numbers without a decimal point, as idOf writes them', async () => {
  const text = ['  A-17 ', 'x', '', '   '];
  expect(await readAs(text, 'VARCHAR', idSql)).toEqual(text.map((v) => idOf(v)));
  const doubles = ['1', '2.5'];
  expect(await readAs(doubles, 'DOUBLE', idSql)).toEqual(doubles.map((v) => idOf(Number(v))));
  expect(await readAs(['42'], 'BIGINT', idSql)).toEqual(['42']);
});
