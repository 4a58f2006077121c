import type { Lang } from '../../core/errors';
import type { Text } from '../../core/language';
import type { Scorecard, ValidScorecard } from '../../core/scorecard';
import type { AppraiserCopy } from '../../core/scorecard/appraiser-copies';
import type { FilesMerge } from '../../core/scorecard/merge';
import type { SkippedCell } from '../../core/sheet';
import type { ValidTracker } from '../../core/kpi/validate';
import type { Tracker } from '../../core/kpi/model';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import type { AhpDraft } from '../state/ahp-draft';
import type { RatingsByCandidate, RatingsDraft } from '../state/ratings-draft';
import type { Judgements } from '../state/ahp-matrix';
import type { Cell } from '../../core/grid';
import type { TransactionSource } from '../../core/customer-value/source';
import type { Analysis } from '../../core/customer-value/analyse';
import type { ColumnChoice } from '../../core/customer-value/columns';
import type { Transactions } from '../../core/customer-value/read-table';
import type { StoredAnalysis } from '../../core/customer-value/stored';

/*
 * What the pane may ask of the place it runs in, as types only: the Excel host (src/excel) and
 * the browser host both implement it, and the pane imports it, so it imports nothing but core
 * and no host ever has to import another host or the pane to name it.
 *
 * Inside Excel formulas and scorecards go into the workbook; in a plain browser formulas go to
 * the clipboard and scorecards download as .xlsx files. Components receive a host and never
 * call Office.js themselves.
 */

export type InsertOutcome = 'inserted' | 'copied' | 'occupied';

/** Where a generated scorecard went: a sheet of this workbook, or a downloaded file. */
export type GenerateOutcome = { kind: 'sheet'; sheetName: string } | { kind: 'download'; fileName: string };

/** Share of the work done, 0–1, for a progress bar. */
export type Progress = (done: number) => void;

/** How a host hands a file to the user: a download, or the manual-save dialog. */
export type SaveFile = (fileName: string, content: Blob) => void | Promise<void>;

export interface PaneHost {
  kind: 'excel' | 'browser';
  /** Writes a formula into the active cell; reports 'occupied' instead of overwriting unless `replace`. */
  insertFormula(formula: string, replace: boolean): Promise<InsertOutcome>;
  /** Excel: writes the scorecard into a new sheet and activates it. Browser: downloads it as .xlsx. */
  generateScorecard(card: ValidScorecard, lang: Lang, progress: Progress): Promise<GenerateOutcome>;
  /** The scorecard generated on the active sheet, or null when it is not one (always null in a browser). */
  /** `skipped`: the cells read-back could not take (absent: none). */
  readActiveScorecard(): Promise<{ card: Scorecard; sheetName: string; skipped?: readonly SkippedCell[] } | null>;
  /** Rewrites a sheet generated earlier with an edited card. */
  regenerateScorecard(sheetName: string, card: ValidScorecard, lang: Lang, progress: Progress): Promise<GenerateOutcome>;
  /** Scorecards stored in this workbook (none in a browser). */
  storedScorecards(): Promise<Scorecard[]>;
  /** Offers a file to the user (scorecard JSON export). */
  saveFile(fileName: string, content: Blob): Promise<void>;
  /** Copies for several appraisers and merging them back (absent: the pane offers neither). */
  sharing?: ShareHost;
  /** KPI trackers: generating them and watching their alerts (absent: the pane offers neither). */
  trackers?: TrackerHost;
  /** The customer-value page's access to the open workbook (absent in a browser: files only). */
  customerValue?: CustomerValueHost;
  /** Scorecards, KPI trackers and customer analyses stored in this workbook (absent: none, as in a browser). */
  workbookItems?(): Promise<WorkbookItem[]>;
  /** Makes a sheet of this workbook the active one (absent outside Excel). */
  showSheet?(sheet: string): Promise<void>;
}

/** Reading transaction tables out of the open workbook, and writing an analysis back. */
export interface CustomerValueHost {
  /** The selection, the Excel tables and the sheets' used ranges a table can be read from. */
  sources(): Promise<TransactionSource[]>;
  /** A source's cells, header row first, read in chunks; `cancelled` is asked between them. */
  read(source: TransactionSource, progress: Progress, cancelled: () => boolean): Promise<Cell[][]>;
  /**
   * Writes the summary and customer sheets and stores the analysis. Sheets of the same names
   * refuse the write with a SheetsExistError unless `replace` (the page asks first). `leftOut`:
   * parts this Excel cannot write, which the page names.
   */
  write(
    analysis: Analysis,
    transactions: Transactions,
    lang: Lang,
    source: string,
    columns: ColumnChoice,
    replace: boolean,
    progress: Progress,
  ): Promise<{ resultsSheet: string; summarySheet: string; leftOut: string[] }>;
  /** The analyses written into this workbook earlier, with their settings. */
  stored(): Promise<StoredAnalysis[]>;
  /** Reruns one on its source as it is now and rewrites its two sheets (the page has asked). */
  refresh(stored: StoredAnalysis, progress: Progress, cancelled: () => boolean): Promise<{ resultsSheet: string; summarySheet: string; leftOut: string[] }>;
}

