import * as fs from 'fs';
import * as path from 'path';
import { CrmError, type Lang, type Text } from '../core/errors';
import { inLanguage } from '../core/language';
import { daySerial, isoOfSerial } from '../core/customer-value/cells';
import { CUSTOMER_MODELS } from '../core/customer-value/models';
import { checkSettings, DEFAULT_SETTINGS, type CustomerValueSettings, type TimeUnit, UNIT_DAYS } from '../core/customer-value/settings';
import { cvMessages } from '../core/customer-value/messages';
import { TableError, type Transactions } from '../core/customer-value/read-table';
import type { ColumnRole } from '../core/customer-value/columns';
import { cliMessages, fsReason } from './messages';
import { customersMessages as m } from './customers/messages';
import { Failure, type Io, parseCommandLine, runMain, writeWhole } from './command-line';

/**
 * crm-customers analyze: the customer-value analysis of the pane's Customer value page for a
 * transaction file too big for a sheet (CSV or Parquet, exported from a warehouse). DuckDB
 * checks and summarises the file (one row per customer, summary-sql.ts); the fit, the scores
 * and the workbook are the pane's own steps. bin/crm-customers.js runs the bundle of this file
 * that `npm run build` makes.
 *
 * Exit status: 0 done; 1 the file could not be used or analysed; 2 the command line is wrong.
 * Every message follows --lang; nothing prints a stack trace; a failed run writes nothing.
 */
export type { Io };

const OPTIONS = ['lang', 'out', 'end', 'holdout', 'unit', 'horizon', 'discount', 'margin', 'model', 'id', 'date', 'amount'] as const;
const FLAGS = ['print-sql'] as const;
type Options = ReturnType<typeof parseCommandLine<(typeof OPTIONS)[number], (typeof FLAGS)[number]>>['options'];

/** Rows a worksheet holds below its header (Excel specifications and limits: 1,048,576 rows). */
const SHEET_ROWS = 1_048_575;

const usageError = (t: Text) => new Failure([t, m.usage()], 2);
const failure = (...lines: Text[]) => new Failure(lines, 1);

const dateOption = (opt: string, v: string | undefined): number | null => {
  if (v === undefined) return null;
  const d = daySerial(v);
  if (d === null) throw usageError(m.badDateOption(opt, v));
  return d;
};

/** 0.1 or 10%: a share either way. */
const shareOption = (opt: string, v: string | undefined, fallback: number): number => {
  if (v === undefined) return fallback;
  const pct = /%\s*$/.test(v);
  const n = Number(v.replace(/%\s*$/, '').trim());
  if (v.trim() === '' || !Number.isFinite(n)) throw usageError(m.badNumberOption(opt, v));
  return pct ? n / 100 : n;
};

function settingsOf(o: Options): CustomerValueSettings {
  const unit = (o.unit ?? DEFAULT_SETTINGS.unit).toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(UNIT_DAYS, unit)) throw usageError(m.badUnit(o.unit!));
  const model = o.model ?? DEFAULT_SETTINGS.model;
  if (!Object.prototype.hasOwnProperty.call(CUSTOMER_MODELS, model)) throw usageError(m.badModel(model, Object.keys(CUSTOMER_MODELS)));
  let horizon = DEFAULT_SETTINGS.horizon;
  if (o.horizon !== undefined) {
    horizon = Number(o.horizon);
    if (o.horizon.trim() === '' || !Number.isFinite(horizon)) throw usageError(m.badNumberOption('--horizon', o.horizon));
  }
  const s: CustomerValueSettings = {
    ...DEFAULT_SETTINGS,
    model,
    unit: unit as TimeUnit,
    horizon,
    annualDiscount: shareOption('--discount', o.discount, DEFAULT_SETTINGS.annualDiscount),
    margin: shareOption('--margin', o.margin, DEFAULT_SETTINGS.margin),
    calibrationEnd: dateOption('--end', o.end),
    holdoutEnd: dateOption('--holdout', o.holdout),
  };
  try {
    checkSettings(s);
  } catch (e) {
    if (e instanceof CrmError) throw usageError(e.text);
    throw e;
  }
  if (s.holdoutEnd !== null && s.calibrationEnd !== null && !(s.holdoutEnd > s.calibrationEnd)) {
    throw usageError(cvMessages.holdoutNotAfter(isoOfSerial(s.calibrationEnd), isoOfSerial(s.holdoutEnd)));
  }
  return s;
}

