import { MAX_SERIAL } from '../../core/customer-value/cells';

/**
 * How a column of the file becomes what the pane's cell readers (core/customer-value/cells.ts)
 * make of a cell, in DuckDB SQL so that the database does it over the whole file: a customer id
 * as trimmed text, a date as a whole-day serial, an amount as a number; NULL where the reader
 * would refuse the value. Text goes through the same patterns as daySerial and amountOf; typed
 * columns (a Parquet DATE, TIMESTAMP, integer or double) the way those readers take a date cell
 * or a number.
 */
export interface FileColumn {
  name: string;
  /** DuckDB's type name, as DESCRIBE gives it. */
  type: string;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const quoteText = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const FRACTIONAL = /^(FLOAT|DOUBLE|DECIMAL.*)$/;
const TEXT = /^VARCHAR/;
const TIMESTAMP = /^(TIMESTAMP.*|DATETIME)$/;

const EPOCH = `DATE '1899-12-30'`;
const serialOfDate = (date: string) => `date_diff('day', ${EPOCH}, ${date})`;

/** The serial of text yyyy-m-d pieces, NULL when no such day (2024-02-30) or before 1900. */
const serialOfParts = (y: string, m: string, d: string) =>
  `CASE WHEN TRY_CAST(${y} AS INTEGER) >= 1900 THEN ${serialOfDate(`TRY_CAST(${y} || '-' || ${m} || '-' || ${d} AS DATE)`)} END`;

/** yyyymmdd as a number (the CDNOW log writes dates so); no serial reaches that far. */
const serialOfYmdNumber = (v: string) => serialOfParts(`CAST(${v} // 10000 AS VARCHAR)`, `CAST((${v} // 100) % 100 AS VARCHAR)`, `CAST(${v} % 100 AS VARCHAR)`);

/** daySerial's text forms: 2024-12-31, 2024/12/31, 2024.12.31, 20241231, 2024年12月31日, each optionally with a time. */
const DATE_PATTERN = String.raw`^\s*(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$`;
/** amountOf's text: an optional sign and currency sign, thousands separators, decimals. */
const AMOUNT_PATTERN = String.raw`^\s*([-+]?)\s*[$¥￥€£]?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*$`;

/** The customer id as idOf reads it: text trimmed, a whole number without ".0"; NULL when blank. */
export function idSql(c: FileColumn): string {
  const v = quoteIdent(c.name);
  // Only ids with spaces at an end pay for the rewrite (trim() with a character list costs more on every row).
  if (TEXT.test(c.type)) return `NULLIF(CASE WHEN regexp_matches(${v}, '^\\s|\\s$') THEN regexp_replace(${v}, '^\\s+|\\s+$', '', 'g') ELSE ${v} END, '')`;
  if (FRACTIONAL.test(c.type))
    return `CASE WHEN CAST(${v} AS DOUBLE) = floor(CAST(${v} AS DOUBLE)) AND abs(CAST(${v} AS DOUBLE)) < 1e15 THEN CAST(CAST(${v} AS BIGINT) AS VARCHAR) ELSE CAST(CAST(${v} AS DOUBLE) AS VARCHAR) END`;
  return `CAST(${v} AS VARCHAR)`;
}

/** The whole-day serial as daySerial reads the cell; NULL when it is not a date. */
export function daySql(c: FileColumn): string {
  const v = quoteIdent(c.name);
  if (TEXT.test(c.type)) {
    // ISO dates, what an export nearly always holds, skip the pattern: DuckDB's own cast reads
    // exactly yyyy-mm-dd when it has that shape. Any other text goes through the pattern,
    // rewritten to yyyy-m-d.
    const iso = `length(${v}) = 10 AND ${v}[5] = '-' AND ${v}[8] = '-'`;
    const y = (t: string) => `CASE WHEN TRY_CAST(${t}[1:4] AS INTEGER) >= 1900 THEN ${serialOfDate(`TRY_CAST(${t} AS DATE)`)} END`;
    const rewritten = `regexp_replace(${v}, ${quoteText(DATE_PATTERN)}, '\\1-\\2\\4\\6-\\3\\5\\7')`;
    return `CASE WHEN ${iso} THEN ${y(v)} WHEN regexp_full_match(${v}, ${quoteText(DATE_PATTERN)}) THEN ${y(rewritten)} END`;
  }
  if (c.type === 'DATE') return serialOfDate(v);
  if (TIMESTAMP.test(c.type)) return serialOfDate(`CAST(${v} AS DATE)`);
  if (INTEGER.test(c.type))
    return `CASE WHEN ${v} >= 1 AND ${v} <= ${MAX_SERIAL} THEN CAST(${v} AS BIGINT) WHEN ${v} >= 19000101 AND ${v} <= 99991231 THEN ${serialOfYmdNumber(`CAST(${v} AS BIGINT)`)} END`;
  if (FRACTIONAL.test(c.type)) {
    const d = `CAST(${v} AS DOUBLE)`;
    return `CASE WHEN ${d} >= 1 AND ${d} <= ${MAX_SERIAL} THEN CAST(floor(${d}) AS BIGINT) WHEN ${d} = floor(${d}) AND ${d} >= 19000101 AND ${d} <= 99991231 THEN ${serialOfYmdNumber(`CAST(${d} AS BIGINT)`)} END`;
  }
  return 'CAST(NULL AS BIGINT)';
}

/** The amount as amountOf reads it; NULL when it is text that is not a number. */
export function amountSql(c: FileColumn): string {
  const v = quoteIdent(c.name);
  if (TEXT.test(c.type)) {
    // Plain decimals skip the pattern: digits with at most one point, not ending in it ("5." is refused).
    const plain = `regexp_full_match(${v}, '[0-9]*\\.?[0-9]+')`;
    const rewritten = `replace(regexp_replace(${v}, ${quoteText(AMOUNT_PATTERN)}, '\\1\\2\\3'), ',', '')`;
    return `CASE WHEN ${plain} THEN TRY_CAST(${v} AS DOUBLE) WHEN regexp_full_match(${v}, ${quoteText(AMOUNT_PATTERN)}) THEN TRY_CAST(${rewritten} AS DOUBLE) END`;
  }
  if (INTEGER.test(c.type) || FRACTIONAL.test(c.type)) return `CASE WHEN isfinite(CAST(${v} AS DOUBLE)) THEN CAST(${v} AS DOUBLE) END`;
  return 'CAST(NULL AS DOUBLE)';
}

/** Blank as isBlank sees a cell: nothing there, or empty text. */
export const blankSql = (c: FileColumn): string =>
  TEXT.test(c.type) ? `(${quoteIdent(c.name)} IS NULL OR ${quoteIdent(c.name)} = '')` : `(${quoteIdent(c.name)} IS NULL)`;

/** The value as text, for a message about it. */
export const shownSql = (c: FileColumn): string => `CAST(${quoteIdent(c.name)} AS VARCHAR)`;
