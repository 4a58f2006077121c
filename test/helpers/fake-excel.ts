/* eslint-disable @typescript-eslint/no-explicit-any */
import { address, parseRange } from '../../src/core/sheet/a1';

/**
 * A small in-memory stand-in for the part of the Excel JavaScript API the scorecard writer and
 * reader use. It records what a real workbook would hold (contents as typed, formats, merges,
 * validations, conditional formats, names, charts) and counts `context.sync()` calls. Reads
 * are only allowed after a sync, like in Excel, so a missing sync fails the test.
 */
export interface FakeCell {
  input?: string | number | boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  border?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: { range: string; rule: any; errorAlert?: any }[];
  conditionalFormats: { range: string; formula: string; fill: string; color: string }[];
  charts: { type: string; title: string; series: { name: string; values: string; categories: string }[]; from: string; to: string }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozen?: string;
  page: { orientation?: string; zoom?: any; titleRows?: string };
  deleted?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, { sheet: FakeSheet; range: string }>();
  active: FakeSheet | null = null;
  syncs = 0;

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    const s: FakeSheet = { name, visibility: 'Visible', cells: new Map(), merges: [], validations: [], conditionalFormats: [], charts: [], columnWidths: new Map(), rowHeights: new Map(), page: {} };
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** The value a cell shows for a typed input: the text prefix "'" is not part of it. */
  static valueOf(input: FakeCell['input']): string | number | boolean {
    if (input === undefined) return '';
    if (typeof input === 'string' && input.startsWith("'")) return input.slice(1);
    return input;
  }

  /** The Excel.run of this workbook. */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

function cellsOf(range: string, each: (addr: string, r: number, c: number) => void) {
  const { top, left, bottom, right } = parseRange(range);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) each(address(r, c), r - top, c - left);
}

class FakeContext {
  private readsOpen = false;
  constructor(readonly wb: FakeWorkbook) {}
  get workbook() {
    return fakeWorkbookApi(this);
  }
  async sync(): Promise<void> {
    this.wb.syncs++;
    this.readsOpen = true;
  }
  checkRead(what: string) {
    if (!this.readsOpen) throw new Error(`read of ${what} before context.sync()`);
  }
}

