/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { address, parseAddress, parseRange } from '../../src/core/sheet/a1';
import type { FakeBorder, FakeEdge, FakeSheet, FakeWorkbook } from '../helpers/fake-excel';

/**
 * What a generated sheet holds, in one shape whichever writer made it: cell contents
 * (formula or data), number formats, bold and fill, merges, validations per cell,
 * conditional formats, defined names, and the border lines that show.
 */
export interface Snapshot {
  cells: Record<string, { formula?: string; data?: string | number | boolean; numFmt: string; bold: boolean; fill: string | null; font: string | null }>;
  /** Notes on cells, by address. */
  notes: Record<string, string>;
  /** Row heights set, in points, by row number. */
  rows: Record<number, number>;
  /** Paper, print area and the rows that start a page. */
  page: { paper: string; area: string; breaks: number[] };
  merges: string[];
  validations: Record<string, string>;
  conditionalFormats: string[];
  /** The range with filter buttons: a sheet's autoFilter, or a table (its headers have the buttons). */
  filter: string | null;
  names: Record<string, string>;
  /**
   * Every line between two cells that is drawn, as "top of B7" or "left of B7" with its style:
   * a line shows when either cell beside it has it, so the right border of A1 and the left
   * border of B1 are one line. Lines inside a merged block do not show and are left out.
   */
  borders: Record<string, string>;
}

/** The border lines of cells given per edge, resolved into the lines a reader sees. */
function drawnLines(cells: Iterable<[string, Partial<Record<FakeEdge, string>>]>, merges: string[]): Record<string, string> {
  const blocks = merges.map((m) => parseRange(m));
  const inside = (r1: number, c1: number, r2: number, c2: number) =>
    blocks.some((b) => [r1, r2].every((r) => r >= b.top && r <= b.bottom) && [c1, c2].every((c) => c >= b.left && c <= b.right));
  const lines: Record<string, Set<string>> = {};
  const draw = (key: string, style: string) => (lines[key] ??= new Set()).add(style);
  for (const [a, edges] of cells) {
    const { row, col } = parseAddress(a);
    if (edges.top && !inside(row - 1, col, row, col)) draw(`top of ${address(row, col)}`, edges.top);
    if (edges.bottom && !inside(row, col, row + 1, col)) draw(`top of ${address(row + 1, col)}`, edges.bottom);
    if (edges.left && col > 1 && !inside(row, col - 1, row, col)) draw(`left of ${address(row, col)}`, edges.left);
    if (edges.left && col === 1) draw(`left of ${address(row, col)}`, edges.left);
    if (edges.right && !inside(row, col, row, col + 1)) draw(`left of ${address(row, col + 1)}`, edges.right);
  }
  return Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, [...v].sort().join(' | ')]));
}

/** ExcelJS "thin" and Office.js Continuous + Thin are the same line. */
const lineOf = (style: string | undefined, color: string | undefined): string => `${style}:${(color ?? '').toUpperCase()}`;
const officeLine = (b: FakeBorder): string => lineOf(b.style === 'Continuous' && b.weight === 'Thin' ? 'thin' : `${b.style}/${b.weight}`, b.color);

const each = (range: string, f: (a: string) => void) => {
  const { top, left, bottom, right } = parseRange(range);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) f(address(r, c));
};

const listKey = (values: string[]) => `list:${values.join('|')}`;
const decimalKey = (min: unknown, max: unknown) => `decimal:${Number(min)}..${Number(max)}`;

/**
 * 'Ann'!$A$1 and Ann!$A$1 are one reference: quotes are needed only around names that are not
 * plain words, and ExcelJS drops the others when it reads a file back.
 */
const plainSheet = (ref: string): string => ref.replace(/^'([A-Za-z_][A-Za-z0-9_.]*)'!/, '$1!');

