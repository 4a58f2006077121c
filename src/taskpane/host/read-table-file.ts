import ExcelJS from 'exceljs';
import type { Cell } from '../../core/grid';
import { parseCsvText } from '../state/csv';
import { readText } from './read-text';

/** The rows of a picked file: a CSV's text cells, or the first sheet of an .xlsx file with its dates and numbers. */
export async function readTableFile(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await file.arrayBuffer());
    const ws = wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0];
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const v = c.value as unknown;
        // Formulas give their cached result; rich text its plain text.
        const plain = v && typeof v === 'object' && !(v instanceof Date) ? ((v as { result?: unknown }).result ?? (v as { text?: unknown }).text ?? null) : v;
        cells[col - 1] = plain as Cell;
      });
      rows[n - 1] = cells;
    });
    return Array.from(rows, (r) => r ?? []);
  }
  return parseCsvText(await readText(file));
}
