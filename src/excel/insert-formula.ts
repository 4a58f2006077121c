import type { InsertOutcome } from '../taskpane/host/pane-host';
import { excelRun, ExcelRun } from './excel-run';

/**
 * Puts a formula into the active cell. The cell is read first (one sync) so that existing
 * content is never replaced without the user's consent; the write is a second sync.
 */
export async function insertFormula(formula: string, replace: boolean, run: ExcelRun = excelRun): Promise<InsertOutcome> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load('formulas');
    await context.sync();
    // Range.formulas gives a cell without a formula as its value: "" only when it is empty.
    const current = cell.formulas[0][0];
    if (!replace && current !== '' && current !== null) return 'occupied';
    cell.formulas = [[formula]];
    await context.sync();
    return 'inserted';
  });
}
