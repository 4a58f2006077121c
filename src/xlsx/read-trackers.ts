import ExcelJS from 'exceljs';
import type { CellValue } from '../core/sheet/plan';
import { parseStoredTrackerRow } from '../core/sheet/tracker-stored';
import { TrackerWatch, watchTracker } from '../core/sheet/tracker-watch';
import { TRACKER_STORE_SHEET } from '../core/sheet/tracker-stored';

/**
 * The KPI watch of a workbook file (the browser's "open a workbook"): the stored trackers of
 * its very hidden sheet, each watched on the sheet its CRM_KT_ name points at (or, without
 * one, the sheet the row names). A damaged or newer definition is left out, as in Excel.
 */
const plain = (v: ExcelJS.CellValue): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'result' in v) {
    const r = (v as { result?: unknown }).result;
    return typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' ? r : null;
  }
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('');
  return null;
};

export async function watchWorkbookFile(bytes: ArrayBuffer): Promise<TrackerWatch[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const store = wb.getWorksheet(TRACKER_STORE_SHEET);
  if (!store) return [];
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const out: TrackerWatch[] = [];
  store.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(plain);
    let entry;
    try {
      entry = parseStoredTrackerRow(values, String(values[3] ?? ''));
    } catch {
      return;
    }
    const ref = names.find((x) => x.name === `CRM_KT_${entry.linkId}`)?.ranges[0];
    const named = ref ? ref.slice(0, ref.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : entry.sheetName;
    const ws = wb.getWorksheet(named);
    if (!ws) return;
    out.push(watchTracker(entry, ws.name, (cell) => plain(ws.getCell(cell).value)));
  });
  return out;
}
