import type { SheetPlan } from '../../src/core/sheet/plan';
import { queuePlan } from '../../src/excel/write-plan';
import { FakeWorkbook } from '../helpers/fake-excel';

/*
 * Borders of a multi-cell range in Office.js (Excel.BorderIndex, @types/office-js): the four
 * Edge* borders draw the outline of the range; InsideVertical and InsideHorizontal draw the
 * lines between its cells. Expected sides are written out by hand for a 2 × 3 range.
 */

const sidesOf = (wb: FakeWorkbook, sheet: string) =>
  Object.fromEntries(
    [...wb.sheet(sheet).cells]
      .filter(([, c]) => c.borders)
      .map(([a, c]) => [a, Object.keys(c.borders!).sort().join(',')])
      .sort(([a], [b]) => a.localeCompare(b)),
  );

test('the stand-in draws Edge* borders on the outline only and Inside* ones between the cells', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('S');
  await wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem('S').getRange('B2:D3');
    r.format.borders.getItem('EdgeTop').style = 'Continuous';
    r.format.borders.getItem('EdgeLeft').style = 'Continuous';
    await context.sync();
  });
  expect(sidesOf(wb, 'S')).toEqual({ B2: 'left,top', B3: 'left', C2: 'top', D2: 'top' });

  await wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem('S').getRange('B2:D3');
    r.format.borders.getItem('InsideVertical').style = 'Continuous';
    r.format.borders.getItem('InsideHorizontal').style = 'Continuous';
    await context.sync();
  });
  // Inside lines sit on both cells they separate: B2|C2 is B2's right and C2's left.
  expect(sidesOf(wb, 'S')).toEqual({
    B2: 'bottom,left,right,top',
    C2: 'bottom,left,right,top',
    D2: 'bottom,left,top',
    B3: 'left,right,top',
    C3: 'left,right,top',
    D3: 'left,top',
  });
});

test('the Office.js writer gives every cell of a bordered run all four sides, as the ExcelJS writer does', async () => {
  const plan: SheetPlan = {
    rows: 2,
    cols: 4,
    cells: [2, 3, 4].map((col) => ({ row: 2, col, value: col, style: { border: true } })),
    merges: [],
    columnWidths: {},
    rowHeights: {},
    freeze: { rows: 0, cols: 0 },
    validations: [],
    conditionalFormats: [],
    names: [],
    charts: [],
    font: { name: 'Calibri', size: 11 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, area: 'A1:D2' },
  };
  const wb = new FakeWorkbook();
  wb.addSheet('S');
  await wb.run(async (context) => {
    queuePlan(context.workbook.worksheets.getItem('S'), plan, context.workbook, 'S');
    await context.sync();
  });
  expect(sidesOf(wb, 'S')).toEqual({ B2: 'bottom,left,right,top', C2: 'bottom,left,right,top', D2: 'bottom,left,right,top' });
  expect(wb.sheet('S').cells.get('C2')?.borders?.left).toEqual({ style: 'Continuous', weight: 'Thin', color: 'BFBFBF' });
});
