/**
 * SheetPlan: everything a generated worksheet holds, as plain data. The Office.js writer
 * (src/excel) and the ExcelJS writer (src/xlsx) render the same plan, so a scorecard made in
 * Excel and one downloaded from the browser are the same sheet; tests compare the two.
 *
 * Conventions: rows and columns are 1-based; ranges and formulas are written in A1 style
 * without a sheet name (writers add it where a workbook-level reference needs one);
 * formulas carry no leading "=" and use only Excel 2010 functions, so LibreOffice and Google
 * Sheets compute them too. A cell's `value` is always data: a string stays text in the sheet
 * even when it looks like a formula, a number, a percentage, a date or TRUE ("2", "50%",
 * "2024-05"), which Excel would otherwise convert as it does typed entries. Writers refuse a
 * plan Excel would not hold (limits.ts) before they write anything.
 */
import type { Text } from '../errors';

export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** RRGGBB */
  color?: string;
  /** RRGGBB background. */
  fill?: string;
  numFmt?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle';
  wrap?: boolean;
  /** A thin border on every side. */
  border?: boolean;
}

export interface PlanCell {
  row: number;
  col: number;
  value?: CellValue;
  /** Without the leading "=". */
  formula?: string;
  style?: CellStyle;
  /**
   * The part of the scorecard this cell is made from, as a user would name it ("the name of
   * criterion 2 of section 1"), for messages that say what to shorten (limits.ts).
   */
  source?: Text;
  /**
   * A note on the cell (Excel's yellow note, a "comment" in the file format), for what a
   * reader may want to know about it but does not print: a criterion rebuilt for a template.
   */
  comment?: string;
}

export interface ListValidation {
  range: string;
  type: 'list';
  values: string[];
  error: string;
}

export interface DecimalValidation {
  range: string;
  type: 'decimal';
  min?: number;
  max?: number;
  error: string;
}

export type Validation = ListValidation | DecimalValidation;

/** Cells of `range` for which `formula` (written for the range's top-left cell) is true take the style. */
export interface ConditionalFormat {
  range: string;
  formula: string;
  fill: string;
  color: string;
}

export interface DefinedName {
  name: string;
  /** A range of this sheet, e.g. "H20:J20". */
  range: string;
}

export interface ChartSeries {
  name: string;
  /** A range of this sheet. */
  values: string;
  /** Where the series name comes from, for messages (see PlanCell.source). */
  source?: Text;
  /** A reference line (a target): drawn dashed, without markers. */
  reference?: boolean;
}

export interface ChartPlan {
  type: 'bar' | 'line';
  title: string;
  /** A range of this sheet holding the category labels. */
  categories: string;
  series: ChartSeries[];
  /** Top-left and bottom-right cells the chart covers. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  /**
   * The value axis: a fixed minimum and its number format. Totals, points and shares start at
   * zero: an axis that starts near the smallest bar makes 66 and 69 look like 1 and 3.
   */
  valueAxis?: { min?: number; numFmt?: string };
  /** Title font size in points, for small charts (the spreadsheet's default otherwise). */
  titleSize?: number;
  /** Draw a line across periods without a value (a quarterly KPI on monthly columns) instead of leaving gaps. */
  spanGaps?: boolean;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4' | 'Letter';
  fitToWidth: boolean;
  /** With fitToWidth: one page tall too (a one-page report), rather than as many pages as it takes. */
  fitToHeight?: boolean;
  /** What prints: the block the plan fills, so nothing beside or below it makes a page. */
  area: string;
  /** Rows repeated on every printed page, e.g. "5:6". */
  titleRows?: string;
  /** Rows that start a new printed page (a chart that would otherwise be cut in two). */
  breaksBefore?: number[];
}

/**
 * A block of data cells given by column, for tables of many rows (one row per customer):
 * a PlanCell per cell would cost an object each. Numbers stay numbers, strings stay text.
 */
export interface DataBlock {
  /** The block's top-left cell. */
  row: number;
  col: number;
  columns: { values: ArrayLike<number> | readonly string[]; numFmt?: string }[];
}

/** A data bar over a range of numbers, from its smallest to its largest value. */
export interface DataBar {
  range: string;
  /** RRGGBB */
  color: string;
}

/** A three-colour scale over a range: lowest, 50th percentile, highest. */
export interface ColorScale {
  range: string;
  colors: [string, string, string];
}

export interface SheetPlan {
  /** Rows × columns the plan covers, for readers and for clearing. */
  rows: number;
  cols: number;
  cells: PlanCell[];
  merges: string[];
  /** Width in characters by column number. */
  columnWidths: Record<number, number>;
  /**
   * Height in points by row number: every row with content gets the height its text needs
   * (text-fit.ts), since Excel fits rows to wrapped text only when asked.
   */
  rowHeights: Record<number, number>;
  /** The face and size of every cell's text (fonts.ts); cells may only enlarge or emphasise it. */
  font: { name: string; size: number };
  freeze: { rows: number; cols: number };
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  names: DefinedName[];
  charts: ChartPlan[];
  print: PrintSetup;
  blocks?: DataBlock[];
  dataBars?: DataBar[];
  colorScales?: ColorScale[];
  /** The range that gets filter buttons, header row included. */
  autoFilter?: string;
}
