import { COLUMN_ROLES, type ColumnChoice } from '../../core/customer-value/columns';
import { summarySql } from '../../core/customer-value/summary-sql';
import { quoteText } from './file-columns';
import type { LogFile } from './duckdb-log';

/**
 * What --print-sql prints: summary-sql.ts's query over the file's three columns, for a
 * warehouse to run where the log lives. The only lines to adapt are the FROM (DuckDB reading
 * the file; elsewhere, the table) and the day number of a date (DATEDIFF as DuckDB and
 * Snowflake write it; README lists BigQuery's and Spark's). Unlike analyze, it assumes the
 * date column is a DATE or TIMESTAMP and the amount a number, as warehouse tables hold them.
 */
const RESERVED = /^(all|and|as|by|case|date|day|end|from|group|order|select|sum|table|time|timestamp|to|total|user|value|where)$/i;

/** A column name as SQL: bare when every dialect reads it so, else in double quotes (backticks on BigQuery and Spark). */
export const sqlName = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.test(name) ? name : `"${name.replace(/"/g, '""')}"`);

export function portableSummarySql(log: LogFile, columns: ColumnChoice, calibrationEnd: number, holdoutEnd: number | null, unitDays: number): string {
  const [id, date, amount] = COLUMN_ROLES.map((r) => sqlName(log.columns[columns[r]!].name));
  const from = log.kind === 'Parquet' ? `read_parquet(${quoteText(log.source)})` : `read_csv(${quoteText(log.source)})`;
  return summarySql({
    transactions: [
      `-- The file as DuckDB reads it; in a warehouse, your table. Elsewhere the day number is written`,
      `-- DATE_DIFF(d, DATE '1899-12-30', DAY) (BigQuery) or DATEDIFF(d, DATE '1899-12-30') (Spark).`,
      `SELECT ${id} AS customer_id,`,
      `    DATEDIFF('day', DATE '1899-12-30', CAST(${date} AS DATE)) AS purchase_day,`,
      `    ${amount} AS amount`,
      `FROM ${from}`,
      `WHERE ${id} IS NOT NULL`,
    ].join('\n'),
    calibrationEnd,
    holdoutEnd,
    unitDays,
  });
}
