/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import { address as addressOf, parseRange as parseRangeOf } from '../../src/core/sheet/a1';

/**
 * A small in-memory stand-in for the part of the Excel JavaScript API the scorecard writer and
 * reader use. It records what a real workbook would hold (contents as Excel reads them, see
 * typedEntry; formats, borders per cell side, merges, validations, conditional formats, names,
 * charts) and counts `context.sync()` calls. Reads
 * are only allowed after a sync, like in Excel, so a missing sync fails the test. Write
 * operations are numbered, and any of them can be made to fail (`failAt`), with Excel's
 * batch semantics (see FakeContext).
 */
export interface FakeCell {
  /** What the cell holds: a formula ("=…") or a value, after Excel read the written string (typedEntry). */
  input?: string | number | boolean;
  /** Held as text whatever it looks like ("=1+1" included): written behind "'" or into a "@" cell. */
  text?: boolean;
  /** Written behind the text prefix "'", which is not part of the value. */
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Range.format.font.name. */
  font?: string;
  /** A note (Worksheet.notes, ExcelApi 1.18) or, on older hosts, a comment (Workbook.comments, 1.10). */
  note?: string;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  /** The line on each side of the cell, as set through Range.format.borders (see rangeApi). */
  borders?: Partial<Record<FakeEdge, FakeBorder>>;
}

export interface FakeChart {
  type: string;
  title: string;
  titleSize?: number;
  series: { name: string; values: string; categories: string; markerStyle?: string; lineStyle?: string; lineColor?: string }[];
  from: string;
  to: string;
  valueAxis: { minimum?: number; numberFormat?: string };
  displayBlanksAs?: string;
}

export type FakeEdge = 'top' | 'bottom' | 'left' | 'right';
export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeSheet {
  /** Stays with the sheet through renames and moves, like Worksheet.id (@types/office-js). */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: { range: string; rule: any; errorAlert?: any }[];
  /** Custom rules keep a formula, fill and font colour; a data bar its bar colour; a colour scale its criteria. */
  conditionalFormats: { range: string; type?: string; formula: string; fill: string; color: string; barColor?: string; criteria?: any }[];
  charts: FakeChart[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozen?: string;
  page: { orientation?: string; zoom?: any; titleRows?: string; paperSize?: string; printArea?: string; breaks?: string[] };
  deleted?: boolean;
}

// Addresses remembered (frozen, so no caller can change a shared one): the failure-injection
// tests write the same small sheets hundreds of times.
const rangeMemo = new Map<string, Readonly<ReturnType<typeof parseRangeOf>>>();
const addressMemo = new Map<number, string>();
function parseRange(range: string): Readonly<ReturnType<typeof parseRangeOf>> {
  let parsed = rangeMemo.get(range);
  if (!parsed) rangeMemo.set(range, (parsed = Object.freeze(parseRangeOf(range))));
  return parsed;
}
function address(row: number, col: number): string {
  const key = row * 16385 + col;
  let a = addressMemo.get(key);
  if (a === undefined) addressMemo.set(key, (a = addressOf(row, col)));
  return a;
}

/**
 * The host's API sets, as Office.context.requirements.isSetSupported answers (@types/office-js).
 * A test that models a host sets the global Office through `fakeHostApiSets`; an API called on
 * a host without its set fails, as a missing member does in Office.js.
 */
export function fakeHostApiSets(excelApi: string | null): void {
  const newer = (v: string, than: string) => {
    const [a, b] = [v, than].map((x) => x.split('.').map(Number));
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  };
  (globalThis as any).Office =
    excelApi === null ? undefined : { context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && !newer(v, excelApi) } } };
}
function requireSet(version: string, what: string): void {
  const office = (globalThis as any).Office;
  if (!office?.context?.requirements?.isSetSupported('ExcelApi', version)) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
}

/**
 * Excel.createWorkbook(base64File) as a host answers it: it needs ExcelApi 1.8 and takes the
 * base64 of an .xlsx file ("Creates and opens a new workbook. Optionally, the workbook can be
 * pre-populated with a base64-encoded .xlsx file.", @types/office-js). Each workbook opened
 * lands in `opened` as its bytes; text that is not base64 is refused.
 */
export function fakeCreateWorkbook(opened: Uint8Array[]): (base64: string) => Promise<void> {
  return async (base64) => {
    requireSet('1.8', 'Excel.createWorkbook');
    if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new FakeOfficeError('InvalidArgument', 'base64File is not base64');
    opened.push(new Uint8Array(Buffer.from(base64, 'base64')));
  };
}

