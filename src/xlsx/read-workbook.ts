import ExcelJS from 'exceljs';
import type { CellValue } from '../core/sheet/plan';
import { linkName } from '../core/sheet/scorecard-plan';
import { parseStoredRow, STORE_SHEET, StoredEntry } from '../core/sheet/stored';

/**
 * The scorecard sheets of an .xlsx file, for reading back outside Excel: each stored definition
 * (the very hidden sheet) with a reader of the cells of its sheet. The sheet is found by the
 * workbook name that links it (names follow a renamed sheet), else by the name it was written
 * under. Stored rows that cannot be used throw StoredDefinitionError with their own message.
 */
export interface StoredSheet {
  entry: StoredEntry;
  sheetName: string;
  readCell: (address: string) => CellValue;
}

/** What a cell holds as Excel shows it: a formula's result, rich text as its text, a date as text. */
function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return valueOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return null;
}

/** null when the file holds no stored definitions at all. */
export async function storedSheetsOf(bytes: Uint8Array): Promise<StoredSheet[] | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const store = wb.getWorksheet(STORE_SHEET);
  if (!store) return null;
  const out: StoredSheet[] = [];
  for (let r = 2; r <= store.rowCount; r++) {
    const row = store.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(valueOf(row.getCell(c).value));
    if (values.every((v) => v === null || v === '')) continue;
    const entry = parseStoredRow(values, String(values[3] ?? ''));
    const ref = wb.definedNames.getRanges(linkName(entry.linkId)).ranges[0];
    const linked = ref
      ? ref
          .slice(0, ref.lastIndexOf('!'))
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'")
      : undefined;
    const sheetName = linked && wb.getWorksheet(linked) ? linked : entry.sheetName;
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    out.push({ entry, sheetName, readCell: (a) => valueOf(ws.getCell(a).value) });
  }
  return out;
}
