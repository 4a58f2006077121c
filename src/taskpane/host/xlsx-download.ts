import type { Lang } from '../../core/errors';
import type { ValidScorecard } from '../../core/scorecard';
import type { ValidTracker } from '../../core/kpi/validate';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import type { FilesMerge } from '../../core/scorecard/merge';
import { consolidatedXlsxBytes } from '../../xlsx/consolidated-workbook';
import { mergeFileMessages, mergeReturnedFiles, ReturnedFile } from '../../xlsx/merge-files';
import { watchWorkbookFile } from '../../xlsx/read-trackers';
import type { PickedFile } from './pane-host';
import { readBytes } from './read-text';
import { scorecardXlsxBytes } from '../../xlsx/scorecard-workbook';
import { trackerXlsxBytes } from '../../xlsx/tracker-workbook';
import { trackerReportXlsxBytes } from '../../xlsx/tracker-report-workbook';

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

/** A tracker's one-page report of a period, as a workbook of that sheet. */
export async function trackerReportXlsx(tracker: ValidTracker, endMonth: number, lang: Lang, sourceSheet: string): Promise<Blob> {
  return new Blob([(await trackerReportXlsxBytes(tracker, endMonth, lang, sourceSheet)) as BlobPart], { type: XLSX_TYPE });
}

/** The KPI watch of a workbook file the user opened. */
export async function watchFile(file: Blob): Promise<TrackerWatch[]> {
  return watchWorkbookFile(await readBytes(file));
}

/** The workbook each appraiser fills in: the scorecard's own, with their copy of the card. */
export const copyXlsxBytes = scorecardXlsxBytes;

/** The appraisers' returned workbooks, read and merged as the command line merges them. */
export async function mergeFiles(files: readonly PickedFile[], lang: Lang): Promise<FilesMerge> {
  const read = await Promise.all(
    files.map(async (f): Promise<ReturnedFile> => {
      try {
        return { name: f.name, bytes: new Uint8Array(await readBytes(f.content)) };
      } catch (e) {
        return { name: f.name, unreadable: mergeFileMessages.notAWorkbook(f.name, e instanceof Error ? e.message : String(e)) };
      }
    }),
  );
  return mergeReturnedFiles(read, lang);
}

/** The consolidated workbook of a merged card, as a download. */
export async function consolidatedXlsx(card: ValidScorecard, lang: Lang): Promise<Blob> {
  return new Blob([(await consolidatedXlsxBytes(card, lang)) as BlobPart], { type: XLSX_TYPE });
}