/** Sheet ids are unique across workbooks, so a copied workbook cannot hand out an id twice. */
let lastSheetId = 0;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** Workbook-scoped names. A name whose sheet was deleted keeps `sheet` (marked `deleted`) and reads as #REF!. */
  names = new Map<string, { sheet: FakeSheet; range: string }>();
  active: FakeSheet | null = null;
  /**
   * The active cell, on the active sheet (Workbook.getActiveCell, @types/office-js: "the
   * currently active cell from the workbook"); a new workbook starts at A1.
   */
  activeCell = 'A1';
  syncs = 0;
  /**
   * Write operations Excel was asked to run (property sets and method calls other than get…/load),
   * numbered from 1 across batches; those skipped after a failure in their batch get no number.
   */
  operations = 0;
  /** Failure injection: the operations with these numbers are refused, as Excel refuses a bad one. */
  failAt: number[] = [];
  /** Handlers of WorksheetCollection.onChanged still registered (see worksheets.onChanged). */
  changeHandlers: ((args: any) => Promise<any>)[] = [];
  /** Excel tables (Workbook.tables, ExcelApi 1.1): a name and the range the table covers, header row included. */
  tables: { name: string; sheet: FakeSheet; range: string; showTotals?: boolean }[] = [];
  /** The selected range on the active sheet (Workbook.getSelectedRange); absent: the active cell. */
  selection: string | null = null;
  /**
   * A chart or shape is selected, not cells: Workbook.getSelectedRange then fails the batch with
   * InvalidSelection ("the current selection is invalid for this operation"; by design, as the
   * office-js maintainers answer in OfficeDev/office-js issue 2268).
   */
  shapeSelected = false;
  /** Size in bytes of the largest request and response of any sync so far (see PAYLOAD_LIMIT). */
  largestPayload = 0;

  /**
   * What Excel does when the user edits a cell: every onChanged handler of the worksheet
   * collection hears a WorksheetChangedEventArgs (type "WorksheetChanged", changeType
   * "RangeEdited", source "Local", the sheet's id and the address; @types/office-js).
   */
  async fireChanged(sheetName: string, address: string): Promise<void> {
    const s = this.sheet(sheetName);
    for (const h of [...this.changeHandlers]) await h({ type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: s.id, address });
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    const s: FakeSheet = {
      id: `{sheet-${++lastSheetId}}`,
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      page: {},
    };
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** The value of a cell's content; the text prefix "'" was never stored (typedEntry). */
  static valueOf(input: FakeCell['input']): string | number | boolean {
    if (input === undefined) return '';
    return input;
  }

  /** An independent copy of what the workbook holds (not its counters), to try many writes from one start. */
  copy(): FakeWorkbook {
    const out = new FakeWorkbook();
    Object.assign(out, structuredClone({ sheets: this.sheets, names: this.names, active: this.active }));
    return out;
  }

  /**
   * The Excel.run of this workbook. A batch that queued a failing operation and never synced
   * still fails: the error belongs to the batch.
   */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const out = await batch(context);
    await context.flush();
    return out;
  };
}

/**
 * Excel on the web refuses a request or a response over 5 MB with a RichApi.Error, and one
 * read may return at most 5,000,000 cells ("Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization;
 * excel-contract.md). The stand-in counts what a batch sends (matrices of values, formulas and
 * number formats, as JSON) and what it reads back (the loaded ranges' contents, as JSON) and
 * refuses either over the limit at the sync, with the codes of Excel.ErrorCodes
 * (requestPayloadSizeLimitExceeded, responsePayloadSizeLimitExceeded). Excel refuses an
 * oversized request before running any of it; the stand-in has already applied the operations
 * before the one that crossed the limit, so a writer that chunks too coarsely fails here too.
 */
export const PAYLOAD_LIMIT = 5_000_000;
export const READ_CELL_LIMIT = 5_000_000;

/** An error as context.sync() rejects with it: OfficeExtension.Error carries a `code` (OfficeExtension.Error, @types/office-js). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

/**
 * What Excel stores for a value written through Range.values or Range.formulas: strings are
 * read as if typed (Range.values remarks, @types/office-js; excel-add-ins-ranges-set-get-values.md;
 * excel-contract.md "Writing through Office.js"), in the en-US, locale-neutral reading:
 * - a leading apostrophe keeps the rest as text and is not part of the value (office-js #6687:
 *   reading `formulas` back gives the text without it);
 * - in a cell whose number format is text ("@") the string stays text, a formula too;
 * - "=…" is a formula, and so is text starting with "+" or "-" that is not a number (Range.values
 *   remarks: Excel interprets a value starting with "+", "-" or "=" as a formula);
 * - numbers with an optional sign, decimals, thousands separators and exponent ("1e3"), and
 *   percentages ("50%" is 0.5), become numbers; TRUE and FALSE, in any case, booleans;
 * - ISO-like dates become date serials, days since 1899-12-30: YYYY-MM-DD is the form the
 *   remarks give for storing dates; YYYY-MM reads as the 1st of the month (the issue "Excel's
 *   real contract" saw "2024-05" come back as 45413); "/" works as "-".
 * Other readings Excel has (times, fractions, currency, month names, locale forms) are not
 * modelled; every text the writer sends goes behind the prefix, so none of them can apply.
 */
