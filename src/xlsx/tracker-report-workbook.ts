import ExcelJS from 'exceljs';
import type { Lang } from '../core/errors';
import type { ValidTracker } from '../core/kpi/validate';
import { legalSheetName } from '../core/sheet/sheet-name';
import { buildTrackerReport, reportSheetTitle } from '../core/sheet/tracker-report-plan';
import { writePlan } from './write-plan';

/** A tracker's one-page report for a period, as an .xlsx file of that one sheet (the browser's "Export report"). */
export async function trackerReportXlsxBytes(t: ValidTracker, endMonth: number, lang: Lang, sourceSheet: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writePlan(workbook, legalSheetName(reportSheetTitle(t, endMonth, lang)), buildTrackerReport(t, endMonth, lang, sourceSheet).plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
