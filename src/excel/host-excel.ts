import { downloadBlob, type ShareFiles } from '../taskpane/host/host';
import type { GenerateOutcome, PaneHost, Progress } from '../taskpane/host/pane-host';
import type { Lang } from '../core/errors';
import type { ValidScorecard } from '../core/scorecard';
import { excelRun, ExcelRun } from './excel-run';
import { insertFormula } from './insert-formula';
import { listSources, readSource } from './transaction-source';
import { storedAnalyses, writeCustomerValue } from './customer-value-sheets';
import { refreshAnalysis } from './customer-value-refresh';
import { listStoredScorecards, readActiveScorecard, writeScorecardSheet } from './scorecard-sheets';
import { writeTrackerReportSheet } from './tracker-report-sheet';
import { rewriteTrackerSheet } from './tracker-rewrite';
import { CreateWorkbook, createWorkbook, excelSharing } from './share-in-excel';
import { listWorkbookItems, showSheet } from './workbook-items';
import { onWorkbookChanged, selectCell, watchWorkbook, writeTrackerSheet } from './tracker-sheets';

/**
 * The pane's host inside Excel: every request goes to the workbook through `run`, which is
 * Excel.run in the add-in and a stand-in workbook's in tests, so nothing here touches Office
 * until the pane asks for something. Files still leave through `save` (a download, or the
 * manual-save dialog where downloads do nothing, whose promise is awaited: hence `void`).
 */
export function excelHost(
  run: ExcelRun = excelRun,
  save: (fileName: string, content: Blob) => void = downloadBlob,
  share?: { files: ShareFiles; createWorkbook?: CreateWorkbook },
): PaneHost {
  // The writer reports its own progress up to 1; reporting 1 again here would count twice.
  const write = async (card: ValidScorecard, lang: Lang, progress: Progress, sheetName?: string): Promise<GenerateOutcome> => {
    const written = await writeScorecardSheet(card, lang, { progress, ...(sheetName ? { sheetName } : {}) }, run);
    return { kind: 'sheet', sheetName: written.sheetName };
  };
  return {
    kind: 'excel',
    insertFormula: (formula, replace) => insertFormula(formula, replace, run),
    generateScorecard: (card, lang, progress) => write(card, lang, progress),
    regenerateScorecard: (sheetName, card, lang, progress) => write(card, lang, progress, sheetName),
    readActiveScorecard: () => readActiveScorecard(run),
    storedScorecards: () => listStoredScorecards(run),
    saveFile: async (name, blob) => void (await save(name, blob)),
    ...(share ? { sharing: excelSharing(share.files, save, run, share.createWorkbook ?? createWorkbook) } : {}),
    trackers: {
      generate: async (tracker, lang, progress) => {
        progress(0.3);
        const written = await writeTrackerSheet(tracker, lang, {}, run);
        progress(1);
        return { kind: 'sheet', sheetName: written.sheetName };
      },
      report: async (watch, endMonth, lang, progress) => {
        progress(0.3);
        const written = await writeTrackerReportSheet(watch.tracker, endMonth, lang, watch.sheet, run);
        progress(1);
        return { kind: 'sheet', sheetName: written.sheetName };
      },
      rewrite: async (watch, edited, _lang, progress) => {
        progress(0.2);
        // In the sheet's own language, whatever the pane's.
        const written = await rewriteTrackerSheet(watch.sheet, edited, run);
        progress(1);
        return { kind: 'sheet', sheetName: written.sheetName };
      },
      watch: () => watchWorkbook(run),
      select: (sheet, cell) => selectCell(sheet, cell, run),
      onChanged: (listener) => onWorkbookChanged(listener, run),
    },
    customerValue: {
      sources: () => listSources(run),
      read: (source, progress, cancelled) => readSource(source, { progress, cancelled }, run),
      write: (analysis, transactions, lang, source, columns, replace, progress) =>
        writeCustomerValue(analysis, transactions, lang, source, columns, { replace, progress }, run),
      stored: () => storedAnalyses(run),
      refresh: (stored, progress, cancelled) => refreshAnalysis(stored, { progress, cancelled }, run),
    },
    workbookItems: () => listWorkbookItems(run),
    showSheet: (sheet) => showSheet(sheet, run),
  };
}
