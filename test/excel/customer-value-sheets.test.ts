import { LANGS } from '../../src/core/errors';
import { analyse, CV_STORE_SHEET, daySerial, DEFAULT_SETTINGS, detectColumns, parseStoredAnalysis, readTable } from '../../src/core/customer-value';
import { SheetsExistError, writeCustomerValue } from '../../src/excel/customer-value-sheets';
import { customerValueXlsx } from '../../src/xlsx/customer-value-workbook';
import { cdnowTable } from '../core/customer-value/cdnow-table';
import { fakeHostApiSets, FakeWorkbook, PAYLOAD_LIMIT } from '../helpers/fake-excel';
import { snapshotOfExcelJs, snapshotOfFake } from './snapshot';

jest.setTimeout(120_000);

/*
 * The customer-value results written through Office.js (the stand-in workbook, which refuses
 * any round trip over Excel's 5 MB) and downloaded as .xlsx hold the same sheets: values,
 * formulas, number formats, data bars on CLV, a colour scale on P(alive), filter buttons.
 */
const table = cdnowTable();
const columns = detectColumns(table[0]);
const { transactions, report } = readTable(table, columns);
const settings = { ...DEFAULT_SETTINGS, calibrationEnd: daySerial('1997-09-30') };
const analysis = analyse(transactions, report.lastDay, settings);
const SOURCE = 'table:Purchases';

beforeEach(() => fakeHostApiSets('1.18'));
afterEach(() => fakeHostApiSets(null));

function workbook(): FakeWorkbook {
  const fake = new FakeWorkbook();
  fake.addSheet('Log').cells.set('A1', { input: 'customer_id' });
  return fake;
}

test.each(LANGS)('(%s) Office.js and ExcelJS write the same results and summary sheets', async (lang) => {
  const fake = workbook();
  const progress: number[] = [];
  const written = await writeCustomerValue(analysis, transactions, lang, SOURCE, columns, { progress: (d) => progress.push(d) }, fake.run);
  expect(written.leftOut).toEqual([]);
  const bytes = await customerValueXlsx(analysis, transactions, lang, SOURCE, columns);
  for (const name of [written.summarySheet, written.resultsSheet]) {
    const fromOffice = snapshotOfFake(fake, fake.sheet(name));
    const fromExcelJs = await snapshotOfExcelJs(bytes, name);
    expect(fromOffice.cells).toEqual(fromExcelJs.cells);
    expect(fromOffice.conditionalFormats).toEqual(fromExcelJs.conditionalFormats);
    expect(fromOffice.filter).toEqual(fromExcelJs.filter);
    expect(fromOffice.rows).toEqual(fromExcelJs.rows);
    expect(fromOffice.page).toEqual(fromExcelJs.page);
  }
  const results = snapshotOfFake(fake, fake.sheet(written.resultsSheet));
  expect(Object.keys(results.cells)).toHaveLength(2358 * 11);
  expect(results.conditionalFormats).toEqual(['J2:J2358|dataBar|min,max|5B9BD5', 'F2:F2358|colorScale|min,percentile 50,max|F8696B,FFEB84,63BE7B'].sort());
  expect(results.filter).toBe('A1:K2358');
  expect(fake.sheet(written.resultsSheet).frozen).toBe('A1:A1');
  // Summary first, then the customers, then the store; the summary is shown; progress rises to 1.
  expect(fake.sheets.map((s) => s.name)).toEqual(['Log', written.summarySheet, written.resultsSheet, CV_STORE_SHEET]);
  expect(fake.active?.name).toBe(written.summarySheet);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(progress[progress.length - 1]).toBe(1);
  const stored = [...fake.sheet(CV_STORE_SHEET).cells].filter(([a]) => /^[A-F]2$/.test(a)).map(([, c]) => c.input ?? '');
  expect(parseStoredAnalysis(stored)).toMatchObject({ lang, resultsSheet: written.resultsSheet, source: SOURCE, settings, columns });
});

test('the customer rows go in chunks under the budget: more round trips for a smaller budget, none over 5 MB', async () => {
  const fake = workbook();
  fake.largestPayload = 0;
  await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, {}, fake.run);
  const oneChunk = fake.syncs;
  expect(fake.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
  const small = workbook();
  await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, { budget: 50_000 }, small.run);
  expect(small.largestPayload).toBeLessThanOrEqual(50_000 + 20_000);
  // 2,357 rows of 11 cells with their formats are several hundred kB: at 50 kB a round trip, over ten trips more.
  expect(small.syncs).toBeGreaterThan(oneChunk + 10);
});

test('sheets of the same names are not replaced without asking; once asked, they are, and only they', async () => {
  const fake = workbook();
  await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, {}, fake.run);
  const names = fake.sheets.map((s) => s.name);
  const error = await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, {}, fake.run).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SheetsExistError);
  expect((error as SheetsExistError).sheets).toEqual(['Customer value summary', 'Customer value']);
  expect(fake.sheets.map((s) => s.name)).toEqual(names);
  const ids = fake.sheets.map((s) => s.id);
  await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, { replace: true }, fake.run);
  expect(fake.sheets.map((s) => s.name)).toEqual(names);
  expect(fake.sheets[0].id).toBe(ids[0]);
  expect(fake.sheets[1].id).not.toBe(ids[1]);
  // Still one stored analysis.
  expect([...fake.sheet(CV_STORE_SHEET).cells.keys()].filter((a) => /^A\d+$/.test(a) && fake.sheet(CV_STORE_SHEET).cells.get(a)!.input !== '')).toEqual([
    'A1',
    'A2',
  ]);
});

test('without ExcelApi 1.6 the data bars and colour scale are left out and the result says so', async () => {
  fakeHostApiSets('1.5');
  const fake = workbook();
  const written = await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, {}, fake.run);
  expect(written.leftOut).toEqual(['data bars', 'colour scales']);
  expect(fake.sheet(written.resultsSheet).conditionalFormats).toEqual([]);
});

test('a write failing at any round trip leaves the workbook as it was', async () => {
  const first = workbook();
  await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, {}, first.run);
  const pristine = first.copy();
  let failures = 0;
  // A fresh write and a replacement, failing at operations spread over every batch.
  for (const replace of [false, true]) {
    const base = replace ? pristine : workbook();
    const count = base.copy();
    await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, { replace, budget: 100_000 }, count.run);
    const total = count.operations;
    const points = [1, 2, 3, Math.floor(total / 3), Math.floor(total / 2), total - 3, total - 2];
    for (const at of points) {
      const fake = base.copy();
      const was = JSON.stringify(fake.sheets.map((s) => [s.name, s.id, s.cells.size, s.visibility]));
      fake.failAt = [at];
      const outcome = await writeCustomerValue(analysis, transactions, 'en-US', SOURCE, columns, { replace, budget: 100_000 }, fake.run).catch((e: Error) => e);
      if (outcome instanceof Error) {
        failures++;
        expect(outcome.message).toMatch(/taken back; the workbook is as it was/);
        expect(JSON.stringify(fake.sheets.map((s) => [s.name, s.id, s.cells.size, s.visibility]))).toBe(was);
      } else expect(fake.sheets.filter((s) => s.name === 'Customer value')).toHaveLength(1);
    }
  }
  // Only a failure of the last operation (showing the summary) comes after the write is done.
  expect(failures).toBeGreaterThanOrEqual(12);
});
