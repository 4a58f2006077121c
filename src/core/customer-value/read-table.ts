import { CrmError, type Text } from '../errors';
import { isBlank, type Cell } from '../grid';
import { amountOf, daySerial, idOf, shown } from './cells';
import { type ColumnChoice, type ColumnHeaders, COLUMN_ROLES, ROLE_NAMES } from './columns';
import { cvMessages as m } from './messages';

/**
 * The transactions of a table as parallel typed arrays, one entry per kept row: the customer
 * as an index into `ids` (first appearance order), the day as a whole-day Excel serial, the
 * amount, and the row number the user sees. Every later stage reads these arrays; none copies
 * the table.
 */
export interface Transactions {
  length: number;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  row: Int32Array;
  ids: string[];
  /** The header text above each chosen column, stored with an analysis so Refresh can tell a moved column. */
  headers?: ColumnHeaders;
}

/** What reading found, shown before anything runs. */
export interface RowReport {
  /** Rows below the header, blank ones included. */
  rows: number;
  /** Rows kept as transactions. */
  transactions: number;
  customers: number;
  firstDay: number;
  lastDay: number;
  /** Rows left out: blank in every chosen column, or with no customer id (the first few row numbers kept). */
  blankRows: number;
  blankId: { count: number; rows: number[] };
}

export class TableError extends CrmError {
  constructor(readonly problems: Text[]) {
    super('VALUE', { en: problems.map((p) => p.en).join(' '), zh: problems.map((p) => p.zh).join('') });
    this.name = 'TableError';
  }
}

/** A kind of bad row: its first occurrence and how many more. */
interface Bad {
  row: number;
  cell: Cell;
  more: number;
}
const note = (bad: Bad | null, row: number, cell: Cell): Bad => (bad ? { ...bad, more: bad.more + 1 } : { row, cell, more: 0 });

const KEEP_ROWS = 5;

/**
 * Reads a table in pieces (a sheet read in chunks, a file parsed in one go) without keeping
 * the pieces: `add` takes rows of cells as Excel or a CSV gives them, `finish` returns the
 * transactions or throws a TableError naming the first bad row of each kind. A table is taken
 * whole or refused: dates that are not dates, text or a negative number in the amount
 * column, an empty date or amount refuse it; rows blank in every chosen column (the end of a
 * used range) and rows without a customer id are left out and counted in the report.
 */
export class TableReader {
  private n = 0;
  private customer = new Int32Array(1024);
  private day = new Int32Array(1024);
  private amount = new Float64Array(1024);
  private row = new Int32Array(1024);
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private seen = 0;
  private blankRows = 0;
  private readonly blankId = { count: 0, rows: [] as number[] };
  private badDate: Bad | null = null;
  private blankDate: Bad | null = null;
  private badAmount: Bad | null = null;
  private blankAmount: Bad | null = null;
  private negative: Bad | null = null;
  private firstDay = Infinity;
  private lastDay = -Infinity;

  /** `firstRow`: the row number the user sees for the first data row (2 below a header in row 1). */
  constructor(
    private readonly columns: ColumnChoice,
    private readonly firstRow: number,
  ) {
    const missing = COLUMN_ROLES.filter((r) => columns[r] === null);
    if (missing.length) throw new TableError(missing.map((r) => m.noColumn(ROLE_NAMES[r])));
    for (const [i, a] of COLUMN_ROLES.entries())
      for (const b of COLUMN_ROLES.slice(i + 1)) if (columns[a] === columns[b]) throw new TableError([m.sameColumn(ROLE_NAMES[a], ROLE_NAMES[b])]);
  }

  private grow(): void {
    const size = this.customer.length * 2;
    const more = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.customer = more(this.customer, (k) => new Int32Array(k));
    this.day = more(this.day, (k) => new Int32Array(k));
    this.amount = more(this.amount, (k) => new Float64Array(k));
    this.row = more(this.row, (k) => new Int32Array(k));
  }