export function typedEntry(v: unknown, numberFormat: string | undefined): Pick<FakeCell, 'input' | 'text' | 'quotePrefix'> {
  if (typeof v !== 'string') return { input: v as FakeCell['input'] };
  if (v.startsWith("'")) return { input: v.slice(1), text: true, quotePrefix: true };
  if (numberFormat === '@') return { input: v, text: true };
  if (v === '' || v.startsWith('=')) return { input: v };
  const t = v.trim();
  const number = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
  const numeric = (x: string) => /\d/.test(x) && number.test(x) && !/^[+-]?\.?[eE]/.test(x);
  if (numeric(t)) return { input: Number(t.replace(/,/g, '')) };
  if (t.endsWith('%') && numeric(t.slice(0, -1).trim())) return { input: Number(t.slice(0, -1).trim().replace(/,/g, '')) / 100 };
  if (/^(true|false)$/i.test(t)) return { input: t.toUpperCase() === 'TRUE' };
  const date = /^(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[3]), date[4] === undefined ? 1 : Number(date[4])];
    const when = Date.UTC(y, m - 1, d);
    const real = new Date(when);
    if (y >= 1900 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d) return { input: Math.round((when - Date.UTC(1899, 11, 30)) / 86_400_000) };
  }
  if (/^[+-]/.test(v)) return { input: `=${v}` };
  return { input: v };
}

/** A cell's content as written: its previous reading gives way to the new one. */
function write(c: FakeCell, v: unknown): void {
  delete c.text;
  delete c.quotePrefix;
  Object.assign(c, typedEntry(v, c.numberFormat));
}

function cellsOf(range: string, each: (addr: string, r: number, c: number) => void) {
  const { top, left, bottom, right } = parseRange(range);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) each(address(r, c), r - top, c - left);
}

/*
 * Batches. Excel runs the queued operations in order when context.sync() is called; when one
 * fails, those before it stay applied (nothing is rolled back) and the ones after it are not
 * run, and sync() rejects (the traceMessages example of OfficeExtension.Error: "All other
 * commands after the failed command in the batch are not executed"; excel-contract.md). The
 * stand-in applies each operation at once, which is the same as long as nothing reads before a
 * sync; a failure is held back and the batch's following operations are skipped until sync()
 * rejects with it. Failures come from the rules modelled below or from `failAt`.
 */
class FakeContext {
  private readsOpen = false;
  private failed: Error | null = null;
  /** Bytes this batch sends so far; the loads whose contents come back at its sync. */
  private requestBytes = 0;
  private loads: { cells: number; bytes: () => number }[] = [];
  constructor(readonly wb: FakeWorkbook) {}
  get workbook() {
    return guard(this, fakeWorkbookApi(this));
  }
  /** A matrix sent to Excel: refused once the batch's request passes PAYLOAD_LIMIT. */
  send(m: unknown): void {
    this.requestBytes += JSON.stringify(m).length;
    this.wb.largestPayload = Math.max(this.wb.largestPayload, this.requestBytes);
    if (this.requestBytes > PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `the request is over ${PAYLOAD_LIMIT} bytes`);
  }
  /** A range whose contents come back at the next sync. */
  noteLoad(cells: number, bytes: () => number): void {
    this.loads.push({ cells, bytes });
  }
  async sync(): Promise<void> {
    this.wb.syncs++;
    this.readsOpen = true;
    const loads = this.loads;
    this.loads = [];
    this.requestBytes = 0;
    if (!this.failed && loads.length) {
      if (loads.some((l) => l.cells > READ_CELL_LIMIT))
        this.failed = new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `a read of over ${READ_CELL_LIMIT} cells`);
      else {
        const bytes = loads.reduce((t, l) => t + l.bytes(), 0);
        this.wb.largestPayload = Math.max(this.wb.largestPayload, bytes);
        if (bytes > PAYLOAD_LIMIT) this.failed = new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `the response is over ${PAYLOAD_LIMIT} bytes`);
      }
    }
    await this.flush();
  }
  async flush(): Promise<void> {
    const failed = this.failed;
    this.failed = null;
    if (failed) throw failed;
  }
  checkRead(what: string) {
    if (!this.readsOpen) throw new Error(`read of ${what} before context.sync()`);
  }
  /** A lookup (get…, load): a failure, such as ItemNotFound, surfaces at sync() like in Excel. */
  lookup(f: () => unknown): unknown {
    if (this.failed) return skipped;
    try {
      return guard(this, f());
    } catch (e) {
      this.failed = e as Error;
      return skipped;
    }
  }
  /** A write operation: numbered, refused when its number is in `failAt` or it breaks a rule. */
  operation(f: () => unknown): unknown {
    if (this.failed) return skipped;
    const n = ++this.wb.operations;
    if (this.wb.failAt.includes(n)) {
      this.failed = new FakeOfficeError('GeneralException', `injected failure of operation ${n}`);
      return skipped;
    }
    try {
      return guard(this, f());
    } catch (e) {
      this.failed = e as Error;
      return skipped;
    }
  }
}

