/*
 * The customer-value page inside Excel, against the stand-in workbook (test/helpers/fake-excel.ts,
 * which refuses any round trip over Excel's 5 MB): reading a 200,000-row transaction table in
 * chunks, and writing the results of the CDNOW analysis. Reported: round trips, the largest
 * payload as a share of the 5 MB limit, and times as ratios against, for the read, checking the
 * same rows already in memory (readTable, what the file path does after parsing) and, for the
 * write, the ExcelJS download of the same analysis, both measured in the same run. The stand-in
 * costs nothing per round trip, so the ratios show this code's own overhead, not Excel's.
 */
import { analyse, daySerial, DEFAULT_SETTINGS, detectColumns, readTable } from '../src/core/customer-value';
import { address } from '../src/core/sheet/a1';
import { writeCustomerValue } from '../src/excel/customer-value-sheets';
import { listSources, readSource } from '../src/excel/transaction-source';
import { customerValueXlsx } from '../src/xlsx/customer-value-workbook';
import { cdnowTable } from '../test/core/customer-value/cdnow-table';
import { fakeHostApiSets, FakeWorkbook, PAYLOAD_LIMIT } from '../test/helpers/fake-excel';
import { fmt, medianMs, medianMsAsync } from './timing';

const ROWS = 200_000;

export async function run(log: (line: string) => void): Promise<void> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows: (string | number)[][] = [['Customer', 'Date', 'Amount']];
  for (let i = 0; i < ROWS; i++)
    rows.push([`CUST-${String(Math.floor(next() * 20000)).padStart(6, '0')}`, 35431 + Math.floor(next() * 540), Math.round(next() * 10000) / 100]);
  const fake = new FakeWorkbook();
  const s = fake.addSheet('Sales');
  rows.forEach((r, i) => r.forEach((v, c) => s.cells.set(address(i + 1, c + 1), { input: v })));
  const [source] = await listSources(fake.run);
  const columns = detectColumns(rows[0]);

  const baseline = medianMs(() => readTable(rows, columns), 5);
  fake.syncs = 0;
  fake.largestPayload = 0;
  await readSource(source, {}, fake.run);
  const trips = fake.syncs;
  const largest = fake.largestPayload;
  const readMs = await medianMsAsync(() => readSource(source, {}, fake.run), 3);
  log(`read ${ROWS.toLocaleString('en-US')} rows in chunks: ${trips} round trips, largest ${(largest / PAYLOAD_LIMIT).toFixed(2)} of the 5 MB limit`);
  log(`  baseline (readTable over the rows in memory): ${fmt(baseline)}`);
  log(`  chunked read through the stand-in, then readTable: ${((readMs + baseline) / baseline).toFixed(2)}× baseline`);

  fakeHostApiSets('1.18');
  try {
    const table = cdnowTable();
    const cd = detectColumns(table[0]);
    const { transactions, report } = readTable(table, cd);
    const a = analyse(transactions, report.lastDay, { ...DEFAULT_SETTINGS, calibrationEnd: daySerial('1997-09-30') });
    const xlsxMs = await medianMsAsync(() => customerValueXlsx(a, transactions, 'en-US', 'table:Log', cd), 3);
    const target = new FakeWorkbook();
    target.addSheet('Log');
    const once = target.copy();
    await writeCustomerValue(a, transactions, 'en-US', 'table:Log', cd, {}, once.run);
    const writeMs = await medianMsAsync(async () => {
      const wb = target.copy();
      await writeCustomerValue(a, transactions, 'en-US', 'table:Log', cd, {}, wb.run);
    }, 3);
    log(`write the CDNOW results (2,357 customers): ${once.syncs} round trips, largest ${(once.largestPayload / PAYLOAD_LIMIT).toFixed(2)} of the 5 MB limit`);
    log(`  baseline (the ExcelJS download of the same analysis): ${fmt(xlsxMs)}`);
    log(`  Office.js writer into the stand-in: ${(writeMs / xlsxMs).toFixed(2)}× baseline`);
  } finally {
    fakeHostApiSets(null);
  }
}