function fakeWorkbookApi(ctx: FakeContext) {
  const wb = ctx.wb;
  return {
    worksheets: {
      load: () => undefined,
      get items() {
        ctx.checkRead('worksheets');
        return wb.sheets.map((s) => sheetApi(ctx, s));
      },
      getItemOrNullObject: (name: string) => {
        const s = wb.sheets.find((x) => x.name === name);
        return s ? sheetApi(ctx, s) : nullSheet(ctx);
      },
      getItem: (name: string) => sheetApi(ctx, wb.sheet(name)),
      add: (name: string) => sheetApi(ctx, wb.addSheet(name)),
      getActiveWorksheet: () => sheetApi(ctx, wb.active!),
    },
    names: {
      load: () => undefined,
      get items() {
        ctx.checkRead('names');
        return [...wb.names].map(([name, n]) => ({ name, formula: `='${n.sheet.name.replace(/'/g, "''")}'!${absoluteRange(n.range)}` }));
      },
      add: (name: string, range: { address: string; sheet: FakeSheet }) => {
        if (wb.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
        wb.names.set(name, { sheet: range.sheet, range: range.address });
      },
      getItem: (name: string) => ({ delete: () => wb.names.delete(name) }),
    },
  };
}

const absoluteRange = (r: string) =>
  r
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');

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
    get name() {
      return s.name;
    },
    set name(n: string) {
      if (wb.sheets.some((x) => x !== s && x.name.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: ${n}`);
      s.name = n;
    },
    load: () => undefined,
    set visibility(v: FakeSheet['visibility']) {
      s.visibility = v;
    },
    set position(p: number) {
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(p, 0, s);
    },
    delete: () => {
      if (s.visibility === 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible').length === 1) throw new Error('InvalidOperation: a workbook must keep one visible sheet');
      s.deleted = true;
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      for (const [n, v] of wb.names) if (v.sheet === s) wb.names.delete(n);
      if (wb.active === s) wb.active = wb.sheets[0] ?? null;
    },
    activate: () => (wb.active = s),
    getRange: (a: string) => rangeApi(ctx, s, a),
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
    freezePanes: { freezeAt: (r: { address: string }) => (s.frozen = r.address) },
    pageLayout: {
      set orientation(o: string) {
        s.page.orientation = o;
      },
      set zoom(z: any) {
        s.page.zoom = z;
      },
      setPrintTitleRows: (rows: string) => (s.page.titleRows = rows),
    },
    charts: {
      add: (type: string, source: { address: string }) => {
        const chart = { type, title: '', series: [{ name: '', values: source.address, categories: '' }], from: '', to: '' };
        s.charts.push(chart);
        const seriesApi = (x: (typeof chart.series)[number]) => ({
          set name(n: string) {
            x.name = n;
          },
          setValues: (r: { address: string }) => (x.values = r.address),
          setXAxisValues: (r: { address: string }) => (x.categories = r.address),
        });
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          legend: { position: '' },
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
  const setMatrix = (m: unknown[][], f: (c: FakeCell, v: any) => void) => {
    const { top, left, bottom, right } = parseRange(a);
    if (m.length !== bottom - top + 1 || m.some((row) => row.length !== right - left + 1)) throw new Error(`InvalidArgument: matrix does not fit ${a}`);
    cellsOf(a, (addr, r, c) => f(cell(addr), m[r][c]));
  };
  const border = { set style(_v: string) { setAll((c) => (c.border = true)); }, set color(_v: string) { /* recorded as border */ } };
  return {
    address: a,
    sheet: s,
    load: () => undefined,
    get values() {
      ctx.checkRead(`values of ${a}`);
      const { top, left, bottom, right } = parseRange(a);
      const out: unknown[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row: unknown[] = [];
        for (let c = left; c <= right; c++) row.push(FakeWorkbook.valueOf(s.cells.get(address(r, c))?.input));
        out.push(row);
      }
      return out;
    },
    set values(m: unknown[][]) {
      setMatrix(m, (c, v) => (c.input = v));
    },
    set formulas(m: unknown[][]) {
      setMatrix(m, (c, v) => (c.input = v));
    },
    set numberFormat(m: string[][]) {
      setMatrix(m, (c, v) => (c.numberFormat = v));
    },
    merge: () => s.merges.push(a),
    format: {
      font: {
        set bold(v: boolean) { setAll((c) => (c.bold = v)); },
        set italic(v: boolean) { setAll((c) => (c.italic = v)); },
        set size(v: number) { setAll((c) => (c.size = v)); },
        set color(v: string) { setAll((c) => (c.color = v.replace('#', ''))); },
      },
      fill: { set color(v: string) { setAll((c) => (c.fill = v.replace('#', ''))); } },
      set horizontalAlignment(v: string) { setAll((c) => (c.hAlign = v.toLowerCase())); },
      set verticalAlignment(v: string) { setAll((c) => (c.vAlign = v === 'Center' ? 'middle' : v.toLowerCase())); },
      set wrapText(v: boolean) { setAll((c) => (c.wrap = v)); },
      set columnWidth(w: number) { cellsOf(a, (_x, _r, c) => s.columnWidths.set(parseRange(a).left + c, w)); },
      set rowHeight(h: number) { s.rowHeights.set(parseRange(a).top, h); },
      borders: { getItem: () => border },
    },
    dataValidation: {
      set rule(r: any) { s.validations.push({ range: a, rule: r }); },
      set ignoreBlanks(_v: boolean) { /* always on in plans */ },
      set errorAlert(e: any) { s.validations[s.validations.length - 1].errorAlert = e; },
    },
    conditionalFormats: {
      add: () => {
        const f = { range: a, formula: '', fill: '', color: '' };
        s.conditionalFormats.push(f);
        return {
          custom: {
            rule: { set formula(x: string) { f.formula = x; } },
            format: { fill: { set color(x: string) { f.fill = x.replace('#', ''); } }, font: { set color(x: string) { f.color = x.replace('#', ''); } } },
          },
        };
      },
    },
  };
}
