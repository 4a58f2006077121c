import type { Lang } from '../errors';

/**
 * The one body face of a generated sheet, named on every cell: a cell whose font has no name
 * is drawn in whatever the reader picks (LibreOffice falls back to a serif face).
 *
 * - Latin: Calibri, Excel's body font since 2007 on Windows and Mac; LibreOffice lays it out
 *   with Carlito, which fontconfig aliases to Calibri with the same widths (30-metric-aliases).
 * - CJK: Microsoft YaHei (微软雅黑), on every Windows since Vista and bundled with Office for
 *   Mac, so Excel 2010 has it too; 等线 (DengXian), today's zh-CN default, only came with
 *   Office 2016 and Windows 10. fontconfig lists Microsoft YaHei among the sans-serif Han faces
 *   (65-nonlatin), so LibreOffice draws it with the installed Chinese sans face. Its Latin
 *   letters are part of the face, so a Chinese sheet keeps one face throughout.
 */
export interface SheetFont {
  name: string;
  /** Points. */
  size: number;
  /** Height of one line of text at `size`, in points, as Excel sets a row of this font. */
  lineHeight: number;
  /** How much wider than Calibri this face sets Latin text (1 for Calibri); CJK is an em in any face. */
  widthFactor: number;
}

export const LATIN_FONT: SheetFont = { name: 'Calibri', size: 11, lineHeight: 15, widthFactor: 1 };
// YaHei's tall ascent and descent make Excel's row of 11-point text 16.5 points; its Latin
// letters are about a tenth wider than Calibri's.
export const CJK_FONT: SheetFont = { name: 'Microsoft YaHei', size: 11, lineHeight: 16.5, widthFactor: 1.1 };

export const sheetFont = (lang: Lang): SheetFont => (lang === 'zh-CN' ? CJK_FONT : LATIN_FONT);
