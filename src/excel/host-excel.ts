import type { Lang } from '../core/errors';
import type { Scorecard, ValidScorecard } from '../core/scorecard';
import type { SkippedCell } from '../core/sheet';
import { downloadBlob, GenerateOutcome, PaneHost, Progress } from '../taskpane/host';
import { insertFormula } from './insert-formula';
import { excelSheetOps } from './scorecard-sheets';

/**
 * The pane's host inside Excel. The sheet operations come from the Office.js scorecard
 * writer and reader of this folder; they are passed in so this wiring is testable without
 * Excel and survives changes of how the writer is split into modules.
 */
export interface ExcelScorecardOps {
  /**
   * Writes the card into a new sheet (or over `sheetName`) and activates it. Either the whole
   * write happens or, when Excel refuses part of it, the workbook is put back as it was and a
   * ScorecardWriteError says so (or says which sheets to check if even that failed).
   */
  write(card: ValidScorecard, lang: Lang, options: { sheetName?: string; progress: Progress }): Promise<{ sheetName: string }>;
  /** The card stored with the active sheet when it is a generated scorecard, else null. */
  readActive(): Promise<{ card: Scorecard; sheetName: string; skipped: readonly SkippedCell[] } | null>;
  /** Every card stored in this workbook. */
  listStored(): Promise<Scorecard[]>;
}

export function excelHost(ops: ExcelScorecardOps, save: (name: string, blob: Blob) => void = downloadBlob): PaneHost {
  const write = async (card: ValidScorecard, lang: Lang, progress: Progress, sheetName?: string): Promise<GenerateOutcome> => {
    const written = await ops.write(card, lang, { progress, ...(sheetName ? { sheetName } : {}) });
    progress(1);
    return { kind: 'sheet', sheetName: written.sheetName };
  };
  return {
    kind: 'excel',
    insertFormula,
    generateScorecard: (card, lang, progress) => write(card, lang, progress),
    regenerateScorecard: (sheetName, card, lang, progress) => write(card, lang, progress, sheetName),
    readActiveScorecard: () => ops.readActive(),
    storedScorecards: () => ops.listStored(),
    saveFile: async (name, blob) => save(name, blob),
  };
}

/** The operations of the open workbook, from the Office.js scorecard writer and reader. */
export const excelScorecardOps: ExcelScorecardOps = excelSheetOps();
