import type { PrintSetup } from './plan';

/**
 * Where printed pages end, estimated as Excel and LibreOffice lay out a sheet fitted to one
 * page wide with their default margins (0.7 inch left and right, 0.75 inch top and bottom,
 * the margins ExcelJS and Excel write), so a chart can be kept off a page break.
 */
const PAPER_MM: Record<PrintSetup['paper'], { w: number; h: number }> = { A4: { w: 210, h: 297 }, Letter: { w: 215.9, h: 279.4 } };
const PT_PER_MM = 72 / 25.4;
const MARGIN_PT = { side: 0.7 * 72, end: 0.75 * 72 };
/** Excel's height of a row no one set, for the Calibri 11 Normal style of the files written. */
export const DEFAULT_ROW_HEIGHT = 15;

/** A column `chars` wide in points: 7-pixel digits plus 5 pixels of padding, at 96 pixels an inch. */
export const columnPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

export interface PageBox {
  /** Printable height of a page, in sheet points (before the fit-to-width scaling). */
  height: number;
  scale: number;
}

export function pageBox(paper: PrintSetup['paper'], orientation: PrintSetup['orientation'], columnWidths: Record<number, number>): PageBox {
  const p = PAPER_MM[paper];
  const [w, h] = orientation === 'landscape' ? [p.h, p.w] : [p.w, p.h];
  const width = w * PT_PER_MM - 2 * MARGIN_PT.side;
  const sheetWidth = Object.values(columnWidths).reduce((t, c) => t + columnPoints(c), 0);
  const scale = Math.min(1, width / sheetWidth);
  return { height: (h * PT_PER_MM - 2 * MARGIN_PT.end) / scale, scale };
}

/**
 * How much room is left on the page where row `top` would print, given the height of every
 * row above it; `repeated` is the height of the title rows printed again atop each later page.
 */
export function roomAt(top: number, heightOf: (row: number) => number, page: PageBox, repeated: number): number {
  let used = 0;
  for (let r = 1; r < top; r++) {
    const h = heightOf(r);
    // A row that does not fit starts the next page, under the repeated title rows.
    if (used + h > page.height) used = repeated;
    used += h;
  }
  return page.height - used;
}