/** What an operation after a failure (or the failed one) hands back: it accepts anything and does nothing. */
const skipped: any = new Proxy(function () {}, {
  get: (_t, p) => (p === 'then' ? undefined : skipped),
  set: () => true,
  apply: () => skipped,
});

/**
 * Routes every property set and method call of the API objects through the batch: methods
 * named get… and load are lookups, every other call and every property set is an operation.
 * Arguments are unwrapped so the recording sees its own objects.
 */
const RAW = Symbol('raw');
const unwrap = (v: unknown): unknown => (v !== null && typeof v === 'object' ? ((v as any)[RAW] ?? v) : v);
function guard(ctx: FakeContext, target: unknown): any {
  if (target === null || typeof target !== 'object' || (target as any)[RAW]) return target;
  if (Array.isArray(target)) return target.map((x) => guard(ctx, x));
  return new Proxy(target, {
    get(t, prop) {
      if (prop === RAW) return t;
      const v = Reflect.get(t, prop, t);
      if (typeof v !== 'function') return guard(ctx, v);
      const lookup = typeof prop === 'string' && /^(get|load$)/.test(prop);
      return (...args: unknown[]) => {
        const invoke = () => v.apply(t, args.map(unwrap));
        return lookup ? ctx.lookup(invoke) : ctx.operation(invoke);
      };
    },
    set(t, prop, value) {
      ctx.operation(() => Reflect.set(t, prop, unwrap(value), t));
      return true;
    },
  });
}

function fakeWorkbookApi(ctx: FakeContext) {
  const wb = ctx.wb;
  return {
    // Workbook.comments.add(cellAddress, content): the address names its sheet; ExcelApi 1.10.
    get comments() {
      requireSet('1.10', 'Workbook.comments');
      return {
        add: (at: string, content: string) => {
          const m = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+)$/.exec(at);
          if (!m) throw new FakeOfficeError('InvalidArgument', `${at} must name its sheet`);
          const sheet = wb.sheet((m[1] ?? m[2]).replace(/''/g, "'"));
          const c = sheet.cells.get(m[3]) ?? {};
          c.note = content;
          sheet.cells.set(m[3], c);
        },
      };
    },
    worksheets: {
      load: () => undefined,
      get items() {
        ctx.checkRead('worksheets');
        return wb.sheets.map((s) => sheetApi(ctx, s));
      },
      // The key is a name (any case) or an id (WorksheetCollection.getItem, @types/office-js).
      getItemOrNullObject: (key: string) => {
        const s = wb.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
        return s ? sheetApi(ctx, s) : nullSheet(ctx);
      },
      getItem: (key: string) => {
        const s = wb.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
        if (!s) throw new FakeOfficeError('ItemNotFound', `no worksheet ${key}`);
        return sheetApi(ctx, s);
      },
      add: (name: string) => sheetApi(ctx, wb.addSheet(name)),
      getActiveWorksheet: () => sheetApi(ctx, wb.active!),
      // WorksheetCollection.onChanged (ExcelApi 1.9): "occurs when any worksheet in the workbook
      // is changed". add() returns an EventHandlerResult whose remove() is queued on its own
      // context (OfficeExtension.EventHandlerResult, @types/office-js).
      onChanged: {
        add: (handler: (args: any) => Promise<any>) => {
          wb.changeHandlers.push(handler);
          return {
            context: ctx,
            remove: () => {
              wb.changeHandlers = wb.changeHandlers.filter((h) => h !== handler);
            },
          };
        },
      },
    },
    getActiveCell: () => rangeApi(ctx, wb.active!, wb.activeCell),
    // The selected range, on the active sheet (Workbook.getSelectedRange, ExcelApi 1.1).
    getSelectedRange: () =>
      wb.shapeSelected
        ? ctx.lookup(() => {
            throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
          })
        : rangeApi(ctx, wb.active!, wb.selection ?? wb.activeCell),
    // Workbook.tables (ExcelApi 1.1): each table's name, worksheet and range (Table.getRange).
    tables: {
      load: () => undefined,
      get items() {
        ctx.checkRead('tables');
        return wb.tables.map((t) => tableApi(ctx, t));
      },
      getItem: (name: string) => {
        const t = wb.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t) throw new FakeOfficeError('ItemNotFound', `no table ${name}`);
        return tableApi(ctx, t);
      },
      getItemOrNullObject: (name: string) => {
        const t = wb.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        return t ? tableApi(ctx, t) : { isNullObject: true, load: () => undefined };
      },
    },
    names: {
      load: () => undefined,
      get items() {
        ctx.checkRead('names');
        // A name whose sheet was deleted stays, its reference now #REF! (office-js #4772: deleting
        // the bound sheet does not delete a workbook-scoped name, by design; #3583 shows the
        // formula Excel then reports, "=#REF!$…").
        return [...wb.names].map(([name, n]) => ({
          name,
          formula: n.sheet.deleted ? `=#REF!${absoluteRange(n.range)}` : `='${n.sheet.name.replace(/'/g, "''")}'!${absoluteRange(n.range)}`,
        }));
      },
      add: (name: string, range: { address: string; sheet: FakeSheet }) => {
        // Names are unique in the workbook, a #REF! one included (office-js #4772).
        if ([...wb.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
        wb.names.set(name, { sheet: range.sheet, range: range.address });
      },
      getItem: (name: string) => {
        if (!wb.names.has(name)) throw new FakeOfficeError('ItemNotFound', `no name ${name}`);
        return { delete: () => wb.names.delete(name) };
      },
    },
  };
}

