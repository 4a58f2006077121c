import type ExcelJS from 'exceljs';
import { quoteSheet, sheetRange } from '../core/sheet/a1';
import { assertPlanFits } from '../core/sheet/limits';
import type { CellStyle, SheetPlan, Validation } from '../core/sheet/plan';

/**
 * SheetPlan → ExcelJS worksheet. Formulas are written without cached results, so every
 * spreadsheet recalculates them on open. Charts are not part of ExcelJS; add-charts.ts adds
 * them to the saved file.
 */
const argb = (rgb: string) => `FF${rgb}`;
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

/** Every cell names the plan's face: a font without a name is drawn in whatever the reader picks. */
function applyStyle(cell: ExcelJS.Cell, s: CellStyle, font: SheetPlan['font']): void {
  cell.font = {
    name: font.name,
    size: s.size ?? font.size,
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italic: true } : {}),
    ...(s.color ? { color: { argb: argb(s.color) } } : {}),
  };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numFmt && s.numFmt !== 'General') cell.numFmt = s.numFmt;
  if (s.hAlign || s.vAlign || s.wrap)
    cell.alignment = { ...(s.hAlign ? { horizontal: s.hAlign } : {}), ...(s.vAlign ? { vertical: s.vAlign } : {}), ...(s.wrap ? { wrapText: true } : {}) };
  if (s.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
}

/** Largest magnitude a decimal rule accepts when the plan sets no bound. */
const UNBOUNDED = 9.99e307;

function validationModel(v: Validation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const, error: v.error };
  if (v.type === 'list') return { ...common, type: 'list', formulae: [`"${v.values.join(',')}"`] };
  return { ...common, type: 'decimal', operator: 'between', formulae: [v.min ?? -UNBOUNDED, v.max ?? UNBOUNDED] };
}

/**
 * Workbook names as the file spells them. ExcelJS leaves a sheet name bare when it is letters
 * and digits only, so a sheet titled "2024" gets `2024!$A$1`, which LibreOffice cannot resolve
 * (Err:508) and Excel itself would write quoted; and it quotes print titles without doubling an
 * apostrophe inside the name. Names and print titles of plans are therefore kept here, spelled
 * with quoteSheet, and added to the model ExcelJS serialises, beside any names it keeps itself.
 */
interface QuotedNames {
  names: { ws: ExcelJS.Worksheet; name: string; ref: string }[];
  titles: { ws: ExcelJS.Worksheet; ref: string }[];
  /** Print areas too: ExcelJS would write them half-absolute ("$A1:$M36"). */
  areas: { ws: ExcelJS.Worksheet; ref: string }[];
}
const quotedNames = new WeakMap<ExcelJS.Workbook, QuotedNames>();

function namesOf(wb: ExcelJS.Workbook): QuotedNames {
  const known = quotedNames.get(wb);
  if (known) return known;
  const own: QuotedNames = { names: [], titles: [], areas: [] };
  const names = wb.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] };
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model');
  if (!inherited?.get || !inherited.set) throw new Error('ExcelJS DefinedNames has no model accessor');
  const { get, set } = inherited;
  Object.defineProperty(names, 'model', {
    configurable: true,
    get: () => {
      // Names of a sheet removed since go with it; localSheetId is the sheet's position among
      // the workbook's sheets, as ExcelJS counts it.
      const sheets = wb.worksheets;
      return [
        ...get.call(names),
        ...own.names.filter((n) => sheets.includes(n.ws)).map((n) => ({ name: n.name, ranges: [n.ref] })),
        ...own.titles.filter((t) => sheets.includes(t.ws)).map((t) => ({ name: '_xlnm.Print_Titles', localSheetId: sheets.indexOf(t.ws), ranges: [t.ref] })),
        ...own.areas.filter((t) => sheets.includes(t.ws)).map((t) => ({ name: '_xlnm.Print_Area', localSheetId: sheets.indexOf(t.ws), ranges: [t.ref] })),
      ];
    },
    set: (v: unknown) => set.call(names, v),
  });
  quotedNames.set(wb, own);
  return own;
}

