import type { Lang } from '../core/errors';
import type { Scorecard } from '../core/scorecard';

/** The browser download of a scorecard workbook: SheetPlan rendered by the ExcelJS writer. */
export async function scorecardXlsx(card: Scorecard, lang: Lang): Promise<Blob> {
  void card;
  void lang;
  throw new Error('The .xlsx writer is not available in this build.');
}