const absoluteRange = (r: string) =>
  r
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');

function tableApi(ctx: FakeContext, t: FakeWorkbook['tables'][number]) {
  return {
    isNullObject: false,
    get name() {
      return t.name;
    },
    // Table.showTotals (ExcelApi 1.3): its range then ends with the totals row.
    get showTotals() {
      return t.showTotals ?? false;
    },
    set name(n: string) {
      if (ctx.wb.tables.some((x) => x !== t && x.name.toLowerCase() === n.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `table ${n}`);
      t.name = n;
    },
    load: () => undefined,
    worksheet: { name: t.sheet.name, load: () => undefined },
    getRange: () => rangeApi(ctx, t.sheet, t.range),
  };
}

function nullSheet(ctx: FakeContext) {
  return {
    get isNullObject() {
      ctx.checkRead('isNullObject');
      return true;
    },
    getUsedRangeOrNullObject: () => ({
      load: () => undefined,
      get isNullObject() {
        ctx.checkRead('isNullObject');
        return true;
      },
    }),
  };
}

function sheetApi(ctx: FakeContext, s: FakeSheet): any {
  const wb = ctx.wb;
  return {
    get isNullObject() {
      ctx.checkRead('isNullObject');
      return false;
    },
    get id() {
      return s.id;
    },
    get name() {
      return s.name;
    },
    set name(n: string) {
      if (wb.sheets.some((x) => x !== s && x.name.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: ${n}`);
      s.name = n;
    },
    load: () => undefined,
    get visibility() {
      return s.visibility;
    },
    set visibility(v: FakeSheet['visibility']) {
      s.visibility = v;
    },
    set position(p: number) {
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(p, 0, s);
    },
    delete: () => {
      // A very hidden sheet cannot be deleted (Worksheet.delete remarks, @types/office-js; office-js #365).
      if (s.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'a very hidden sheet cannot be deleted');
      // Nor the last visible one: a workbook keeps one visible sheet (excel-add-ins-worksheets.md
      // "Delete a worksheet" checks for the only sheet; Excel's own rule for the last visible one).
      if (s.visibility === 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible').length === 1)
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
      s.deleted = true;
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      // Its tables go with it.
      wb.tables = wb.tables.filter((t) => t.sheet !== s);
      // Names that pointed at it stay, as #REF! (see names.items).
      if (wb.active === s) wb.active = wb.sheets.find((x) => x.visibility === 'Visible') ?? null;
    },
    // A hidden sheet cannot be the active one (Excel's own UI offers no way to it either); that
    // Worksheet.activate refuses it rather than showing it is our reading, not yet seen in Excel.
    activate: () => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `${s.name} is hidden`);
      wb.active = s;
    },
    getRange: (a: string) => rangeApi(ctx, s, a),
    // Worksheet.tables.add(address, hasHeaders), ExcelApi 1.1: the range gets filter buttons. Tables
    // may not overlap, and their names are unique in the workbook (Excel names new ones Table1, …).
    tables: {
      add: (at: string | { address: string }, hasHeaders: boolean) => {
        const range = typeof at === 'string' ? at.slice(at.lastIndexOf('!') + 1) : at.address;
        const r = parseRange(range);
        const overlaps = wb.tables.some((t) => {
          if (t.sheet !== s) return false;
          const o = parseRange(t.range);
          return o.top <= r.bottom && r.top <= o.bottom && o.left <= r.right && r.left <= o.right;
        });
        if (overlaps) throw new FakeOfficeError('InvalidOperation', `a table already covers part of ${range}`);
        if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'the stand-in models tables with headers only');
        let k = wb.tables.length + 1;
        while (wb.tables.some((t) => t.name.toLowerCase() === `table${k}`)) k++;
        const t = { name: `Table${k}`, sheet: s, range };
        wb.tables.push(t);
        return tableApi(ctx, t);
      },
    },
    getUsedRangeOrNullObject: () => {
      const used = [...s.cells].filter(([, c]) => c.input !== undefined && c.input !== '').map(([a]) => parseRange(a));
      if (used.length === 0) return nullSheet(ctx).getUsedRangeOrNullObject();
      const bottom = used.reduce((m, u) => Math.max(m, u.bottom), 0);
      const right = used.reduce((m, u) => Math.max(m, u.right), 0);
      const r = rangeApi(ctx, s, `A1:${address(bottom, right)}`);
      return Object.defineProperty(r, 'isNullObject', {
        get() {
          ctx.checkRead('isNullObject');
          return false;
        },
      });
    },
    // freezeAt(range) freezes the rows and columns of the range; freezeColumns(n) and
    // freezeRows(n) only columns or rows (Excel.WorksheetFreezePanes, @types/office-js).
    freezePanes: {
      freezeAt: (r: { address: string }) => (s.frozen = r.address),
      freezeColumns: (count = 1) => (s.frozen = `columns:${count}`),
      freezeRows: (count = 1) => (s.frozen = `rows:${count}`),
    },
    pageLayout: {
      set orientation(o: string) {
        s.page.orientation = o;
      },
      set zoom(z: any) {
        s.page.zoom = z;
      },
      // PageLayout.paperSize, setPrintArea (ExcelApi 1.9, @types/office-js).
      set paperSize(p: string) {
        s.page.paperSize = p;
      },
      setPrintArea: (area: string) => (s.page.printArea = area),
      setPrintTitleRows: (rows: string) => (s.page.titleRows = rows),
    },
    // Worksheet.horizontalPageBreaks.add: a break above the range's top-left cell (ExcelApi 1.9).
    horizontalPageBreaks: { add: (at: string) => (s.page.breaks ??= []).push(at) },
    // Worksheet.notes.add(cellAddress, content): one cell, ExcelApi 1.18 (@types/office-js).
    get notes() {
      requireSet('1.18', 'Worksheet.notes');
      return {
        add: (at: string, content: string) => {
          const { top, left, bottom, right } = parseRange(at);
          if (top !== bottom || left !== right) throw new FakeOfficeError('InvalidCellAddress', `${at} is not one cell`);
          rangeApi(ctx, s, at);
          const c = s.cells.get(at) ?? {};
          c.note = content;
          s.cells.set(at, c);
        },
      };
    },
    charts: {
      add: (type: string, source: { address: string }) => {
        const chart: FakeChart = { type, title: '', series: [{ name: '', values: source.address, categories: '' }], from: '', to: '', valueAxis: {} };
        s.charts.push(chart);
        // ChartSeries.markerStyle and ChartSeries.format.line (ChartLineFormat: lineStyle, color),
        // ExcelApi 1.7 (@types/office-js).
        const seriesApi = (x: FakeChart['series'][number]) => ({
          set name(n: string) {
            x.name = n;
          },
          set markerStyle(m: string) {
            x.markerStyle = m;
          },
          format: {
            line: {
              set lineStyle(l: string) {
                x.lineStyle = l;
              },
              set color(c: string) {
                x.lineColor = c;
              },
            },
          },
          setValues: (r: { address: string }) => (x.values = r.address),
          setXAxisValues: (r: { address: string }) => (x.categories = r.address),
        });
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
            format: {
              font: {
                set size(z: number) {
                  chart.titleSize = z;
                },
              },
            },
          },
          legend: { position: '' },
          // ChartAxis.minimum (ExcelApi 1.1) and ChartAxis.numberFormat (ExcelApi 1.8).
          axes: {
            valueAxis: {
              set minimum(v: number) {
                chart.valueAxis.minimum = v;
              },
              set numberFormat(f: string) {
                chart.valueAxis.numberFormat = f;
              },
            },
          },
          // Chart.displayBlanksAs: NotPlotted | Zero | Interplotted (ExcelApi 1.8).
          set displayBlanksAs(v: string) {
            if (!['NotPlotted', 'Zero', 'Interplotted'].includes(v)) throw new Error(`InvalidArgument: displayBlanksAs ${v}`);
            chart.displayBlanksAs = v;
          },
          series: {
            getItemAt: (i: number) => seriesApi(chart.series[i]),
            add: (name: string) => {
              const x = { name, values: '', categories: '' };
              chart.series.push(x);
              return seriesApi(x);
            },
          },
          setPosition: (from: string, to: string) => {
            chart.from = from;
            chart.to = to;
          },
        };
      },
    },
  };
}

function rangeApi(ctx: FakeContext, s: FakeSheet, a: string): any {
  const cell = (addr: string) => {
    let c = s.cells.get(addr);
    if (!c) s.cells.set(addr, (c = {}));
    return c;
  };
  const setAll = (f: (c: FakeCell) => void) => cellsOf(a, (addr) => f(cell(addr)));
  // Formulas are not calculated here, so `values` and `formulas` read the same contents.
  const readContents = (_what: 'values' | 'formulas') => {
    const { top, left, bottom, right } = parseRange(a);
    const out: unknown[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: unknown[] = [];
      for (let c = left; c <= right; c++) row.push(FakeWorkbook.valueOf(s.cells.get(address(r, c))?.input));
      out.push(row);
    }
    return out;
  };
  const contents = (what: 'values' | 'formulas') => {
    ctx.checkRead(`${what} of ${a}`);
    return readContents(what);
  };
  const setMatrix = (m: unknown[][], f: (c: FakeCell, v: any) => void) => {
    const { top, left, bottom, right } = parseRange(a);
    if (m.length !== bottom - top + 1 || m.some((row) => row.length !== right - left + 1)) throw new Error(`InvalidArgument: matrix does not fit ${a}`);
    ctx.send(m);
    cellsOf(a, (addr, r, c) => f(cell(addr), m[r][c]));
  };
  /*
   * Borders of a range (Excel.BorderIndex, @types/office-js): EdgeTop/Bottom/Left/Right draw the
   * outline of the range only; InsideVertical and InsideHorizontal the lines between its cells.
   * Each line is recorded on the cells on both of its sides that the range holds.
   */
  const edgesOf = (index: string): [string, FakeEdge][] => {
    const { top, left, bottom, right } = parseRange(a);
    const out: [string, FakeEdge][] = [];
    cellsOf(a, (addr, r, c) => {
      const [row, col] = [top + r, left + c];
      if (index === 'EdgeTop' && row === top) out.push([addr, 'top']);
      if (index === 'EdgeBottom' && row === bottom) out.push([addr, 'bottom']);
      if (index === 'EdgeLeft' && col === left) out.push([addr, 'left']);
      if (index === 'EdgeRight' && col === right) out.push([addr, 'right']);
      if (index === 'InsideVertical') {
        if (col > left) out.push([addr, 'left']);
        if (col < right) out.push([addr, 'right']);
      }
      if (index === 'InsideHorizontal') {
        if (row > top) out.push([addr, 'top']);
        if (row < bottom) out.push([addr, 'bottom']);
      }
    });
    return out;
  };
  const borderItem = (index: string) => {
    if (!['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'].includes(index))
      throw new FakeOfficeError('InvalidArgument', `no border ${index}`);
    const put = (key: keyof FakeBorder, v: string) => {
      for (const [addr, edge] of edgesOf(index)) {
        const c = cell(addr);
        c.borders = { ...c.borders, [edge]: { ...c.borders?.[edge], [key]: key === 'color' ? v.replace('#', '').toUpperCase() : v } };
      }
    };
    return {
      set style(v: string) {
        put('style', v);
      },
      set weight(v: string) {
        put('weight', v);
      },
      set color(v: string) {
        put('color', v);
      },
    };
  };
  const size = () => {
    const { top, left, bottom, right } = parseRange(a);
    return { rows: bottom - top + 1, cols: right - left + 1 };
  };
  return {
    address: a,
    sheet: s,
    // Range.rowCount and columnCount (ExcelApi 1.1).
    get rowCount() {
      ctx.checkRead('rowCount');
      return size().rows;
    },
    get columnCount() {
      ctx.checkRead('columnCount');
      return size().cols;
    },
    // What a load brings back counts towards the response of the next sync (PAYLOAD_LIMIT).
    load: (what?: string | string[]) => {
      const props = (Array.isArray(what) ? what.join(',') : (what ?? '')).split(',').map((p) => p.trim());
      const contents = props.filter((p) => ['values', 'formulas', 'text', 'numberFormat', 'valueTypes'].includes(p));
      if (contents.length === 0) return;
      const { rows, cols } = size();
      ctx.noteLoad(rows * cols, () => contents.length * JSON.stringify(readContents('values')).length);
    },
    get values() {
      return contents('values');
    },
    set values(m: unknown[][]) {
      setMatrix(m, write);
    },
    /*
     * Range.formulas (@types/office-js): a cell's formula, or its value when it has none, so an
     * empty cell reads "". Text written behind "'" reads without it (office-js #6687).
     */
    get formulas() {
      return contents('formulas');
    },
    set formulas(m: unknown[][]) {
      setMatrix(m, write);
    },
    set numberFormat(m: string[][]) {
      setMatrix(m, (c, v) => (c.numberFormat = v));
    },
    merge: () => s.merges.push(a),
    // Range.select selects the range on its sheet, which must be the active one (ExcelApi 1.1).
    select: () => {
      if (ctx.wb.active !== s) throw new FakeOfficeError('InvalidOperation', 'select on a sheet that is not active');
      ctx.wb.activeCell = a.split(':')[0];
    },
    // Range.clear: contents and formats go, the cells are as if never written (@types/office-js).
    clear: () => cellsOf(a, (addr) => s.cells.delete(addr)),
    format: {
      font: {
        set bold(v: boolean) {
          setAll((c) => (c.bold = v));
        },
        set italic(v: boolean) {
          setAll((c) => (c.italic = v));
        },
        set size(v: number) {
          setAll((c) => (c.size = v));
        },
        set name(v: string) {
          setAll((c) => (c.font = v));
        },
        set color(v: string) {
          setAll((c) => (c.color = v.replace('#', '')));
        },
      },
      fill: {
        set color(v: string) {
          setAll((c) => (c.fill = v.replace('#', '')));
        },
      },
      set horizontalAlignment(v: string) {
        setAll((c) => (c.hAlign = v.toLowerCase()));
      },
      set verticalAlignment(v: string) {
        setAll((c) => (c.vAlign = v === 'Center' ? 'middle' : v.toLowerCase()));
      },
      set wrapText(v: boolean) {
        setAll((c) => (c.wrap = v));
      },
      set columnWidth(w: number) {
        cellsOf(a, (_x, _r, c) => s.columnWidths.set(parseRange(a).left + c, w));
      },
      set rowHeight(h: number) {
        s.rowHeights.set(parseRange(a).top, h);
      },
      borders: { getItem: (index: string) => borderItem(index) },
    },
    dataValidation: {
      set rule(r: any) {
        s.validations.push({ range: a, rule: r });
      },
      set ignoreBlanks(_v: boolean) {
        /* always on in plans */
      },
      set errorAlert(e: any) {
        s.validations[s.validations.length - 1].errorAlert = e;
      },
    },
    conditionalFormats: {
      // ConditionalFormatCollection.add(type), ExcelApi 1.6: a custom rule (formula, fill, font),
      // a data bar (dataBar.positiveFormat.fillColor) or a colour scale (colorScale.criteria).
      add: (type: string = 'Custom') => {
        const f: FakeSheet['conditionalFormats'][number] = { range: a, type, formula: '', fill: '', color: '' };
        if (type !== 'Custom') {
          requireSet('1.6', `ConditionalFormatCollection.add(${type})`);
          if (type !== 'DataBar' && type !== 'ColorScale') throw new FakeOfficeError('InvalidArgument', `no conditional format type ${type}`);
        }
        s.conditionalFormats.push(f);
        return {
          dataBar: {
            set lowerBoundRule(r: any) {
              f.criteria = { ...f.criteria, lower: r.type };
            },
            set upperBoundRule(r: any) {
              f.criteria = { ...f.criteria, upper: r.type };
            },
            positiveFormat: {
              set fillColor(x: string) {
                if (type !== 'DataBar') throw new FakeOfficeError('InvalidOperation', 'not a data bar');
                f.barColor = x.replace('#', '');
              },
            },
          },
          colorScale: {
            set criteria(c: any) {
              if (type !== 'ColorScale') throw new FakeOfficeError('InvalidOperation', 'not a colour scale');
              if (!c.minimum || !c.maximum) throw new FakeOfficeError('InvalidArgument', 'a colour scale needs a minimum and a maximum');
              f.criteria = c;
            },
          },
          custom: {
            rule: {
              set formula(x: string) {
                f.formula = x;
              },
            },
            format: {
              fill: {
                set color(x: string) {
                  f.fill = x.replace('#', '');
                },
              },
              font: {
                set color(x: string) {
                  f.color = x.replace('#', '');
                },
              },
            },
          },
        };
      },
    },
  };
}
