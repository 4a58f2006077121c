/* eslint-disable @typescript-eslint/no-explicit-any */
import ExcelJS from 'exceljs';
import { address, parseRange } from '../../src/core/sheet/a1';
import type { FakeSheet, FakeWorkbook } from '../helpers/fake-excel';

/**
 * What a generated sheet holds, in one shape whichever writer made it: cell contents
 * (formula or data), number formats, bold and fill, merges, validations per cell,
 * conditional formats and defined names.
 */
export interface Snapshot {
  cells: Record<string, { formula?: string; data?: string | number | boolean; numFmt: string; bold: boolean; fill: string | null }>;
  merges: string[];
  validations: Record<string, string>;
  conditionalFormats: string[];
  names: Record<string, string>;
}

const each = (range: string, f: (a: string) => void) => {
  const { top, left, bottom, right } = parseRange(range);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) f(address(r, c));
};

const listKey = (values: string[]) => `list:${values.join('|')}`;
const decimalKey = (min: unknown, max: unknown) => `decimal:${Number(min)}..${Number(max)}`;

export async function snapshotOfExcelJs(bytes: Uint8Array, sheetName: string): Promise<Snapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  const ws = wb.getWorksheet(sheetName)!;
  const snap: Snapshot = { cells: {}, merges: [], validations: {}, conditionalFormats: [], names: {} };
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge || cell.value === null || cell.value === undefined) return;
      const v: any = cell.value;
      const content = typeof v === 'object' && 'formula' in v ? { formula: v.formula as string } : { data: v as string | number | boolean };
      snap.cells[cell.address] = { ...content, numFmt: cell.numFmt ?? 'General', bold: !!cell.font?.bold, fill: (cell.fill as any)?.fgColor?.argb?.slice(2) ?? null };
    }),
  );
  snap.merges = [...((ws as any).model.merges as string[])].sort();
  for (const [range, dv] of Object.entries((ws as any).dataValidations.model as Record<string, any>)) {
    const key = dv.type === 'list' ? listKey(String(dv.formulae[0]).replace(/^"|"$/g, '').split(',')) : decimalKey(dv.formulae[0], dv.formulae[1]);
    each(range.replace(/^range:/, ''), (a) => (snap.validations[a] = key));
  }
  for (const cf of (ws as any).conditionalFormattings as any[]) for (const rule of cf.rules) snap.conditionalFormats.push(`${cf.ref}|${rule.formulae[0]}|${rule.style.fill.bgColor.argb.slice(2)}`);
  snap.conditionalFormats.sort();
  for (const n of (wb.definedNames as any).model as { name: string; ranges: string[] }[]) snap.names[n.name] = n.ranges.join(',');
  return snap;
}

export function snapshotOfFake(wb: FakeWorkbook, sheet: FakeSheet): Snapshot {
  const snap: Snapshot = { cells: {}, merges: [...sheet.merges].sort(), validations: {}, conditionalFormats: [], names: {} };
  for (const [a, c] of sheet.cells) {
    if (c.input === undefined || c.input === '') continue;
    const content =
      typeof c.input === 'string' && c.input.startsWith('=') ? { formula: c.input.slice(1) } : { data: typeof c.input === 'string' && c.input.startsWith("'") ? c.input.slice(1) : c.input };
    snap.cells[a] = { ...content, numFmt: c.numberFormat ?? 'General', bold: !!c.bold, fill: c.fill ?? null };
  }
  for (const v of sheet.validations) {
    const key = v.rule.list ? listKey(String(v.rule.list.source).split(',')) : decimalKey(v.rule.decimal.formula1, v.rule.decimal.formula2);
    each(v.range, (a) => (snap.validations[a] = key));
  }
  snap.conditionalFormats = sheet.conditionalFormats.map((f) => `${f.range}|${f.formula.replace(/^=/, '')}|${f.fill}`).sort();
  for (const [name, n] of wb.names) {
    const { top, left, bottom, right } = parseRange(n.range);
    const abs = (r: number, c: number) => address(r, c).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    const ref = `'${n.sheet.name.replace(/'/g, "''")}'!${abs(top, left)}${top === bottom && left === right ? '' : `:${abs(bottom, right)}`}`;
    snap.names[name] = ref;
  }
  return snap;
}
