import { CrmError, type Lang } from '../../core/errors';
import { withActualsOf } from '../../core/kpi/edit';
import { validateTracker } from '../../core/kpi/validate';
import type { ValidScorecard } from '../../core/scorecard';
import type { ValidTracker } from '../../core/kpi/validate';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import { reportSheetTitle } from '../../core/sheet/tracker-report-plan';
import type { FilesMerge } from '../../core/scorecard/merge';
import type { GenerateOutcome, PaneHost, PickedFile, Progress, SaveFile, ShareHost, TrackerHost } from './pane-host';

/** Hands a file to the browser's download machinery. */
export function downloadBlob(fileName: string, content: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(content);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Turns a title into a file name every desktop accepts, keeping Chinese letters. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'scorecard';
  return `${base}.${extension}`;
}

/** Builds the .xlsx of a scorecard; the ExcelJS writer is loaded only when first needed. */
export type XlsxBuilder = (card: ValidScorecard, lang: Lang) => Promise<Blob>;

/** Trackers in a browser, through the lazily loaded ExcelJS chunk. */
export interface TrackerFiles {
  build(tracker: ValidTracker, lang: Lang): Promise<Blob>;
  report(tracker: ValidTracker, endMonth: number, lang: Lang, sourceSheet: string): Promise<Blob>;
  watch(file: Blob): Promise<TrackerWatch[]>;
}

/** Appraisers' copies and their merge, through the same lazily loaded chunk. */
export interface ShareFiles {
  copy(card: ValidScorecard, lang: Lang): Promise<Uint8Array>;
  merge(files: readonly PickedFile[], lang: Lang): Promise<FilesMerge>;
  consolidated(card: ValidScorecard, lang: Lang): Promise<Blob>;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A copy is named after its appraiser, the name a team recognises in a mail. */
export const copyFileName = (appraiser: string): string => fileNameFor(appraiser, 'xlsx');

/** The consolidated workbook as a download, named after the card. */
async function downloadConsolidated(files: ShareFiles, save: SaveFile, card: ValidScorecard, lang: Lang, progress: Progress): Promise<GenerateOutcome> {
  progress(0.1);
  const blob = await files.consolidated(card, lang);
  progress(0.9);
  const fileName = fileNameFor(`${lang === 'zh-CN' ? card.title.zh : card.title.en} ${lang === 'zh-CN' ? '汇总' : 'consolidated'}`, 'xlsx');
  await save(fileName, blob);
  progress(1);
  return { kind: 'download', fileName };
}

/** Every copy downloaded, one file each. */
export async function downloadCopies(
  files: ShareFiles,
  save: SaveFile,
  copies: Parameters<ShareHost['sendCopies']>[0],
  lang: Lang,
  progress: Progress,
): Promise<string[]> {
  const names: string[] = [];
  for (const [i, c] of copies.entries()) {
    const bytes = await files.copy(c.card, lang);
    const name = copyFileName(c.name);
    await save(name, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    names.push(name);
    progress((i + 1) / copies.length);
  }
  return names;
}

export interface BrowserHostOptions {
  clipboard?: Pick<Clipboard, 'writeText'>;
  buildXlsx?: XlsxBuilder;
  trackerFiles?: TrackerFiles;
  shareFiles?: ShareFiles;
  /**
   * How files reach the user: a download by default; where downloads do nothing, the
   * manual-save dialog, which may return a promise (awaited, hence `void` rather than a union).
   */
  save?: (fileName: string, content: Blob) => void;
}

export function browserHost(clipboardOrOptions: Pick<Clipboard, 'writeText'> | BrowserHostOptions | undefined = globalThis.navigator?.clipboard): PaneHost {
  const options: BrowserHostOptions =
    clipboardOrOptions && 'writeText' in clipboardOrOptions
      ? { clipboard: clipboardOrOptions }
      : ((clipboardOrOptions as BrowserHostOptions | undefined) ?? { clipboard: globalThis.navigator?.clipboard });
  const save = options.save ?? ((name: string, blob: Blob) => downloadBlob(name, blob));
  const download = async (card: ValidScorecard, lang: Lang, progress: Progress): Promise<GenerateOutcome> => {
    if (!options.buildXlsx) throw new Error('no workbook writer');
    progress(0.1);
    const blob = await options.buildXlsx(card, lang);
    progress(0.9);
    const fileName = fileNameFor(lang === 'zh-CN' ? card.title.zh : card.title.en, 'xlsx');
    await save(fileName, blob);
    progress(1);
    return { kind: 'download', fileName };
  };
  return {
    kind: 'browser',
    async insertFormula(formula) {
      if (!options.clipboard) throw new Error('no clipboard');
      await options.clipboard.writeText(formula);
      return 'copied';
    },
    generateScorecard: download,
    readActiveScorecard: async () => null,
    regenerateScorecard: (_sheet, card, lang, progress) => download(card, lang, progress),
    storedScorecards: async () => [],
    saveFile: async (name, blob) => void (await save(name, blob)),
    ...(options.trackerFiles ? { trackers: browserTrackers(options.trackerFiles, save) } : {}),
    ...(options.shareFiles ? { sharing: browserSharing(options.shareFiles, save) } : {}),
  };
}

function browserSharing(files: ShareFiles, save: SaveFile): ShareHost {
  return {
    sendCopies: async (copies, lang, progress) => ({ kind: 'download', files: await downloadCopies(files, save, copies, lang, progress) }),
    mergeReturned: (picked, lang) => files.merge(picked, lang),
    writeConsolidated: (card, lang, progress) => downloadConsolidated(files, save, card, lang, progress),
  };
}

function browserTrackers(files: TrackerFiles, save: (fileName: string, content: Blob) => void | Promise<void>): TrackerHost {
  const generate: TrackerHost['generate'] = async (tracker, lang, progress) => {
    progress(0.1);
    const blob = await files.build(tracker, lang);
    progress(0.9);
    const fileName = fileNameFor(`${tracker.year} ${lang === 'zh-CN' ? tracker.title.zh : tracker.title.en}`, 'xlsx');
    await save(fileName, blob);
    progress(1);
    return { kind: 'download', fileName };
  };
  return {
    generate,
    async rewrite(watch, edited, lang, progress) {
      const checked = validateTracker(withActualsOf(edited, watch.tracker));
      if (!checked.ok) throw new CrmError('VALUE', checked.errors[0].text);
      return generate(checked.tracker, lang, progress);
    },
    async report(watch, endMonth, lang, progress) {
      progress(0.1);
      const blob = await files.report(watch.tracker, endMonth, lang, watch.sheet);
      progress(0.9);
      const title = lang === 'zh-CN' ? watch.tracker.title.zh : watch.tracker.title.en;
      const fileName = fileNameFor(`${reportSheetTitle(watch.tracker, endMonth, lang)} ${title}`, 'xlsx');
      await save(fileName, blob);
      progress(1);
      return { kind: 'download', fileName };
    },
    watch: async () => [],
    watchFile: (file) => files.watch(file),
  };
}