async function analyzeCommand(positional: readonly string[], o: Options, printSql: boolean, lang: Lang, io: Io): Promise<void> {
  if (positional.length !== 1) throw usageError(m.analyzeNeedsOne());
  const settings = settingsOf(o);
  if (printSql && settings.calibrationEnd === null) throw usageError(m.printSqlNeedsEnd());
  const shown = positional[0];
  const file = path.resolve(io.cwd, shown);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    fs.accessSync(file, fs.constants.R_OK);
    size = st.size;
  } catch (e) {
    throw failure(cliMessages.cannotRead(shown, fsReason(e)));
  }
  if (size === 0) throw failure(cliMessages.emptyFile(shown));

  const named: Partial<Record<ColumnRole, string>> = { id: o.id, date: o.date, amount: o.amount };
  const read = await summariseFile(file, shown, named, settings, printSql);
  if (read.kind === 'sql') {
    io.out(read.sql);
    return;
  }
  const { summary, ids, report, columns, calibrationEnd } = read;
  if (summary.customers > SHEET_ROWS) throw failure(m.tooManyCustomers(summary.customers, SHEET_ROWS));
  const { analyseSummary } = await import('../core/customer-value/analyse');
  const analysis = analyseSummary(summary, { ...settings, calibrationEnd });
  // The workbook names each customer through the table's ids; here the summary's own order.
  const table: Transactions = { length: 0, customer: new Int32Array(0), day: new Int32Array(0), amount: new Float64Array(0), row: new Int32Array(0), ids };
  const { customerValueXlsx } = await import('../xlsx/customer-value-workbook');
  const bytes = await customerValueXlsx(analysis, table, lang, path.basename(shown), columns);
  const out = o.out ?? `${path.basename(shown).replace(/\.[^.]+$/, '')}-customer-value.xlsx`;
  try {
    writeWhole(path.resolve(io.cwd, out), bytes);
  } catch (e) {
    throw failure(cliMessages.cannotWrite(out, fsReason(e)));
  }
  const lines: Text[] = [m.read(report.rows, summary.customers, isoOfSerial(report.firstDay), isoOfSerial(report.lastDay))];
  if (report.blankId.count > 0) lines.push(m.leftOut(report.blankId.count, report.blankId.rows));
  const fit = analysis.fit.purchases;
  lines.push(m.fitted(inLanguage(fit.model.name, lang), fit.model.names.map((n, i) => `${n} ${fit.params[i].toFixed(4)}`).join(', ')));
  lines.push(cliMessages.wrote(out));
  io.out(lines.map((t) => inLanguage(t, lang)).join('\n'));
}

/**
 * The database's part: open the file, choose the columns, check and summarise (or only state
 * the SQL). The database is closed before the fit and the workbook, which then have its memory.
 */
async function summariseFile(file: string, shown: string, named: Partial<Record<ColumnRole, string>>, settings: CustomerValueSettings, printSql: boolean) {
  // Loaded here: --help and a wrong command line should not pay for the database.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const log = await import('./customers/duckdb-log');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const opened = await log.openLog(conn, file, shown);
    const columns = log.chooseColumns(opened, named);
    const unitDays = UNIT_DAYS[settings.unit];
    if (printSql) {
      const { portableSummarySql } = await import('./customers/portable-sql');
      return { kind: 'sql' as const, sql: portableSummarySql(opened, columns, settings.calibrationEnd!, settings.holdoutEnd, unitDays) };
    }
    await log.createReadView(conn, opened, columns);
    const report = await log.checkLog(conn);
    const calibrationEnd = settings.calibrationEnd ?? report.lastDay;
    if (settings.holdoutEnd !== null && !(settings.holdoutEnd > calibrationEnd))
      throw failure(cvMessages.holdoutNotAfter(isoOfSerial(calibrationEnd), isoOfSerial(settings.holdoutEnd)));
    const { summary, ids } = await log.summariseLog(conn, calibrationEnd, settings.holdoutEnd, unitDays);
    return { kind: 'summary' as const, summary, ids, report, columns, calibrationEnd };
  } catch (e) {
    if (e instanceof log.FileProblem) throw failure(...e.lines);
    if (e instanceof TableError) throw failure(...e.problems);
    throw e;
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/** Runs one command; resolves to the process exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv, OPTIONS, FLAGS);
  return runMain(parsed, io, {
    usage: m.usage,
    failed: m.failed,
    run: async (command, positional, lang) => {
      if (command !== 'analyze') throw usageError(cliMessages.unknownCommand(command));
      await analyzeCommand(positional, parsed.options, parsed.flags['print-sql'] === true, lang, io);
    },
  });
}