  add(rows: readonly (readonly Cell[])[]): void {
    const ci = this.columns.id!;
    const cd = this.columns.date!;
    const ca = this.columns.amount!;
    for (const cells of rows) {
      const rowNo = this.firstRow + this.seen++;
      const idCell = cells[ci];
      const dateCell = cells[cd];
      const amountCell = cells[ca];
      const id = idOf(idCell);
      if (id === null) {
        if (isBlank(dateCell) && isBlank(amountCell)) this.blankRows++;
        else {
          this.blankId.count++;
          if (this.blankId.rows.length < KEEP_ROWS) this.blankId.rows.push(rowNo);
        }
        continue;
      }
      const d = daySerial(dateCell);
      const a = amountOf(amountCell);
      let ok = true;
      if (d === null) {
        ok = false;
        if (isBlank(dateCell)) this.blankDate = note(this.blankDate, rowNo, dateCell);
        else this.badDate = note(this.badDate, rowNo, dateCell);
      }
      if (a === null) {
        ok = false;
        if (isBlank(amountCell)) this.blankAmount = note(this.blankAmount, rowNo, amountCell);
        else this.badAmount = note(this.badAmount, rowNo, amountCell);
      } else if (a < 0) {
        ok = false;
        this.negative = note(this.negative, rowNo, a);
      }
      if (!ok) continue;
      let c = this.index.get(id);
      if (c === undefined) {
        c = this.ids.length;
        this.index.set(id, c);
        this.ids.push(id);
      }
      if (this.n === this.customer.length) this.grow();
      this.customer[this.n] = c;
      this.day[this.n] = d!;
      this.amount[this.n] = a!;
      this.row[this.n] = rowNo;
      this.n++;
      if (d! < this.firstDay) this.firstDay = d!;
      if (d! > this.lastDay) this.lastDay = d!;
    }
  }

  /** The problems found so far, first row first; empty when the table can be used. */
  problems(): Text[] {
    const found: [number, Text][] = [];
    if (this.badDate) found.push([this.badDate.row, m.badDate(this.badDate.row, shown(this.badDate.cell), this.badDate.more)]);
    if (this.blankDate) found.push([this.blankDate.row, m.blankDate(this.blankDate.row, this.blankDate.more)]);
    if (this.badAmount) found.push([this.badAmount.row, m.badAmount(this.badAmount.row, shown(this.badAmount.cell), this.badAmount.more)]);
    if (this.blankAmount) found.push([this.blankAmount.row, m.blankAmount(this.blankAmount.row, this.blankAmount.more)]);
    if (this.negative) found.push([this.negative.row, m.negativeAmount(this.negative.row, this.negative.cell as number, this.negative.more)]);
    return found.sort((a, b) => a[0] - b[0]).map((f) => f[1]);
  }

  finish(): { transactions: Transactions; report: RowReport } {
    if (this.seen === 0) throw new TableError([m.emptyTable()]);
    const problems = this.problems();
    if (problems.length) throw new TableError(problems);
    if (this.n === 0) throw new TableError([m.noUsableRow()]);
    if (this.ids.length === 1) throw new TableError([m.oneCustomer(this.ids[0])]);
    const n = this.n;
    return {
      transactions: {
        length: n,
        customer: this.customer.subarray(0, n),
        day: this.day.subarray(0, n),
        amount: this.amount.subarray(0, n),
        row: this.row.subarray(0, n),
        ids: this.ids,
      },
      report: {
        rows: this.seen,
        transactions: n,
        customers: this.ids.length,
        firstDay: this.firstDay,
        lastDay: this.lastDay,
        blankRows: this.blankRows,
        blankId: this.blankId,
      },
    };
  }
}

/** A whole table: its header row, then data rows (row numbers from `headerRow` + 1). */
export function readTable(rows: readonly (readonly Cell[])[], columns: ColumnChoice, headerRow = 1): { transactions: Transactions; report: RowReport } {
  const reader = new TableReader(columns, headerRow + 1);
  reader.add(rows.slice(1));
  const read = reader.finish();
  const headers: ColumnHeaders = {};
  for (const role of COLUMN_ROLES) {
    const at = columns[role];
    if (at !== null && rows.length > 0) headers[role] = shown(rows[0][at] ?? '');
  }
  return { ...read, transactions: { ...read.transactions, headers } };
}
