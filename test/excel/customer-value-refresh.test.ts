import { analyse, CV_STORE_SHEET, daySerial, DEFAULT_SETTINGS, detectColumns, readTable, storedAnalysisRow } from '../../src/core/customer-value';
import { address } from '../../src/core/sheet/a1';
import { refreshAnalysis } from '../../src/excel/customer-value-refresh';
import { storedAnalyses, writeCustomerValue } from '../../src/excel/customer-value-sheets';
import { cdnowTable } from '../core/customer-value/cdnow-table';
import { fakeHostApiSets, FakeWorkbook } from '../helpers/fake-excel';

jest.setTimeout(120_000);

/*
 * Refresh: an analysis written from the CDNOW purchases up to 1998-03-31, then the table grows
 * to the whole log (to 1998-06-30). Refresh reads the grown table with the stored columns and
 * settings and rewrites only its two sheets; the expected numbers are those of the core's own
 * analysis of the whole log, run separately on the CSV text.
 */
const table = cdnowTable();
const columns = detectColumns(table[0]);
const cut = daySerial('1998-03-31')!;
const early = [table[0], ...table.slice(1).filter((r) => daySerial(r[1])! <= cut)];
const later = table.slice(1).filter((r) => daySerial(r[1])! > cut);

function put(fake: FakeWorkbook, rows: string[][], from: number) {
  const s = fake.sheet('Log');
  rows.forEach((r, i) => r.forEach((v, c) => s.cells.set(address(from + i, c + 1), { input: from + i === 1 ? v : c === 1 ? daySerial(v)! : Number(v) })));
}

beforeEach(() => fakeHostApiSets('1.18'));
afterEach(() => fakeHostApiSets(null));

test('Refresh reads the grown table, reruns with the stored settings and rewrites only its own sheets', async () => {
  const fake = new FakeWorkbook();
  fake.addSheet('Log');
  put(fake, early, 1);
  fake.tables.push({ name: 'Purchases', sheet: fake.sheet('Log'), range: `A1:D${early.length}` });
  const settings = { ...DEFAULT_SETTINGS, unit: 'week' as const, horizon: 26 };
  const first = readTable(early, columns);
  const before = analyse(first.transactions, first.report.lastDay, settings);
  await writeCustomerValue(before, first.transactions, 'en-US', 'table:Purchases', columns, {}, fake.run);

  // The table grows by the purchases of April to June 1998.
  put(fake, later, early.length + 1);
  fake.tables[0].range = `A1:D${table.length}`;
  const logBefore = JSON.stringify([...fake.sheet('Log').cells]);
  const logId = fake.sheet('Log').id;

  const [stored] = await storedAnalyses(fake.run);
  expect(stored).toMatchObject({ source: 'table:Purchases', settings, columns, summarySheet: 'Customer value summary' });
  const progress: number[] = [];
  await refreshAnalysis(stored, { progress: (d) => progress.push(d) }, fake.run);
  expect(progress[progress.length - 1]).toBe(1);

  const whole = readTable(table, columns);
  const after = analyse(whole.transactions, whole.report.lastDay, settings);
  expect(whole.report.lastDay).toBe(daySerial('1998-06-30'));
  const results = fake.sheet('Customer value');
  for (let i = 0; i < 3; i++) {
    const row = i + 2;
    expect(results.cells.get(address(row, 1))!.input).toBe(whole.transactions.ids[after.summary.customer[i]]);
    expect(results.cells.get(address(row, 6))!.input).toBe(after.scores.pAlive[i]);
    expect(results.cells.get(address(row, 10))!.input).toBe(after.scores.clv[i]);
    // Not the numbers of before: the refresh saw three more months.
    expect(after.scores.clv[i]).not.toBe(before.scores.clv[i]);
  }
  // The summary's calibration end is the grown table's last day.
  expect(fake.sheet('Customer value summary').cells.get('B4')!.input).toBe(daySerial('1998-06-30'));
  // Nothing else changed: the log, its id, the sheets, one stored row.
  expect(JSON.stringify([...fake.sheet('Log').cells])).toBe(logBefore);
  expect(fake.sheets.map((s) => [s.name, s.name === 'Log' ? s.id : ''])).toEqual([
    ['Log', logId],
    ['Customer value summary', ''],
    ['Customer value', ''],
    [CV_STORE_SHEET, ''],
  ]);
  expect(await storedAnalyses(fake.run)).toHaveLength(1);
});