/** Where the appraisers' copies went: new Excel workbooks, or downloads (and why, when Excel could not open them). */
export type SendOutcome = { kind: 'workbooks'; files: string[] } | { kind: 'download'; files: string[]; noNewWorkbooks?: boolean };

/** A file the user picked, with the name it had on their disk. */
export interface PickedFile {
  name: string;
  content: Blob;
}

/**
 * A team's appraisal: the card goes out as one copy per appraiser, and the returned copies come
 * back as one consolidated card (src/xlsx/merge-files.ts, the merge the command line runs too).
 */
export interface ShareHost {
  /** Excel: each copy opens as a new workbook (ExcelApi 1.8), else downloads. Browser: one download each. */
  sendCopies(copies: readonly AppraiserCopy[], lang: Lang, progress: Progress): Promise<SendOutcome>;
  /** Reads the returned workbooks and merges them; nothing is written. */
  mergeReturned(files: readonly PickedFile[], lang: Lang): Promise<FilesMerge>;
  /** Excel: the consolidated sheet and a sheet per appraiser, added to this workbook. Browser: a download. */
  writeConsolidated(card: ValidScorecard, lang: Lang, progress: Progress): Promise<GenerateOutcome>;
}

/** Something the add-in stored in the open workbook, on the sheet it lives on now. */
export interface WorkbookItem {
  kind: 'scorecard' | 'tracker' | 'analysis';
  title: Text;
  sheet: string;
  /** A tracker's year. */
  year?: number;
  /** Where an analysis read its transactions. */
  source?: string;
}

/**
 * KPI trackers in the place the pane runs. In Excel the watch reads the open workbook and
 * hears its changes; in a browser it reads a workbook file the user opens.
 */
export interface TrackerHost {
  /** Excel: a new sheet, activated. Browser: an .xlsx download. */
  generate(tracker: ValidTracker, lang: Lang, progress: Progress): Promise<GenerateOutcome>;
  /** Excel: every tracker of the open workbook, as its sheet holds it now. Browser: none until a file is opened. */
  watch(): Promise<TrackerWatch[]>;
  /**
   * The one-page report of a tracker for the period ending in `endMonth`, from the tracker as its
   * sheet holds it now. Excel: a new sheet, activated (nothing is written over). Browser: an .xlsx download.
   */
  report(watch: TrackerWatch, endMonth: number, lang: Lang, progress: Progress): Promise<GenerateOutcome>;
  /**
   * An edited tracker with the actuals its sheet holds. Excel: its sheet rewritten in place, the
   * actuals read again just before. Browser: a new workbook downloads; the opened file is not changed.
   */
  rewrite(watch: TrackerWatch, edited: Tracker, lang: Lang, progress: Progress): Promise<GenerateOutcome>;
  /** Browser: the trackers of a workbook file. */
  watchFile?(file: Blob): Promise<TrackerWatch[]>;
  /** Excel: activates the sheet and selects the cell. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Excel: calls back on every change of a cell; resolves to the function that stops it. */
  onChanged?(listener: () => void): Promise<() => Promise<void>>;
}

/** How the larger AHP window ended: its last judgements (null if none came back), and whether the user applied them there. */
export interface AhpWindowEnd {
  judgements: Judgements | null;
  apply: boolean;
}

/**
 * The AHP editor in a window larger than the pane: an Office dialog, so only inside Office.
 * `onChange` hears the judgements as they change in the window; the promise settles when it ends.
 */
export interface AhpWindow {
  open(draft: AhpDraft, onChange: (judgements: Judgements) => void): Promise<AhpWindowEnd>;
}

/**
 * The ratings grid in a window larger than the pane (an Office dialog, as the AHP editor's).
 * `onChange` hears every candidate's ratings as they change there; the promise settles with
 * the last ones when the window ends (null if none could be read back).
 */
export interface RatingsWindow {
  open(draft: RatingsDraft, onChange: (ratings: RatingsByCandidate) => void): Promise<RatingsByCandidate | null>;
}
