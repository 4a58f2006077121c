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
 * Parts of a plan this host cannot write: data bars and colour scales need
 * ConditionalFormatCollection.add with those types, ExcelApi 1.6
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection); the
 * manifest asks only for ExcelApi 1.1, so an older Excel (2016 before its updates) lacks them.
 * queuePlan refuses a plan with such a part unless the caller leaves it out by name, and so
 * says so to the user; nothing is dropped silently.
 */
export function unwritableParts(plan: SheetPlan): string[] {
  const conditional = hostSupports('ExcelApi', '1.6');
  const parts: [string, boolean][] = [
    ['data bars', (plan.dataBars?.length ?? 0) > 0 && !conditional],
    ['colour scales', (plan.colorScales?.length ?? 0) > 0 && !conditional],
  ];
  return parts.filter(([, missing]) => missing).map(([name]) => name);
}

/**
 * A data block's rows in round trips of at most about `budget` bytes each ("Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization:
 * 5 MB per request on the web): each item queues the contents and number formats of a run
 * of rows; the caller syncs after each. Texts go behind the text prefix as every cell does.
 */
export function blockChunks(plan: SheetPlan, budget: number): { rows: number; queue: (ws: Excel.Worksheet) => void }[] {
  const out: { rows: number; queue: (ws: Excel.Worksheet) => void }[] = [];
  for (const b of plan.blocks ?? []) {
    const n = b.columns.reduce((m, c) => Math.max(m, c.values.length), 0);
    const width = b.columns.length;
    const rowAt = (i: number) => b.columns.map((c) => (i < c.values.length ? cellInput(c.values[i] as CellValue) : ''));
    const formatsRow = b.columns.map((c) => c.numFmt ?? 'General');
    const formatBytes = JSON.stringify(formatsRow).length + 1;
    let i = 0;
    while (i < n) {
      // Rows are measured as they are added: a chunk ends before the one that would pass the budget.
      const start = i;
      const values: (string | number | boolean)[][] = [];
      let bytes = 2;
      while (i < n) {
        const row = rowAt(i);
        const size = JSON.stringify(row).length + 1 + formatBytes;
        if (values.length > 0 && bytes + size > budget) break;
        values.push(row);
        bytes += size;
        i++;
      }
      const formats = values.map(() => formatsRow);
      const range = rangeOf(b.row + start, b.col, b.row + start + values.length - 1, b.col + width - 1);
      out.push({
        rows: values.length,
        queue: (ws) => {
          const r = ws.getRange(range);
          r.numberFormat = formats;
          r.formulas = values;
          r.format.font.name = plan.font.name;
          r.format.font.size = plan.font.size;
        },
      });
    }
  }
  return out;
}

/** Options of queuePlan: parts the caller writes itself or has told the user it leaves out. */
export interface QueueOptions {
  /** The caller writes the data blocks in chunks (blockChunks); otherwise they go in this batch. */
  blocksApart?: boolean;
  /** Names from unwritableParts the user was told about. */
  leaveOut?: readonly string[];
}

export function queuePlan(ws: Excel.Worksheet, plan: SheetPlan, workbook: Excel.Workbook, sheetName: string, options: QueueOptions = {}): void {
  // Before the first request: a plan Excel would refuse part-way is not started at all.
  assertPlanFits(plan);
  const unwritable = unwritableParts(plan).filter((p) => !options.leaveOut?.includes(p));
  if (unwritable.length > 0)
    throw valueError({
      en: `This version of Excel cannot write parts of this sheet (${unwritable.join(', ')}); download the workbook instead.`,
      zh: `此版本的 Excel 无法写入此工作表的部分内容（${unwritable.join('、')}）；请改为下载工作簿。`,
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
  if (!options.blocksApart) for (const c of blockChunks(plan, Infinity)) c.queue(ws);
  // The ExcelJS writer's cfvo: a data bar from the lowest to the highest value, a colour scale
  // lowest / 50th percentile / highest (ConditionalDataBarRule and ConditionalColorScaleCriteria,
  // ExcelApi 1.6).
  // Without ExcelApi 1.6 they were left out by the caller, who said so (checked above).
  if (hostSupports('ExcelApi', '1.6')) {
    for (const d of plan.dataBars ?? []) {
      const bar = ws.getRange(d.range).conditionalFormats.add('DataBar').dataBar;
      bar.lowerBoundRule = { type: 'LowestValue' };
      bar.upperBoundRule = { type: 'HighestValue' };
      bar.positiveFormat.fillColor = `#${d.color}`;
    }
    for (const c of plan.colorScales ?? [])
      ws.getRange(c.range).conditionalFormats.add('ColorScale').colorScale.criteria = {
        minimum: { type: 'LowestValue', color: `#${c.colors[0]}` },
        midpoint: { formula: '50', type: 'Percentile', color: `#${c.colors[1]}` },
        maximum: { type: 'HighestValue', color: `#${c.colors[2]}` },
      };
  }
  // Filter buttons: the range becomes a table with headers (Worksheet.tables.add, ExcelApi 1.1,
  // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection), which every Excel
  // the manifest admits can make; the plan's header fill stays over the table's style.
  if (plan.autoFilter) ws.tables.add(plan.autoFilter, true);
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
