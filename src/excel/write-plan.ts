import { address, parseRange, quoteSheet, rangeOf } from '../core/sheet/a1';
import { valueError } from '../core/errors';
import { assertPlanFits } from '../core/sheet/limits';
import type { CellStyle, CellValue, ChartPlan, SheetPlan } from '../core/sheet/plan';

/**
 * SheetPlan → Office.js. Every operation is only queued here; the caller syncs once. Cell
 * contents go in as one `formulas` matrix (formulas with "=", every text behind Excel's text
 * prefix "'"), formats as one number-format matrix, and styles as one range per run of equal
 * style in a row, so the request count grows with the layout, not with the number of cells.
 */

/**
 * What a typed entry must be for Excel to keep `v` as data. Excel reads strings written
 * through `values` or `formulas` as if they were typed (Range.values remarks in
 * @types/office-js): "=…", "+…", "-…" become formulas, "2", "50%", "1e3" numbers, "TRUE" a
 * boolean, "2024-05" a date. Only the text prefix "'" keeps every string as it is, whatever
 * the characters, the locale or the number format; Excel does not store the prefix in the value.
 */
export function cellInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string' && v !== '') return `'${v}`;
  return v;
}

/** Excel column width in points from a width in characters of the default font. */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const styleKey = (s: CellStyle | undefined): string =>
  s ? JSON.stringify([s.bold, s.italic, s.size, s.color, s.fill, s.hAlign, s.vAlign, s.wrap, s.border]) : '';

function applyStyle(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.hAlign) f.horizontalAlignment = s.hAlign === 'left' ? 'Left' : s.hAlign === 'center' ? 'Center' : 'Right';
  if (s.vAlign) f.verticalAlignment = s.vAlign === 'top' ? 'Top' : 'Center';
  if (s.wrap) f.wrapText = true;
  if (s.border) gridBorders(range, rows, cols);
}

/**
 * A thin line on every side of every cell, as the ExcelJS writer gives each cell. On a range
 * of several cells the Edge* borders draw only its outline; the lines between its cells are
 * InsideVertical and InsideHorizontal (Excel.BorderIndex, @types/office-js), set only where
 * the range has such lines.
 */
function gridBorders(range: Excel.Range, rows: number, cols: number): void {
  const sides: `${Excel.BorderIndex}`[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (cols > 1) sides.push('InsideVertical');
  if (rows > 1) sides.push('InsideHorizontal');
  for (const side of sides) {
    const b = range.format.borders.getItem(side);
    b.style = 'Continuous';
    b.weight = 'Thin';
    b.color = '#BFBFBF';
  }
}

/**
 * A chart of the plan. Beyond type, series and place: a dashed target line without markers
 * (ChartSeries.markerStyle and ChartLineFormat.lineStyle, ExcelApi 1.7), a value axis from a
 * fixed minimum with its number format (ChartAxis.minimum, numberFormat ExcelApi 1.8), lines
 * bridged over empty periods (Chart.displayBlanksAs "Interplotted", ExcelApi 1.8) and a title
 * size (ChartFont.size).
 */
function queueChart(ws: Excel.Worksheet, c: ChartPlan): void {
  const chart = ws.charts.add(c.type === 'bar' ? 'ColumnClustered' : 'Line', ws.getRange(c.series[0].values), 'Rows');
  chart.title.text = c.title;
  if (c.titleSize) chart.title.format.font.size = c.titleSize;
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(c.categories));
    if (s.reference) {
      series.markerStyle = 'None';
      series.format.line.lineStyle = 'Dash';
      series.format.line.color = '#C55A11';
    }
  });
  if (c.valueAxis?.min !== undefined) chart.axes.valueAxis.minimum = c.valueAxis.min;
  if (c.valueAxis?.numFmt) chart.axes.valueAxis.numberFormat = c.valueAxis.numFmt;
  if (c.spanGaps) chart.displayBlanksAs = 'Interplotted';
  chart.legend.position = 'Bottom';
  chart.setPosition(address(c.from.row, c.from.col), address(c.to.row, c.to.col));
}

/**
 * Whether the host has an API set (Office.context.requirements.isSetSupported,
 * @types/office-js); outside Office nothing is supported.
 */
export function hostSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(n: string, v: string): boolean } } } }).Office;
  return office?.context?.requirements?.isSetSupported(set, version) ?? false;
}

/**
 * A cell's note. Worksheet.notes (Excel's yellow notes, what the ExcelJS writer's file holds)
 * needs ExcelApi 1.18; older hosts get a comment through Workbook.comments, ExcelApi 1.10,
 * which wants the full address with the sheet's name (CommentCollection.add, @types/office-js);
 * a host with neither (Excel 2016, 2019) gets none, and the sheet's notes row still explains.
 */
function queueNote(ws: Excel.Worksheet, workbook: Excel.Workbook, sheetName: string, cell: string, text: string): void {
  if (hostSupports('ExcelApi', '1.18')) ws.notes.add(cell, text);
  else if (hostSupports('ExcelApi', '1.10')) workbook.comments.add(`${quoteSheet(sheetName)}!${cell}`, text);
}

/**
 * Parts of a plan this writer does not write yet (the customer-value results sheet's data
 * blocks, data bars, colour scales and filter buttons): refused before anything is queued,
 * so a results sheet is never written without its customers. The browser download (the
 * ExcelJS writer) renders them.
 */
export function unwritableParts(plan: SheetPlan): string[] {
  const parts: [string, boolean][] = [
    ['data blocks', (plan.blocks?.length ?? 0) > 0],
    ['data bars', (plan.dataBars?.length ?? 0) > 0],
    ['colour scales', (plan.colorScales?.length ?? 0) > 0],
    ['filter buttons', plan.autoFilter !== undefined],
  ];
  return parts.filter(([, used]) => used).map(([name]) => name);
}

export function queuePlan(ws: Excel.Worksheet, plan: SheetPlan, workbook: Excel.Workbook, sheetName: string): void {
  // Before the first request: a plan Excel would refuse part-way is not started at all.
  assertPlanFits(plan);
  const unwritable = unwritableParts(plan);
  if (unwritable.length > 0)
    throw valueError({
      en: `This sheet cannot be written inside Excel yet (${unwritable.join(', ')}); download the workbook instead.`,
      zh: `暂不能在 Excel 中直接写入此工作表（${unwritable.join('、')}）；请改为下载工作簿。`,
    });
  const { rows, cols } = plan;
  const lastContentRow = plan.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const formulas: (string | number | boolean)[][] = Array.from({ length: lastContentRow }, () => Array<string | number | boolean>(cols).fill(''));
  const formats: string[][] = Array.from({ length: lastContentRow }, () => Array<string>(cols).fill('General'));
  const styles: (CellStyle | undefined)[][] = Array.from({ length: lastContentRow }, () => Array<CellStyle | undefined>(cols).fill(undefined));
  for (const c of plan.cells) {
    formulas[c.row - 1][c.col - 1] = c.formula !== undefined ? `=${c.formula}` : cellInput(c.value ?? null);
    if (c.style?.numFmt) formats[c.row - 1][c.col - 1] = c.style.numFmt;
    styles[c.row - 1][c.col - 1] = c.style;
  }
  // A merged block is styled as a whole, as ExcelJS styles every cell of a merge like its
  // first: the outline and fill then cover the block, whatever Excel's merge keeps.
  for (const m of plan.merges) {
    const { top, left, bottom, right } = parseRange(m);
    const first = styles[top - 1]?.[left - 1];
    if (first) for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) styles[r - 1][c - 1] ??= first;
  }
  const whole = ws.getRange(rangeOf(1, 1, lastContentRow, cols));
  whole.numberFormat = formats;
  whole.formulas = formulas;
  // One face for the whole block, as the ExcelJS writer names it on every cell; styles below
  // only enlarge or emphasise it.
  whole.format.font.name = plan.font.name;
  whole.format.font.size = plan.font.size;

  for (let r = 0; r < lastContentRow; r++) {
    let start = 0;
    for (let c = 1; c <= cols; c++) {
      if (c < cols && styleKey(styles[r][c]) === styleKey(styles[r][start])) continue;
      const s = styles[r][start];
      if (s && styleKey(s) !== styleKey({})) applyStyle(ws.getRange(rangeOf(r + 1, start + 1, r + 1, c)), s, 1, c - start);
      start = c;
    }
  }
  for (const m of plan.merges) ws.getRange(m).merge(false);
  for (const [c, w] of Object.entries(plan.columnWidths)) ws.getRange(rangeOf(1, Number(c), 1, Number(c))).format.columnWidth = widthInPoints(w);
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRange(address(Number(r), 1)).format.rowHeight = h;
  for (const c of plan.cells) if (c.comment !== undefined) queueNote(ws, workbook, sheetName, address(c.row, c.col), c.comment);
  // freezeAt always freezes a row and a column; a plan freezing only columns (or rows) uses
  // freezeColumns / freezeRows (Excel.WorksheetFreezePanes, ExcelApi 1.7).
  if (plan.freeze.rows === 0 && plan.freeze.cols > 0) ws.freezePanes.freezeColumns(plan.freeze.cols);
  else if (plan.freeze.cols === 0 && plan.freeze.rows > 0) ws.freezePanes.freezeRows(plan.freeze.rows);
  else if (plan.freeze.rows > 0 && plan.freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeOf(1, 1, plan.freeze.rows, plan.freeze.cols)));

  for (const v of plan.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule =
      v.type === 'list'
        ? { list: { inCellDropDown: true, source: v.values.join(',') } }
        : // A missing bound is the largest magnitude Excel holds, as the ExcelJS writer writes it.
          { decimal: { operator: 'Between', formula1: v.min ?? -9.99e307, formula2: v.max ?? 9.99e307 } };
    dv.ignoreBlanks = true;
    dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: v.error };
  }
  for (const f of plan.conditionalFormats) {
    const cf = ws.getRange(f.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${f.formula}`;
    cf.custom.format.fill.color = `#${f.fill}`;
    cf.custom.format.font.color = `#${f.color}`;
  }
  for (const n of plan.names) workbook.names.add(n.name, ws.getRange(n.range));
  for (const c of plan.charts) queueChart(ws, c);
  ws.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // PageLayout.paperSize, setPrintArea and Worksheet.horizontalPageBreaks: ExcelApi 1.9.
  ws.pageLayout.paperSize = plan.print.paper;
  ws.pageLayout.setPrintArea(plan.print.area);
  for (const r of plan.print.breaksBefore ?? []) ws.horizontalPageBreaks.add(address(r, 1));
  if (plan.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: plan.print.fitToHeight ? 1 : 0 };
  if (plan.print.titleRows) ws.pageLayout.setPrintTitleRows(plan.print.titleRows.replace(/(\d+)/g, '$$$1'));
  void rows;
}
