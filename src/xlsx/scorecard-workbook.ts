import ExcelJS from 'exceljs';
import type { Lang } from '../core/errors';
import type { ValidScorecard } from '../core/scorecard/validate';
import { buildScorecardLayout, ScorecardLayout } from '../core/sheet/scorecard-plan';
import { pick } from '../core/sheet/sheet-labels';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { newLinkId, STORE_HEADER, STORE_SHEET, storedRow } from '../core/sheet/stored';
import { addCharts } from './add-charts';
import { writePlan } from './write-plan';

/** A scorecard as an .xlsx workbook: its sheet plus the very hidden sheet of stored definitions. */
export interface ScorecardWorkbook {
  workbook: ExcelJS.Workbook;
  sheetName: string;
  layout: ScorecardLayout;
}

export function scorecardWorkbook(card: ValidScorecard, lang: Lang, options: { linkId?: string; workbook?: ExcelJS.Workbook } = {}): ScorecardWorkbook {
  const workbook = options.workbook ?? new ExcelJS.Workbook();
  const linkId = options.linkId ?? newLinkId();
  const layout = buildScorecardLayout(card, lang, linkId);
  const sheetName = uniqueSheetName(pick(card.title, lang), [...workbook.worksheets.map((w) => w.name), STORE_SHEET]);
  writePlan(workbook, sheetName, layout.plan);
  let store = workbook.getWorksheet(STORE_SHEET);
  if (!store) {
    store = workbook.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
    store.addRow([...STORE_HEADER]);
  }
  store.addRow(storedRow({ linkId, lang, sheetName, card }));
  return { workbook, sheetName, layout };
}

/** The bytes of a finished .xlsx file, charts included. */
export async function scorecardXlsxBytes(card: ValidScorecard, lang: Lang, options: { linkId?: string } = {}): Promise<Uint8Array> {
  const built = scorecardWorkbook(card, lang, options);
  const bytes = new Uint8Array(await built.workbook.xlsx.writeBuffer());
  return addCharts(bytes, [{ sheetIndex: 0, charts: built.layout.plan.charts, sheetName: built.sheetName, font: built.layout.plan.font.name }]);
}
