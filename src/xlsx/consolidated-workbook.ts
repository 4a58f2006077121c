import ExcelJS from 'exceljs';
import type { Lang } from '../core/errors';
import { appraisersOf } from '../core/scorecard/consolidate';
import type { ValidScorecard } from '../core/scorecard/validate';
import { ConsolidatedWorkbookPlan, planConsolidatedWorkbook } from '../core/sheet/consolidated-plan';
import { newLinkId, STORE_HEADER, STORE_SHEET, storedRow } from '../core/sheet/stored';
import { addCharts } from './add-charts';
import { writePlan } from './write-plan';

/**
 * A card of several appraisers as an .xlsx workbook: the consolidated sheet first, then each
 * appraiser's sheet with its stored definition (the copy of the card that appraiser fills in),
 * so every appraiser sheet reads back and merges like a sheet of its own.
 */
export function consolidatedWorkbook(
  card: ValidScorecard,
  lang: Lang,
  options: { linkIds?: string[] } = {},
): { workbook: ExcelJS.Workbook; planned: ConsolidatedWorkbookPlan } {
  const workbook = new ExcelJS.Workbook();
  const linkIds = options.linkIds ?? appraisersOf(card).map(() => newLinkId());
  const planned = planConsolidatedWorkbook(card, lang, linkIds, [STORE_SHEET]);
  writePlan(workbook, planned.sheetName, planned.layout.plan);
  for (const a of planned.appraisers) writePlan(workbook, a.sheetName, a.layout.plan);
  const store = workbook.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  store.addRow([...STORE_HEADER]);
  for (const a of planned.appraisers) store.addRow(storedRow({ linkId: a.linkId, lang, sheetName: a.sheetName, card: a.card }));
  return { workbook, planned };
}

/** The bytes of the finished workbook, every appraiser sheet's chart included. */
export async function consolidatedXlsxBytes(card: ValidScorecard, lang: Lang, options: { linkIds?: string[] } = {}): Promise<Uint8Array> {
  const { workbook, planned } = consolidatedWorkbook(card, lang, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addCharts(
    bytes,
    planned.appraisers.map((a, i) => ({ sheetIndex: i + 1, sheetName: a.sheetName, charts: a.layout.plan.charts, font: a.layout.plan.font.name })),
  );
}
