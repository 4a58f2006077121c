import { address } from '../../src/core/sheet/a1';
import { detectColumns, isoOfSerial, readTable } from '../../src/core/customer-value';
import { listSources, READ_BUDGET, readSource, resolveSource } from '../../src/excel/transaction-source';
import { parseCsvText } from '../../src/taskpane/state/csv';
import { FakeWorkbook, PAYLOAD_LIMIT } from '../helpers/fake-excel';

/*
 * Reading a transaction table out of the workbook in chunks. The stand-in refuses any round trip
 * whose request or response passes 5 MB, as Excel on the web does (resource-limits doc), so a
 * reader that loads too much at once fails here.
 */

/** A log of `n` rows over 20,000 customers, drawn from a fixed linear congruential sequence. */
function log(n: number): { id: string; day: number; amount: number }[] {
  let s = 12345;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => ({
    id: `CUST-${String(Math.floor(next() * 20000)).padStart(6, '0')}`,
    day: 35431 + Math.floor(next() * 540),
    amount: Math.round(next() * 10000) / 100,
  }));
}

function workbookOf(rows: ReturnType<typeof log>, sheetName = 'Sales'): FakeWorkbook {
  const fake = new FakeWorkbook();
  const s = fake.addSheet(sheetName);
  ['Customer', 'Date', 'Amount'].forEach((h, c) => s.cells.set(address(1, c + 1), { input: h }));
  rows.forEach((r, i) => {
    s.cells.set(address(i + 2, 1), { input: r.id, text: true });
    s.cells.set(address(i + 2, 2), { input: r.day, numberFormat: 'yyyy-mm-dd' });
    s.cells.set(address(i + 2, 3), { input: r.amount });
  });
  return fake;
}

const csvOf = (rows: ReturnType<typeof log>) => ['Customer,Date,Amount', ...rows.map((r) => `${r.id},${isoOfSerial(r.day)},${r.amount}`)].join('\n');