test('an analysis made from a file cannot be refreshed from the workbook, and says how to rerun it', async () => {
  const fake = new FakeWorkbook();
  fake.addSheet('Sheet1');
  const s = fake.addSheet(CV_STORE_SHEET);
  const row = storedAnalysisRow({
    lang: 'en-US',
    resultsSheet: 'Customer value',
    summarySheet: 'Customer value summary',
    source: 'cdnow.csv',
    settings: DEFAULT_SETTINGS,
    columns,
  });
  row.forEach((v, c) => s.cells.set(address(2, c + 1), { input: v as string | number }));
  ['version'].forEach((v, c) => s.cells.set(address(1, c + 1), { input: v }));
  const [stored] = await storedAnalyses(fake.run);
  await expect(refreshAnalysis(stored, {}, fake.run)).rejects.toThrow(
    'The analysis was made from the file cdnow.csv; open the file again on this page to rerun it.',
  );
  expect(fake.sheets.map((x) => x.name)).toEqual(['Sheet1', CV_STORE_SHEET]);
});

/** A workbook whose log up to 1998-03-31 is an Excel table, analysed with the default settings. */
async function analysedLog(): Promise<FakeWorkbook> {
  const fake = new FakeWorkbook();
  fake.addSheet('Log');
  put(fake, early, 1);
  fake.tables.push({ name: 'Purchases', sheet: fake.sheet('Log'), range: `A1:D${early.length}` });
  const first = readTable(early, columns);
  const analysis = analyse(first.transactions, first.report.lastDay, DEFAULT_SETTINGS);
  await writeCustomerValue(analysis, first.transactions, 'en-US', 'table:Purchases', columns, {}, fake.run);
  return fake;
}

test('a column moved since the analysis stops Refresh with the reason in both languages, and nothing is written', async () => {
  const fake = await analysedLog();
  // Someone swaps the date and amount columns of the log (values and headers together).
  const s = fake.sheet('Log');
  const dateCol = columns.date! + 1;
  const amountCol = columns.amount! + 1;
  for (let r = 1; r <= early.length; r++) {
    const d = s.cells.get(address(r, dateCol))!;
    s.cells.set(address(r, dateCol), s.cells.get(address(r, amountCol))!);
    s.cells.set(address(r, amountCol), d);
  }
  const resultsBefore = JSON.stringify([...fake.sheet('Customer value').cells]);
  const [stored] = await storedAnalyses(fake.run);
  expect(stored.headers).toEqual({ id: early[0][columns.id!], date: early[0][columns.date!], amount: early[0][columns.amount!] });
  const failure = await refreshAnalysis(stored, {}, fake.run).catch((e) => e);
  expect(failure.text.en).toBe(
    `The date column was “${early[0][columns.date!]}” and that place now holds “${early[0][columns.amount!]}”: the table's columns have changed since the analysis. Nothing was written; run the analysis again on this page and choose the columns.`,
  );
  expect(failure.text.zh).toMatch(/^日期列原为“.*”，该位置现为“.*”：表格的列在分析后已改变。/);
  expect(JSON.stringify([...fake.sheet('Customer value').cells])).toBe(resultsBefore);
});

test('Cancel clicked while the models are fitted stops Refresh before anything is written', async () => {
  const fake = await analysedLog();
  const resultsBefore = JSON.stringify([...fake.sheet('Customer value').cells]);
  const [stored] = await storedAnalyses(fake.run);
  // The click lands in the event queue while the fit runs (the fit itself never yields).
  let cancelled = false;
  const failure = await refreshAnalysis(
    stored,
    {
      cancelled: () => cancelled,
      stage: () => {
        setTimeout(() => (cancelled = true), 0);
      },
    },
    fake.run,
  ).catch((e) => e);
  expect(failure.text.en).toBe('The refresh was cancelled; nothing was written.');
  expect(JSON.stringify([...fake.sheet('Customer value').cells])).toBe(resultsBefore);
});
