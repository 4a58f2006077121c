import type { Lang } from '../../core/errors';
import type { ValidScorecard } from '../../core/scorecard';
import { scorecardXlsxBytes } from '../../xlsx/scorecard-workbook';

/** The browser download of a scorecard workbook: SheetPlan rendered by the ExcelJS writer. */
export async function scorecardXlsx(card: ValidScorecard, lang: Lang): Promise<Blob> {
  const bytes = await scorecardXlsxBytes(card, lang);
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
