import ExcelJS from 'exceljs';
import type { Lang } from '../core/errors';
import type { ValidTracker } from '../core/kpi/validate';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { newLinkId, STORE_SHEET } from '../core/sheet/stored';
import { buildTrackerLayout, TrackerLayout, trackerSheetTitle } from '../core/sheet/tracker-plan';
import { storedTrackerRow, TRACKER_STORE_SHEET } from '../core/sheet/tracker-stored';
import { addCharts } from './add-charts';
import { writePlan } from './write-plan';

/** A KPI tracker as an .xlsx workbook: its sheet plus the very hidden sheet of stored trackers. */
export interface TrackerWorkbook {
  workbook: ExcelJS.Workbook;
  sheetName: string;
  layout: TrackerLayout;
}

export function trackerWorkbook(t: ValidTracker, lang: Lang, options: { linkId?: string; workbook?: ExcelJS.Workbook } = {}): TrackerWorkbook {
  const workbook = options.workbook ?? new ExcelJS.Workbook();
  const linkId = options.linkId ?? newLinkId();
  const layout = buildTrackerLayout(t, lang, linkId);
  const sheetName = uniqueSheetName(trackerSheetTitle(t, lang), [...workbook.worksheets.map((w) => w.name), STORE_SHEET, TRACKER_STORE_SHEET]);
  writePlan(workbook, sheetName, layout.plan);
  let store = workbook.getWorksheet(TRACKER_STORE_SHEET);
  if (!store) {
    store = workbook.addWorksheet(TRACKER_STORE_SHEET, { state: 'veryHidden' });
    store.addRow(['link', 'version', 'language', 'sheet', 'definition']);
  }
  store.addRow(storedTrackerRow({ linkId, lang, sheetName, tracker: t }));
  return { workbook, sheetName, layout };
}

/** The bytes of a finished .xlsx file, charts included. */
export async function trackerXlsxBytes(t: ValidTracker, lang: Lang, options: { linkId?: string } = {}): Promise<Uint8Array> {
  const built = trackerWorkbook(t, lang, options);
  const bytes = new Uint8Array(await built.workbook.xlsx.writeBuffer());
  return addCharts(bytes, [{ sheetIndex: 0, charts: built.layout.plan.charts, sheetName: built.sheetName }]);
}
