import type { InsertOutcome } from '../taskpane/host';

/**
 * Puts a formula into the active cell. The cell is read first (one sync) so that existing
 * content is never replaced without the user's consent; the write is a second sync.
 */
export async function insertFormula(formula: string, replace: boolean): Promise<InsertOutcome> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load('formulas');
    await context.sync();
    const current = cell.formulas[0][0];
    if (!replace && current !== '' && current !== null) return 'occupied';
    cell.formulas = [[formula]];
    await context.sync();
    return 'inserted';
  });
}
