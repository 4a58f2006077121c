/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import { FakeOfficeError, FakeWorkbook, PAYLOAD_LIMIT } from '../helpers/fake-excel';

/*
 * The stand-in host behaves like Excel where the scorecard writer depends on it. Each test
 * names the document or issue the behaviour is taken from.
 */

const namesOf = (wb: FakeWorkbook) =>
  wb.run(async (context: any) => {
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    await context.sync();
    return Object.fromEntries(names.items.map((n: any) => [n.name, n.formula]));
  });

test('operations before a failing one stay applied, later ones in the batch are not run, and sync rejects (OfficeExtension.Error, traceMessages example)', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('S');
  wb.failAt = [2];
  const batch = wb.run(async (context: any) => {
    const s = context.workbook.worksheets.getItem('S');
    s.getRange('A1').values = [[1]];
    s.getRange('A2').values = [[2]];
    s.getRange('A3').values = [[3]];
    await context.sync();
  });
  await expect(batch).rejects.toMatchObject({ code: 'GeneralException' });
  expect(wb.sheet('S').cells.get('A1')?.input).toBe(1);
  expect(wb.sheet('S').cells.has('A2')).toBe(false);
  expect(wb.sheet('S').cells.has('A3')).toBe(false);
  // The refused operation was numbered; the one skipped after it was not run and has no number.
  expect(wb.operations).toBe(2);
});

test('a refusal of Excel itself (a duplicate sheet name) works the same way, and the next batch runs normally', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('S');
  const batch = wb.run(async (context: any) => {
    context.workbook.worksheets.add('T');
    context.workbook.worksheets.add('s');
    context.workbook.worksheets.add('U');
    await context.sync();
  });
  await expect(batch).rejects.toThrow(/ItemAlreadyExists/);
  expect(wb.sheets.map((s) => s.name)).toEqual(['S', 'T']);
  await wb.run(async (context: any) => {
    context.workbook.worksheets.add('U');
    await context.sync();
  });
  expect(wb.sheets.map((s) => s.name)).toEqual(['S', 'T', 'U']);
});

test('a missing sheet fails at sync, not when it is asked for (WorksheetCollection.getItem; *OrNullObject methods)', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('S');
  let asked = false;
  const batch = wb.run(async (context: any) => {
    context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
    asked = true;
    await context.sync();
  });
  await expect(batch).rejects.toThrow(FakeOfficeError);
  await expect(batch).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(asked).toBe(true);
});

test('a sheet is found by its id, which stays through a rename (Worksheet.id, @types/office-js)', async () => {
  const wb = new FakeWorkbook();
  const s = wb.addSheet('S');
  await wb.run(async (context: any) => {
    context.workbook.worksheets.getItem(s.id).name = 'Renamed';
    await context.sync();
  });
  expect(wb.sheets.map((x) => [x.id, x.name])).toEqual([[s.id, 'Renamed']]);
});

test('deleting a sheet leaves the workbook names that referred to it, now #REF!, and their names stay taken (office-js #4772, #3583)', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Keep');
  const gone = wb.addSheet('Gone');
  wb.names.set('Total', { sheet: gone, range: 'B2:C3' });
  await wb.run(async (context: any) => {
    context.workbook.worksheets.getItem('Gone').delete();
    await context.sync();
  });
  expect(await namesOf(wb)).toEqual({ Total: '=#REF!$B$2:$C$3' });
  const again = wb.run(async (context: any) => {
    context.workbook.names.add('Total', context.workbook.worksheets.getItem('Keep').getRange('A1'));
    await context.sync();
  });
  await expect(again).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
});

test('Excel will not delete the last visible sheet, nor a very hidden one (Worksheet.delete remarks; office-js #365)', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Only');
  wb.addSheet('Hidden').visibility = 'Hidden';
  wb.addSheet('Store').visibility = 'VeryHidden';
  for (const name of ['Only', 'Store']) {
    const batch = wb.run(async (context: any) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: 'InvalidOperation' });
  }
  // A hidden sheet can go; so can a very hidden one once it is only hidden.
  await wb.run(async (context: any) => {
    context.workbook.worksheets.getItem('Hidden').delete();
    const store = context.workbook.worksheets.getItem('Store');
    store.visibility = 'Hidden';
    store.delete();
    await context.sync();
  });
  expect(wb.sheets.map((s) => s.name)).toEqual(['Only']);
});

test('a request or a response over 5 MB is refused at the sync (resource-limits-and-performance-optimization, "Excel add-ins")', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Big');
  // 100,000 rows of a 60-character text: about 6.4 MB of JSON.
  const text = 'x'.repeat(60);
  const rows = Array.from({ length: 100_000 }, () => [text]);
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('Big').getRange('A1:A100000').values = rows;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  // Half of it at a time goes in; reading it all back at once does not, reading halves does.
  wb.largestPayload = 0;
  await wb.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Big');
    ws.getRange('A1:A50000').values = rows.slice(0, 50_000);
    await context.sync();
    ws.getRange('A50001:A100000').values = rows.slice(50_000);
    await context.sync();
  });
  expect(wb.largestPayload).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  await expect(
    wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Big').getRange('A1:A100000');
      r.load('values');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  const half = await wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Big').getRange('A1:A50000');
    r.load('values');
    await context.sync();
    return r.values as string[][];
  });
  expect(half[49_999][0]).toBe(text);
});
