import { toNumber } from '../args';
import { CrmError, valueError } from '../errors';
import { Cell, Grid, isBlank, shapeText } from '../grid';
import type { NumberFields, ParameterOrder } from './parameter-order';

/**
 * Ranges read as parallel columns of one table (frequency, recency, T…): they must have one
 * shape; a row blank in every range is skipped (so whole-column references work), a row blank
 * in some only is an error naming the argument and the row.
 */
export function parallelColumns(names: readonly string[], grids: readonly Grid[]): { columns: Cell[][]; rows: number[] } {
  const shape = shapeText(grids[0]);
  grids.forEach((g, i) => {
    if (shapeText(g) !== shape)
      throw valueError({
        en: `${names[0]} (${shape}) and ${names[i]} (${shapeText(g)}) must have the same shape.`,
        zh: `${names[0]}（${shape}）与 ${names[i]}（${shapeText(g)}）的形状必须相同。`,
      });
  });
  const flat = grids.map(cellsOf);
  const columns: Cell[][] = grids.map(() => []);
  // The 1-based position of each kept row in the ranges, so messages name the row the user sees.
  const rows: number[] = [];
  // Plain loops: a transaction log has up to a million rows, and a closure per row was most
  // of CRM.RFM's time beside the summary itself.
  const width = flat.length;
  for (let k = 0; k < flat[0].length; k++) {
    let blanks = 0;
    for (let i = 0; i < width; i++) if (isBlank(flat[i][k])) blanks++;
    if (blanks === width) continue;
    if (blanks > 0) {
      const which = names[flat.findIndex((f) => isBlank(f[k]))];
      throw valueError({ en: `Row ${k + 1}: ${which} is empty while the other columns are not.`, zh: `第 ${k + 1} 行：${which} 为空，而其他列有值。` });
    }
    for (let i = 0; i < width; i++) columns[i].push(flat[i][k]);
    rows.push(k + 1);
  }
  return { columns, rows };
}

/** A grid's cells row by row; a loop, as Array.prototype.flat is many times slower on a million rows. */
function cellsOf(g: Grid): Cell[] {
  const out: Cell[] = [];
  for (const row of g) for (let j = 0; j < row.length; j++) out.push(row[j]);
  return out;
}

/** Parallel number columns; `rows` as parallelColumns gives them, for messages of later checks. */
export function numberColumns(names: readonly string[], grids: readonly Grid[]): Float64Array[] & { rows: number[] } {
  const { columns, rows } = parallelColumns(names, grids);
  const out = columns.map((col, i) => numberColumn(names[i], col, rows));
  return Object.assign(out, { rows });
}

/** One column of cells already kept by parallelColumns, as numbers; `rows` names them in messages. */
export function numberColumn(name: string, col: readonly Cell[], rows: readonly number[]): Float64Array {
  const values = new Float64Array(col.length);
  for (let k = 0; k < col.length; k++) {
    try {
      values[k] = toNumber(name, col[k]);
    } catch (e) {
      // The row is added to the message; the kind stays, so an input's #N/A stays #N/A.
      const { kind, text } = e as CrmError;
      throw new CrmError(kind, { en: `Row ${rows[k]}: ${text.en}`, zh: `第 ${rows[k]} 行：${text.zh}` });
    }
  }
  return values;
}

/** A model's parameters from a row (or column) of cells, blanks skipped: see ParameterOrder.fromRow. */
export function paramsOf<P extends NumberFields<P>>(arg: string, order: ParameterOrder<P>, fittedBy: string, g: Grid): P {
  const values = g
    .flat()
    .filter((c) => !isBlank(c))
    .map((c) => toNumber(arg, c));
  return order.fromRow(values, arg, fittedBy);
}

/**
 * Excel date serial of a cell: a number, or ISO text "1997-01-31". Null when neither.
 *
 * Known limitation: ISO text becomes a serial of the 1900 date system (days since 1899-12-30).
 * In a workbook set to the 1904 date system a real date's serial is 1,462 days smaller, so a
 * call that mixes real dates and ISO text (dates and end_date included) is off by four years;
 * one kind throughout gives the right durations. A custom function cannot learn the date system
 * reliably: Excel.Workbook.use1904DateSystem is "ExcelApi BETA (PREVIEW ONLY)" (excel.workbook.yml
 * in OfficeDev/office-js-docs-reference) and absent from the released @types/office-js.
 */
export function dateSerial(c: Cell): number | null {
  if (typeof c === 'number' && Number.isFinite(c)) return c;
  if (typeof c === 'string') {
    const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(c);
    if (!m) return null;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const d = new Date(ms);
    if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
    return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  return null;
}
