import * as fs from 'fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { numError, type Text } from '../../core/errors';
import { isoOfSerial, shown } from '../../core/customer-value/cells';
import { COLUMN_ROLES, detectColumns, ROLE_NAMES, type ColumnChoice, type ColumnRole } from '../../core/customer-value/columns';
import { cvMessages } from '../../core/customer-value/messages';
import { TableError } from '../../core/customer-value/read-table';
import { summarySql } from '../../core/customer-value/summary-sql';
import type { Summary } from '../../core/customer-value/summarise';
import { amountSql, blankSql, daySql, type FileColumn, idSql, quoteText, shownSql } from './file-columns';
import { customersMessages as m } from './messages';

/**
 * A transaction file (CSV or Parquet) as DuckDB reads it, checked the way the Customer value page
 * checks a table (core/customer-value/read-table.ts: taken whole or refused, the first bad
 * row of each kind named) and summarised by summary-sql.ts's query, without the rows ever
 * coming into JavaScript. Row numbers count the header as row 1, as a spreadsheet shows the file.
 */
export type FileKind = 'CSV' | 'Parquet';

export interface LogFile {
  kind: FileKind;
  /** The file as given to DuckDB. */
  source: string;
  /** The DuckDB table function reading the file for the checks. */
  from: string;
  columns: FileColumn[];
}

/** The problems found in a file, each a sentence for the user. */
export class FileProblem extends Error {
  constructor(readonly lines: Text[]) {
    super(lines.map((l) => l.en).join(' '));
  }
}

export const kindOf = (file: string): FileKind => (/\.(parquet|parq|pq)$/i.test(file) ? 'Parquet' : 'CSV');

/** The separator the pane's CSV reader would pick (taskpane/state/csv.ts): the most frequent of , ; tab on the first line. */
function separatorOf(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8');
    const nl = text.indexOf('\n');
    const first = nl >= 0 ? text.slice(0, nl) : text;
    const count = (ch: string) => first.split(ch).length - 1;
    return [',', ';', '\t'].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * CSV: every field as text, so that dates and amounts are read by the pane's rules rather than
 * DuckDB's guesses; strict mode off so a file with mixed line ends (a header ending in LF, rows
 * in CRLF) still reads, as the pane reads it.
 */
export function fileSource(file: string): { kind: FileKind; from: string } {
  const kind = kindOf(file);
  if (kind === 'Parquet') return { kind, from: `read_parquet(${quoteText(file)})` };
  const sep = separatorOf(file);
  return {
    kind,
    from: `read_csv(${quoteText(file)}, header = true, all_varchar = true, delim = ${quoteText(sep)}, quote = '"', escape = '"', strict_mode = false, null_padding = true)`,
  };
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/^[A-Za-z ]+Error: /, '');

