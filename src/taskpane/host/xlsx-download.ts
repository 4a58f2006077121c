import type { Lang } from '../../core/errors';
import type { ValidScorecard } from '../../core/scorecard';
import type { ValidTracker } from '../../core/kpi/validate';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import { watchWorkbookFile } from '../../xlsx/read-trackers';
import { readBytes } from './read-text';
import { scorecardXlsxBytes } from '../../xlsx/scorecard-workbook';
import { trackerXlsxBytes } from '../../xlsx/tracker-workbook';

/** The browser download of a scorecard workbook: SheetPlan rendered by the ExcelJS writer. */
export async function scorecardXlsx(card: ValidScorecard, lang: Lang): Promise<Blob> {
  const bytes = await scorecardXlsxBytes(card, lang);
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The browser download of a KPI tracker workbook. */
export async function trackerXlsx(tracker: ValidTracker, lang: Lang): Promise<Blob> {
  return new Blob([(await trackerXlsxBytes(tracker, lang)) as BlobPart], { type: XLSX_TYPE });
}

/** The KPI watch of a workbook file the user opened. */
export async function watchFile(file: Blob): Promise<TrackerWatch[]> {
  return watchWorkbookFile(await readBytes(file));
}