/** "5:6" → "'Sheet'!$5:$6". */
const titleRowsRef = (sheetName: string, rows: string) =>
  `${quoteSheet(sheetName)}!${rows
    .split(':')
    .map((r) => `$${r}`)
    .join(':')}`;

export function writePlan(wb: ExcelJS.Workbook, sheetName: string, plan: SheetPlan): ExcelJS.Worksheet {
  // Before the sheet is added: a plan Excel would not hold leaves the workbook as it was.
  assertPlanFits(plan);
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }],
    pageSetup: {
      orientation: plan.print.orientation,
      // ECMA-376 ST_PaperSize 9 is A4; Letter (1) is the format's default, which ExcelJS's
      // enum leaves out and writes as nothing.
      ...(plan.print.paper === 'A4' ? { paperSize: 9 as ExcelJS.PaperSize } : {}),
      ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: plan.print.fitToHeight ? 1 : 0 } : {}),
    },
  });
  const names = namesOf(wb);
  if (plan.print.titleRows) names.titles.push({ ws, ref: titleRowsRef(sheetName, plan.print.titleRows) });
  names.areas.push({ ws, ref: sheetRange(sheetName, plan.print.area) });
  for (const [c, w] of Object.entries(plan.columnWidths)) ws.getColumn(Number(c)).width = w;
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(r)).height = h;
  for (const r of plan.print.breaksBefore ?? []) ws.getRow(r - 1).addPageBreak();
  for (const p of plan.cells) {
    const cell = ws.getCell(p.row, p.col);
    // A plain string stays text in the file, whatever its first character.
    if (p.formula !== undefined) cell.value = { formula: p.formula } as ExcelJS.CellFormulaValue;
    else if (p.value !== undefined && p.value !== null) cell.value = p.value;
    applyStyle(cell, p.style ?? {}, plan.font);
    // ExcelJS writes a note as a legacy comment with its VML shape, which Excel and LibreOffice show.
    if (p.comment !== undefined) cell.note = p.comment;
  }
  for (const m of plan.merges) ws.mergeCells(m);
  // ExcelJS keeps range validations in a collection its typings do not declare.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations) validations.add(v.range, validationModel(v));
  plan.conditionalFormats.forEach((f, i) =>
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [f.formula],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.fill) } }, font: { color: { argb: argb(f.color) } } },
        },
      ],
    }),
  );
  for (const b of plan.blocks ?? [])
    b.columns.forEach((column, k) => {
      const col = ws.getColumn(b.col + k);
      const font = { name: plan.font.name, size: plan.font.size };
      for (let i = 0; i < column.values.length; i++) {
        const cell = ws.getCell(b.row + i, b.col + k);
        cell.value = column.values[i];
        cell.font = font;
        if (column.numFmt) cell.numFmt = column.numFmt;
      }
      void col;
    });
  let priority = plan.conditionalFormats.length;
  // Data bars and colour scales as the file format defines them (ECMA-376 CT_DataBar,
  // CT_ColorScale): from the smallest to the largest value, the scale's middle at the median.
  for (const d of plan.dataBars ?? [])
    ws.addConditionalFormatting({
      ref: d.range,
      rules: [
        {
          type: 'dataBar',
          priority: ++priority,
          cfvo: [{ type: 'min' }, { type: 'max' }],
          color: { argb: argb(d.color) },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  for (const c of plan.colorScales ?? [])
    ws.addConditionalFormatting({
      ref: c.range,
      rules: [
        {
          type: 'colorScale',
          priority: ++priority,
          cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          color: c.colors.map((x) => ({ argb: argb(x) })),
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  for (const n of plan.names) names.names.push({ ws, name: n.name, ref: sheetRange(sheetName, n.range) });
  return ws;
}
