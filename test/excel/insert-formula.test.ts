import { insertFormula } from '../../src/excel/insert-formula';
import { FakeWorkbook } from '../helpers/fake-excel';

/*
 * The Functions tab's Insert button inside Excel: the formula goes into the active cell, and a
 * cell that holds anything is left alone until the user says to replace it.
 */
function workbook(cells: Record<string, string | number> = {}, active = 'B2') {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('Sheet1');
  for (const [a, input] of Object.entries(cells)) sheet.cells.set(a, { input });
  wb.activeCell = active;
  return { wb, sheet };
}

test('an empty active cell receives the formula, read then written: two syncs', async () => {
  const { wb, sheet } = workbook();
  expect(await insertFormula('=CRM.NPS(A1:A10)', false, wb.run)).toBe('inserted');
  expect(sheet.cells.get('B2')?.input).toBe('=CRM.NPS(A1:A10)');
  expect(wb.syncs).toBe(2);
});

test('a cell holding a value or a formula is reported occupied and keeps its content', async () => {
  for (const held of [0, 'note', '=SUM(A1:A3)']) {
    const { wb, sheet } = workbook({ B2: held });
    expect(await insertFormula('=CRM.NPS(A1:A10)', false, wb.run)).toBe('occupied');
    expect(sheet.cells.get('B2')?.input).toBe(held);
    expect(wb.operations).toBe(0);
  }
});

test('a cell with formatting only counts as empty', async () => {
  const { wb, sheet } = workbook();
  sheet.cells.set('B2', { numberFormat: '0.00', bold: true });
  expect(await insertFormula('=CRM.CSAT(A1:A9)', false, wb.run)).toBe('inserted');
  expect(sheet.cells.get('B2')).toMatchObject({ input: '=CRM.CSAT(A1:A9)', numberFormat: '0.00', bold: true });
});

test('with the user’s consent the content is replaced', async () => {
  const { wb, sheet } = workbook({ B2: 'note' });
  expect(await insertFormula('=CRM.NPS(A1:A10)', true, wb.run)).toBe('inserted');
  expect(sheet.cells.get('B2')?.input).toBe('=CRM.NPS(A1:A10)');
});

test('the formula goes to the active cell of the active sheet, nowhere else', async () => {
  const { wb } = workbook({}, 'D7');
  const other = wb.addSheet('Data');
  wb.active = other;
  await insertFormula('=CRM.NPS(A1:A10)', false, wb.run);
  expect([...other.cells.keys()]).toEqual(['D7']);
  expect(wb.sheet('Sheet1').cells.size).toBe(0);
});

test('a write Excel refuses (a protected sheet) rejects, so the pane can say so', async () => {
  const { wb, sheet } = workbook();
  wb.failAt = [1];
  await expect(insertFormula('=CRM.NPS(A1:A10)', false, wb.run)).rejects.toThrow('injected failure');
  expect(sheet.cells.get('B2')?.input).toBeUndefined();
});