describe('a 200,000-row table', () => {
  const rows = log(200_000);
  const fake = workbookOf(rows);

  test('the stand-in refuses reading it in one load, as Excel would', async () => {
    await expect(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Sales').getRange(`A1:C${rows.length + 1}`);
        r.load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  test('reads in chunks under the budget, with progress, and counts as the same table opened as a file', async () => {
    const [sheet] = await listSources(fake.run);
    expect(sheet).toMatchObject({ kind: 'sheet', key: 'sheet:Sales', address: 'A1:C200001', rows: 200_001, cols: 3 });
    fake.syncs = 0;
    fake.largestPayload = 0;
    const seen: number[] = [];
    const cells = await readSource(sheet, { progress: (d) => seen.push(d) }, fake.run);
    expect(cells).toHaveLength(200_001);
    // Every round trip stayed within the budget (well under Excel's 5 MB).
    expect(fake.largestPayload).toBeLessThanOrEqual(READ_BUDGET);
    expect(fake.largestPayload).toBeLessThan(PAYLOAD_LIMIT / 4);
    // The round trips are the sample's and one per chunk: the table's size in JSON over the budget, plus one.
    const tableBytes = JSON.stringify(cells).length;
    expect(fake.syncs).toBeGreaterThanOrEqual(Math.ceil(tableBytes / READ_BUDGET));
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(tableBytes / READ_BUDGET) + 2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(1);

    const fromExcel = readTable(cells, detectColumns(cells[0]));
    const fileRows = parseCsvText(csvOf(rows));
    const fromFile = readTable(fileRows, detectColumns(fileRows[0]));
    expect(fromExcel.report).toEqual(fromFile.report);
    expect(fromExcel.transactions).toEqual(fromFile.transactions);
  });

  test('round trips grow with the chunks only: half the rows, about half the trips', async () => {
    const half = workbookOf(rows.slice(0, 100_000));
    const [sheet] = await listSources(half.run);
    half.syncs = 0;
    await readSource(sheet, {}, half.run);
    const halfTrips = half.syncs;
    const [whole] = await listSources(fake.run);
    fake.syncs = 0;
    await readSource(whole, {}, fake.run);
    expect(fake.syncs).toBeGreaterThanOrEqual(2 * halfTrips - 2);
    expect(fake.syncs).toBeLessThanOrEqual(2 * halfTrips + 1);
  });

  test('a chunk Excel refuses as too large is read again in halves', async () => {
    const [sheet] = await listSources(fake.run);
    const cells = await readSource(sheet, { budget: 4 * PAYLOAD_LIMIT }, fake.run);
    expect(cells).toHaveLength(200_001);
    expect(cells[200_000]).toEqual([rows[199_999].id, rows[199_999].day, rows[199_999].amount]);
  });

  test('cancelling between round trips stops the read', async () => {
    const [sheet] = await listSources(fake.run);
    let trips = 0;
    await expect(readSource(sheet, { progress: () => void trips++, cancelled: () => trips >= 2 }, fake.run)).rejects.toThrow(
      'Reading the table was cancelled.',
    );
    expect(trips).toBe(2);
  });
});

describe('sources', () => {
  test('the selection, each Excel table and each visible sheet are offered; a table is found again at its new size', async () => {
    const fake = workbookOf(log(30));
    const other = fake.addSheet('Hidden one');
    other.visibility = 'Hidden';
    other.cells.set('A1', { input: 1 });
    fake.selection = 'A1:C11';
    fake.tables.push({ name: 'Orders', sheet: fake.sheet('Sales'), range: 'A1:C21' });
    const sources = await listSources(fake.run);
    expect(sources.map((s) => [s.kind, s.key, s.rows])).toEqual([
      ['selection', "range:'Sales'!A1:C11", 11],
      ['table', 'table:Orders', 21],
      ['sheet', 'sheet:Sales', 31],
    ]);
    // Whole columns or several areas are not offered as a selection; the sheet is.
    for (const selection of ['A:C', 'A1:B5,D1:D5']) {
      fake.selection = selection;
      const kinds = await listSources(fake.run).catch(() => null);
      expect(kinds?.map((s) => s.kind)).toEqual(['table', 'sheet']);
    }
    fake.tables[0].range = 'A1:C31';
    expect(await resolveSource('table:Orders', fake.run)).toMatchObject({ address: 'A1:C31', rows: 31 });
    // With a totals row shown, the source ends above it.
    fake.tables[0].range = 'A1:C32';
    fake.tables[0].showTotals = true;
    expect(await resolveSource('table:Orders', fake.run)).toMatchObject({ address: 'A1:C31', rows: 31 });
    expect(await resolveSource("range:'Sales'!A1:C11", fake.run)).toMatchObject({ sheet: 'Sales', address: 'A1:C11' });
    await expect(resolveSource('table:Gone', fake.run)).rejects.toThrow('(table:Gone) is no longer in this workbook');
  });

  test('with a chart selected the tables and sheets are still offered, and a table is found again', async () => {
    const fake = workbookOf(log(30));
    fake.tables.push({ name: 'Orders', sheet: fake.sheet('Sales'), range: 'A1:C21' });
    fake.shapeSelected = true;
    expect((await listSources(fake.run)).map((s) => s.key)).toEqual(['table:Orders', 'sheet:Sales']);
    expect(await resolveSource('table:Orders', fake.run)).toMatchObject({ address: 'A1:C21' });
  });

  test("a selection whose sheet was renamed since is refused in the pane's words, in both languages", async () => {
    const fake = workbookOf(log(30));
    const source = await resolveSource("range:'Sales'!A1:C11", fake.run);
    fake.sheet('Sales').name = 'Sales 2026';
    const failure = await readSource(source, {}, fake.run).catch((e) => e);
    expect(failure.text).toEqual({
      en: "The table the analysis read (range:'Sales'!A1:C11) is no longer in this workbook.",
      zh: "分析所读取的表（range:'Sales'!A1:C11）已不在此工作簿中。",
    });
  });
});
