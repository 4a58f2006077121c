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
        await create(base64Of(await files.copy(c.card, lang)));
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