export async function openLog(conn: DuckDBConnection, file: string, shownName: string): Promise<LogFile> {
  const { kind, from } = fileSource(file);
  try {
    const r = await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`);
    const columns = r.getRowObjectsJS().map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
    return { kind, source: shownName, from, columns };
  } catch (e) {
    throw new FileProblem([m.notReadable(shownName, kind, firstLine(e))]);
  }
}

/** The columns: those named by --id/--date/--amount, the rest found from the headers as the pane finds them. */
export function chooseColumns(log: LogFile, named: Partial<Record<ColumnRole, string>>): ColumnChoice {
  const names = log.columns.map((c) => c.name);
  const problems: Text[] = [];
  const given: Partial<Record<ColumnRole, number>> = {};
  for (const role of COLUMN_ROLES) {
    const want = named[role];
    if (want === undefined) continue;
    let at = names.indexOf(want);
    if (at < 0) at = names.findIndex((n) => n.toLowerCase() === want.toLowerCase());
    if (at < 0) problems.push(m.noSuchColumn(`--${role}`, want, names));
    else given[role] = at;
  }
  // The roles not named are found among the other columns, as the pane finds them.
  const taken = new Set(Object.values(given));
  const choice = detectColumns(names.map((n, i) => (taken.has(i) ? '' : n)));
  for (const role of COLUMN_ROLES) {
    if (given[role] !== undefined) choice[role] = given[role];
    else if (choice[role] === null && named[role] === undefined) {
      const t = cvMessages.noColumn(ROLE_NAMES[role]);
      const hint = m.chooseWith(`--${role}`);
      problems.push({ en: `${t.en} ${hint.en}`, zh: `${t.zh}${hint.zh}` });
    }
  }
  if (problems.length) throw new FileProblem(problems);
  for (const [i, a] of COLUMN_ROLES.entries())
    for (const b of COLUMN_ROLES.slice(i + 1)) if (choice[a] === choice[b]) throw new FileProblem([cvMessages.sameColumn(ROLE_NAMES[a], ROLE_NAMES[b])]);
  return choice;
}

/** The view of the file the checks and the summary read: the three columns as the pane's readers make them. */
export async function createReadView(conn: DuckDBConnection, log: LogFile, choice: ColumnChoice): Promise<void> {
  const [id, date, amount] = COLUMN_ROLES.map((r) => log.columns[choice[r]!]);
  await conn.run(
    [
      `CREATE OR REPLACE TEMP VIEW read_rows AS`,
      `SELECT ${idSql(id)} AS customer_id, ${daySql(date)} AS purchase_day, ${amountSql(amount)} AS amount,`,
      `  ${blankSql(date)} AS date_blank, ${blankSql(amount)} AS amount_blank, ${shownSql(date)} AS date_text, ${shownSql(amount)} AS amount_text`,
      `FROM ${log.from}`,
    ].join('\n'),
  );
}

export interface LogReport {
  rows: number;
  transactions: number;
  firstDay: number;
  lastDay: number;
  blankRows: number;
  blankId: { count: number; rows: number[] };
}

const KINDS = {
  blankId: `customer_id IS NULL AND NOT (date_blank AND amount_blank)`,
  badDate: `customer_id IS NOT NULL AND purchase_day IS NULL AND NOT date_blank`,
  blankDate: `customer_id IS NOT NULL AND date_blank`,
  badAmount: `customer_id IS NOT NULL AND amount IS NULL AND NOT amount_blank`,
  blankAmount: `customer_id IS NOT NULL AND amount_blank`,
  negative: `customer_id IS NOT NULL AND amount < 0`,
} as const;
const OK = `customer_id IS NOT NULL AND purchase_day IS NOT NULL AND amount >= 0`;
const KEEP_ROWS = 5;

/**
 * One pass over the file counts every kind of bad row and finds the dates; only when some row
 * is bad does a second pass number the rows to name the first of each kind.
 */
export async function checkLog(conn: DuckDBConnection): Promise<LogReport> {
  // Read once: the checks and the summary then scan the table instead of parsing the file
  // again (a CSV's text dates and amounts cost more than the grouping). The texts stay out;
  // only a refused file needs them, and it reads them through the view.
  await conn.run(`CREATE OR REPLACE TEMP TABLE read_table AS SELECT customer_id, purchase_day, amount, date_blank, amount_blank FROM read_rows`);
  const counts = Object.entries(KINDS)
    .map(([k, cond]) => `count(*) FILTER (WHERE ${cond}) AS ${k}`)
    .join(',\n  ');
  const r = await conn.runAndReadAll(
    `SELECT count(*) AS rows,\n  count(*) FILTER (WHERE customer_id IS NULL AND date_blank AND amount_blank) AS blank_rows,\n  ${counts},\n  count(*) FILTER (WHERE ${OK}) AS transactions,\n  min(customer_id) FILTER (WHERE ${OK}) AS some_id,\n  max(customer_id) FILTER (WHERE ${OK}) AS other_id,\n  min(purchase_day) FILTER (WHERE ${OK}) AS first_day,\n  max(purchase_day) FILTER (WHERE ${OK}) AS last_day\nFROM read_table`,
  );
  const row = r.getRowObjectsJS()[0];
  const n = (k: string) => Number(row[k] ?? 0);
  if (n('rows') === 0) throw new TableError([cvMessages.emptyTable()]);
  const bad = (['badDate', 'blankDate', 'badAmount', 'blankAmount', 'negative'] as const).filter((k) => n(k) > 0);
  if (bad.length) throw new TableError(await badRows(conn, bad, n));
  if (n('transactions') === 0) throw new TableError([cvMessages.noUsableRow()]);
  if (row.some_id === row.other_id) throw new TableError([cvMessages.oneCustomer(String(row.some_id))]);
  const blankId = { count: n('blankId'), rows: [] as number[] };
  if (blankId.count > 0) {
    const rows = await conn.runAndReadAll(
      `SELECT rn FROM (SELECT row_number() OVER () + 1 AS rn, ${KINDS.blankId} AS hit FROM read_table) WHERE hit ORDER BY rn LIMIT ${KEEP_ROWS}`,
    );
    blankId.rows = rows.getRowObjectsJS().map((x) => Number(x.rn));
  }
  return {
    rows: n('rows'),
    transactions: n('transactions'),
    firstDay: n('first_day'),
    lastDay: n('last_day'),
    blankRows: n('blank_rows'),
    blankId,
  };
}

/** The first row of each bad kind, with the value the user sees there, in the pane's words, first row first. */
async function badRows(conn: DuckDBConnection, kinds: readonly (keyof typeof KINDS)[], count: (k: string) => number): Promise<Text[]> {
  const cols = kinds.map(
    (k) =>
      `min(rn) FILTER (WHERE ${KINDS[k]}) AS ${k}_row, arg_min(${k === 'badDate' ? 'date_text' : 'amount_text'}, rn) FILTER (WHERE ${KINDS[k]}) AS ${k}_text`,
  );
  // row_number() OVER () numbers the rows in the file's order: DuckDB keeps insertion order by default.
  const r = await conn.runAndReadAll(`SELECT ${cols.join(', ')} FROM (SELECT row_number() OVER () + 1 AS rn, * FROM read_rows)`);
  const row = r.getRowObjectsJS()[0];
  const found = kinds.map((k): [number, Text] => {
    const at = Number(row[`${k}_row`]);
    const more = count(k) - 1;
    const text = shown(String(row[`${k}_text`] ?? ''));
    switch (k) {
      case 'badDate':
        return [at, cvMessages.badDate(at, text, more)];
      case 'blankDate':
        return [at, cvMessages.blankDate(at, more)];
      case 'badAmount':
        return [at, cvMessages.badAmount(at, text, more)];
      case 'blankAmount':
        return [at, cvMessages.blankAmount(at, more)];
      default:
        return [at, cvMessages.negativeAmount(at, Number(row[`${k}_text`]), more)];
    }
  });
  return found.sort((a, b) => a[0] - b[0]).map((f) => f[1]);
}

/** The summary query of summary-sql.ts over the checked rows (checkLog made read_table). */
export function checkedSummarySql(calibrationEnd: number, holdoutEnd: number | null, unitDays: number): string {
  return summarySql({
    transactions: `SELECT customer_id, purchase_day, amount FROM read_table WHERE customer_id IS NOT NULL`,
    calibrationEnd,
    holdoutEnd,
    unitDays,
  });
}

/** Runs the summary query; the customer ids come back in the summary's order. */
export async function summariseLog(
  conn: DuckDBConnection,
  calibrationEnd: number,
  holdoutEnd: number | null,
  unitDays: number,
): Promise<{ summary: Summary; ids: string[] }> {
  const r = await conn.runAndReadAll(checkedSummarySql(calibrationEnd, holdoutEnd, unitDays));
  const cols = r.getColumnsObjectJS();
  const ids = (cols.customer_id as unknown[]).map(String);
  const n = ids.length;
  if (n === 0) throw numError(cvMessages.nothingBeforeEnd(isoOfSerial(Math.floor(calibrationEnd))));
  const num = (k: string) => Float64Array.from(cols[k] as unknown[], (v) => Number(v));
  return {
    ids,
    summary: {
      customers: n,
      customer: Int32Array.from({ length: n }, (_, i) => i),
      x: num('frequency'),
      tx: num('recency'),
      T: num('T'),
      monetary: num('monetary'),
      holdout: holdoutEnd === null ? null : num('holdout'),
      calibrationEnd: Math.floor(calibrationEnd),
      holdoutEnd: holdoutEnd === null ? null : Math.floor(holdoutEnd),
      unitDays,
    },
  };
}
