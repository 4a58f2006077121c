import { CrmError, type Text } from '../core/errors';
import { copyFileName, downloadCopies, type ShareFiles } from '../taskpane/host/host';
import type { SaveFile, ShareHost } from '../taskpane/host/pane-host';
import { writeConsolidatedSheets } from './consolidated-sheets';
import { excelRun, ExcelRun } from './excel-run';
import { hostSupports } from './write-plan';

/**
 * A team's appraisal inside Excel. Each appraiser's copy opens as a new workbook, ready to be
 * saved under their name and sent: Excel.createWorkbook takes the base64 of an .xlsx file and
 * needs ExcelApi 1.8 ("Creates and opens a new workbook. Optionally, the workbook can be
 * pre-populated with a base64-encoded .xlsx file.",
 * https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 * Hosts without it download the copies instead. The consolidated card is written by the
 * consolidated writer, which adds sheets and overwrites nothing.
 */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** Looked up when called: the `Excel` global exists only once office.js has loaded. */
export const createWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/** Base64 of a file, built in slices so that a large workbook does not overflow String.fromCharCode's argument list. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

export function excelSharing(files: ShareFiles, save: SaveFile, run: ExcelRun = excelRun, create: CreateWorkbook = createWorkbook): ShareHost {
  return {
    async sendCopies(copies, lang, progress) {
      if (!hostSupports('ExcelApi', '1.8')) return { kind: 'download', files: await downloadCopies(files, save, copies, lang, progress), noNewWorkbooks: true };
      const opened: string[] = [];
      for (const [i, c] of copies.entries()) {
        try {
          await create(base64Of(await files.copy(c.card, lang)));
        } catch (e) {
          // Those already open stay open: say whose they are, so that sending again is only for the rest.
          throw new CrmError(
            'VALUE',
            partlySent(
              opened.length > 0 ? copies.slice(0, i).map((x) => x.name) : [],
              copies.slice(i).map((x) => x.name),
              e,
            ),
          );
        }
        opened.push(copyFileName(c.name));
        progress((i + 1) / copies.length);
      }
      return { kind: 'workbooks', files: opened };
    },
    mergeReturned: (picked, lang) => files.merge(picked, lang),
    async writeConsolidated(card, lang, progress) {
      progress(0.2);
      const written = await writeConsolidatedSheets(card, lang, {}, run);
      progress(1);
      return { kind: 'sheet', sheetName: written.sheetName };
    },
  };
}

function partlySent(opened: readonly string[], rest: readonly string[], e: unknown): Text {
  const reason = e instanceof Error ? e.message : String(e);
  const open =
    opened.length > 0
      ? { en: `The copies of ${opened.join(', ')} are open as new workbooks. `, zh: `${opened.join('、')}的副本已作为新工作簿打开。` }
      : { en: '', zh: '' };
  return {
    en: `${open.en}Excel could not open the copy of ${rest[0]} (${reason}); the copies of ${rest.join(', ')} were not sent. Send again for them only.`,
    zh: `${open.zh}Excel 无法打开${rest[0]}的副本（${reason}）；${rest.join('、')}的副本未发出。请仅为他们重新发送。`,
  };
}
