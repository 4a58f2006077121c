import ExcelJS from 'exceljs';
import type { Lang } from '../core/errors';
import { inLanguage } from '../core/language';
import type { Analysis } from '../core/customer-value/analyse';
import type { ColumnChoice } from '../core/customer-value/columns';
import type { Transactions } from '../core/customer-value/read-table';
import { resultsPlan, summaryPlan } from '../core/customer-value/results-plan';
import { CV_STORE_HEADER, CV_STORE_SHEET, storedAnalysisRow } from '../core/customer-value/stored';
import { CUSTOMER_VALUE_LABELS as L } from '../core/sheet/sheet-labels';
import { addCharts } from './add-charts';
import { writePlan } from './write-plan';

/**
 * The results of an analysis as an .xlsx file: the summary sheet first (what a manager opens
 * to), the customer sheet, and the very hidden sheet holding the settings for a rerun.
 */
export async function customerValueXlsx(a: Analysis, t: Transactions, lang: Lang, source: string, columns: ColumnChoice): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const resultsName = inLanguage(L.resultsSheet, lang);
  const summaryName = inLanguage(L.summarySheet, lang);
  const summary = summaryPlan(a, t, lang, resultsName);
  writePlan(wb, summaryName, summary);
  writePlan(wb, resultsName, resultsPlan(a, t, lang));
  const store = wb.addWorksheet(CV_STORE_SHEET, { state: 'veryHidden' });
  store.addRow([...CV_STORE_HEADER]);
  store.addRow(storedAnalysisRow({ lang, resultsSheet: resultsName, summarySheet: summaryName, source, settings: a.settings, columns, headers: t.headers }));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return addCharts(bytes, [{ sheetIndex: 0, charts: summary.charts, sheetName: summaryName, font: summary.font.name }]);
}