export async function snapshotOfExcelJs(bytes: Uint8Array, sheetName: string): Promise<Snapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  const ws = wb.getWorksheet(sheetName)!;
  const setup = ws.pageSetup as any;
  const snap: Snapshot = {
    cells: {},
    notes: {},
    rows: {},
    // ST_PaperSize 9 is A4; none written is the format's default, Letter.
    page: {
      paper: setup.paperSize === 9 ? 'A4' : setup.paperSize === undefined ? 'Letter' : String(setup.paperSize),
      area: String(setup.printArea ?? ''),
      breaks: [],
    },
    merges: [],
    validations: {},
    conditionalFormats: [],
    filter: null,
    names: {},
    borders: {},
  };
  const af: any = (ws as any).autoFilter;
  snap.filter = af ? (typeof af === 'string' ? af : `${af.from}:${af.to}`) : null;
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined) snap.rows[row.number] = row.height;
  });
  // ExcelJS does not read row breaks back: <brk id="n"/> ends a page after row n (ECMA-376 CT_Break).
  const zip = await JSZip.loadAsync(bytes);
  const part = `xl/worksheets/sheet${wb.worksheets.indexOf(ws) + 1}.xml`;
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '';
  snap.page.breaks = [...breaks.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.note !== undefined) snap.notes[cell.address] = String(cell.note);
      if (cell.type === ExcelJS.ValueType.Merge || cell.value === null || cell.value === undefined) return;
      const v: any = cell.value;
      // ExcelJS hands a number in a date format back as a Date; Excel holds the serial (1900 system).
      const data = v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v;
      const content =
        typeof v === 'object' && !(v instanceof Date) && 'formula' in v ? { formula: v.formula as string } : { data: data as string | number | boolean };
      snap.cells[cell.address] = {
        ...content,
        numFmt: cell.numFmt ?? 'General',
        bold: !!cell.font?.bold,
        fill: (cell.fill as any)?.fgColor?.argb?.slice(2) ?? null,
        font: cell.font?.name ?? null,
      };
    }),
  );
  snap.merges = [...((ws as any).model.merges as string[])].sort();
  const edges: [string, Partial<Record<FakeEdge, string>>][] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const b: any = cell.border;
      if (!b) return;
      const e: Partial<Record<FakeEdge, string>> = {};
      for (const side of ['top', 'bottom', 'left', 'right'] as const) if (b[side]?.style) e[side] = lineOf(b[side].style, b[side].color?.argb?.slice(2));
      edges.push([cell.address, e]);
    }),
  );
  snap.borders = drawnLines(edges, snap.merges);
  for (const [range, dv] of Object.entries((ws as any).dataValidations.model as Record<string, any>)) {
    const key = dv.type === 'list' ? listKey(String(dv.formulae[0]).replace(/^"|"$/g, '').split(',')) : decimalKey(dv.formulae[0], dv.formulae[1]);
    each(range.replace(/^range:/, ''), (a) => (snap.validations[a] = key));
  }
  for (const cf of (ws as any).conditionalFormattings as any[])
    for (const rule of cf.rules) {
      const bounds = () => (rule.cfvo as any[]).map((v) => (v.type === 'percentile' ? `percentile ${v.value}` : v.type)).join(',');
      if (rule.type === 'dataBar') snap.conditionalFormats.push(`${cf.ref}|dataBar|${bounds()}|${rule.color.argb.slice(2)}`);
      else if (rule.type === 'colorScale')
        snap.conditionalFormats.push(`${cf.ref}|colorScale|${bounds()}|${(rule.color as any[]).map((c) => c.argb.slice(2)).join(',')}`);
      else snap.conditionalFormats.push(`${cf.ref}|${rule.formulae[0]}|${rule.style.fill.bgColor.argb.slice(2)}`);
    }
  snap.conditionalFormats.sort();
  for (const n of (wb.definedNames as any).model as { name: string; ranges: string[] }[]) snap.names[n.name] = n.ranges.map(plainSheet).join(',');
  return snap;
}

export function snapshotOfFake(wb: FakeWorkbook, sheet: FakeSheet): Snapshot {
  const snap: Snapshot = {
    cells: {},
    notes: {},
    rows: Object.fromEntries(sheet.rowHeights),
    page: {
      paper: sheet.page.paperSize ?? 'Letter',
      area: sheet.page.printArea ?? '',
      breaks: (sheet.page.breaks ?? []).map((a) => parseAddress(a).row),
    },
    merges: [...sheet.merges].sort(),
    validations: {},
    conditionalFormats: [],
    filter: wb.tables.find((t) => t.sheet === sheet)?.range ?? null,
    names: {},
    borders: {},
  };
  snap.borders = drawnLines(
    [...sheet.cells].map(
      ([a, c]) =>
        [a, Object.fromEntries(Object.entries(c.borders ?? {}).map(([side, b]) => [side, officeLine(b!)]))] as [string, Partial<Record<FakeEdge, string>>],
    ),
    snap.merges,
  );
  for (const [a, c] of sheet.cells) {
    if (c.note !== undefined) snap.notes[a] = c.note;
    if (c.input === undefined || c.input === '') continue;
    const content = typeof c.input === 'string' && c.input.startsWith('=') && !c.text ? { formula: c.input.slice(1) } : { data: c.input };
    snap.cells[a] = { ...content, numFmt: c.numberFormat ?? 'General', bold: !!c.bold, fill: c.fill ?? null, font: c.font ?? null };
  }
  for (const v of sheet.validations) {
    const key = v.rule.list ? listKey(String(v.rule.list.source).split(',')) : decimalKey(v.rule.decimal.formula1, v.rule.decimal.formula2);
    each(v.range, (a) => (snap.validations[a] = key));
  }
  const bound = (type: string | undefined) => (type === 'LowestValue' ? 'min' : type === 'HighestValue' ? 'max' : String(type));
  snap.conditionalFormats = sheet.conditionalFormats
    .map((f) => {
      if (f.type === 'DataBar') return `${f.range}|dataBar|${bound(f.criteria?.lower)},${bound(f.criteria?.upper)}|${f.barColor}`;
      if (f.type === 'ColorScale') {
        const c = f.criteria;
        const mid = c.midpoint.type === 'Percentile' ? `percentile ${c.midpoint.formula}` : c.midpoint.type;
        const colours = [c.minimum, c.midpoint, c.maximum].map((x: any) => x.color.replace('#', '')).join(',');
        return `${f.range}|colorScale|${bound(c.minimum.type)},${mid},${bound(c.maximum.type)}|${colours}`;
      }
      return `${f.range}|${f.formula.replace(/^=/, '')}|${f.fill}`;
    })
    .sort();
  for (const [name, n] of wb.names) {
    const { top, left, bottom, right } = parseRange(n.range);
    const abs = (r: number, c: number) => address(r, c).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    const ref = `'${n.sheet.name.replace(/'/g, "''")}'!${abs(top, left)}${top === bottom && left === right ? '' : `:${abs(bottom, right)}`}`;
    snap.names[name] = plainSheet(ref);
  }
  return snap;
}
