import { isoOfSerial } from './cells';

/**
 * The RFM summary of summarise.ts as one SQL query, for a database to compute on a log too big
 * to read into memory. The definitions are summarise.ts's: purchases on one day count once
 * (their amounts summed), frequency = purchase days up to the calibration end − 1, recency =
 * last − first of those days, T = calibration end − first day, in periods of `unitDays`;
 * monetary = mean amount of the repeat days (0 without any); with a holdout end, the purchase
 * days in (calibration end, holdout end]. Customers first seen after the calibration end are
 * left out, and anything after the last end is ignored.
 *
 * Days are whole-day numbers (Excel serials: days since 1899-12-30) made once, in the
 * `transactions` relation the caller provides; everything after it is integer arithmetic,
 * GROUP BY, a join and CASE, which BigQuery, Snowflake, Spark SQL and DuckDB all run as
 * written. Divisions are by a float literal (7e0) so no database divides whole numbers.
 */
export interface SummarySqlOptions {
  /** A query giving the columns customer_id, purchase_day (whole-day serial) and amount. */
  transactions: string;
  calibrationEnd: number;
  holdoutEnd: number | null;
  unitDays: number;
}

/** The columns the query returns, in order; `holdout` only with a holdout end. */
export const SUMMARY_SQL_COLUMNS = ['customer_id', 'first_day', 'frequency', 'recency', 'T', 'monetary', 'holdout'] as const;

/** A float literal every SQL dialect reads as a double: 7e0, 30.4375e0. */
const floatLiteral = (v: number): string => `${v}e0`;

export function summarySql(o: SummarySqlOptions): string {
  const end = Math.floor(o.calibrationEnd);
  const hold = o.holdoutEnd === null ? null : Math.floor(o.holdoutEnd);
  const unit = floatLiteral(o.unitDays);
  const inCal = `d.purchase_day <= ${end}`;
  const calDays = `SUM(CASE WHEN ${inCal} THEN 1 ELSE 0 END)`;
  const indent = (sql: string) => sql.replace(/\n/g, '\n    ');
  return [
    `-- Per-customer RFM summary: calibration end ${isoOfSerial(end)} (day ${end})${hold === null ? '' : `, holdout end ${isoOfSerial(hold)} (day ${hold})`}, periods of ${o.unitDays} day${o.unitDays === 1 ? '' : 's'}.`,
    `-- Days are whole-day numbers: days since 1899-12-30.`,
    `WITH transactions AS (`,
    `    ${indent(o.transactions.trim())}`,
    `),`,
    `-- Purchases on one day count once, their amounts summed.`,
    `daily AS (`,
    `    SELECT customer_id, purchase_day, SUM(amount) AS amount`,
    `    FROM transactions`,
    `    WHERE purchase_day <= ${hold ?? end}`,
    `    GROUP BY customer_id, purchase_day`,
    `),`,
    `-- Customers first seen after the calibration end are left out by this join.`,
    `firsts AS (`,
    `    SELECT customer_id, MIN(purchase_day) AS first_day`,
    `    FROM daily`,
    `    WHERE purchase_day <= ${end}`,
    `    GROUP BY customer_id`,
    `)`,
    `SELECT`,
    `    f.customer_id,`,
    `    f.first_day,`,
    `    ${calDays} - 1 AS frequency,`,
    `    (MAX(CASE WHEN ${inCal} THEN d.purchase_day END) - f.first_day) / ${unit} AS recency,`,
    `    (${end} - f.first_day) / ${unit} AS T,`,
    `    CASE WHEN ${calDays} > 1`,
    `        THEN SUM(CASE WHEN d.purchase_day > f.first_day AND ${inCal} THEN d.amount ELSE 0 END) / (${calDays} - 1)`,
    `        ELSE 0 END AS monetary${hold === null ? '' : ','}`,
    ...(hold === null ? [] : [`    SUM(CASE WHEN d.purchase_day > ${end} THEN 1 ELSE 0 END) AS holdout`]),
    `FROM daily d`,
    `JOIN firsts f ON f.customer_id = d.customer_id`,
    `GROUP BY f.customer_id, f.first_day`,
    `ORDER BY f.first_day, f.customer_id`,
  ].join('\n');
}
