jest.setTimeout(60_000);

import * as fs from 'fs';
import * as path from 'path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyse, daySerial, DEFAULT_SETTINGS, detectColumns, readTable } from '../../../src/core/customer-value';
import { writeCustomerValue } from '../../../src/excel/customer-value-sheets';
import { address } from '../../../src/core/sheet/a1';
import { excelHost } from '../../../src/excel/host-excel';
import { parseCsvText } from '../../../src/taskpane/state/csv';
import { fakeHostApiSets, FakeWorkbook } from '../../helpers/fake-excel';
import { renderApp } from '../render-app';

/*
 * Inside Excel the page reads the transactions out of the workbook. The CDNOW log is put on a
 * sheet as Excel holds it (dates as serials, numbers as numbers) and made a table; reading it
 * gives the counts the file path gives (test/e2e/customer-value-standalone.test.ts: 6919
 * rows, 2357 customers, 1997-01-01 to 1998-06-30).
 */
const CSV = path.join(__dirname, '..', '..', 'fixtures', 'cdnow', 'cdnow_transactions.csv');

function cdnowWorkbook(): FakeWorkbook {
  const rows = parseCsvText(fs.readFileSync(CSV, 'utf8'));
  const fake = new FakeWorkbook();
  const s = fake.addSheet('Log');
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      const typed = i === 0 ? v : c === 1 ? daySerial(v) : Number(v);
      s.cells.set(address(i + 1, c + 1), { input: typed as string | number });
    }),
  );
  fake.tables.push({ name: 'Purchases', sheet: s, range: `A1:D${rows.length}` });
  return fake;
}

test.each([
  ['en-US', 'Table Purchases on Log (6919 rows)', 'Read the table', '6919 rows, 2357 customers, 1997-01-01 to 1998-06-30.'],
  ['zh-CN', '表 Purchases，位于 Log（6919 行）', '读取表格', '共 6919 行，2357 位客户，1997-01-01 至 1998-06-30。'],
] as const)('in Excel (%s): a table of the workbook is offered, read with progress, and counted as the file is', async (lang, label, read, counts) => {
  const fake = cdnowWorkbook();
  renderApp({ host: excelHost(fake.run), page: 'customers', lang });
  await waitFor(() => expect(screen.getByTestId('cv-source').textContent).toBe(label));
  fake.syncs = 0;
  fireEvent.click(screen.getByRole('button', { name: read }));
  await waitFor(() => expect(screen.getByTestId('cv-counts').textContent).toMatch(counts), { timeout: 30_000 });
  // The log is small: the sample and one chunk.
  expect(fake.syncs).toBe(2);
});

test('an empty workbook says where a table can come from', async () => {
  const fake = new FakeWorkbook();
  fake.addSheet('Sheet1');
  renderApp({ host: excelHost(fake.run), page: 'customers' });
  await screen.findByText(/No table found: select the transactions/);
});

test('in Excel: the results are written into the workbook, and sheets already there are replaced only when the user says so', async () => {
  fakeHostApiSets('1.18');
  try {
    const fake = cdnowWorkbook();
    renderApp({ host: excelHost(fake.run), page: 'customers' });
    await waitFor(() => expect(screen.getByTestId('cv-source').textContent).toBe('Table Purchases on Log (6919 rows)'));
    fireEvent.click(screen.getByRole('button', { name: 'Read the table' }));
    await waitFor(() => expect(screen.getByTestId('cv-counts').textContent).toMatch('6919 rows'), { timeout: 30_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Fit the models' }));
    await screen.findByTestId('cv-fit', undefined, { timeout: 60_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Write the results to this workbook' }));
    await screen.findByText('Wrote the sheets “Customer value summary” and “Customer value”.', undefined, { timeout: 30_000 });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Log', 'Customer value summary', 'Customer value', 'CRM_CustomerValue']);
    const ids = fake.sheets.map((s) => s.id);

    fireEvent.click(screen.getByRole('button', { name: 'Write the results to this workbook' }));
    await screen.findByText(
      'The workbook already has “Customer value summary”, “Customer value”. Replace them with these results? Formulas on other sheets that refer to them will show #REF!.',
    );
    expect(fake.sheets.map((s) => s.id)).toEqual(ids);
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByText('Wrote the sheets “Customer value summary” and “Customer value”.', undefined, { timeout: 30_000 });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Log', 'Customer value summary', 'Customer value', 'CRM_CustomerValue']);
    expect(fake.sheets[1].id).not.toBe(ids[1]);
  } finally {
    fakeHostApiSets(null);
  }
});

test.each([
  [
    'en-US',
    'Refresh',
    'Refresh now',
    /^Refresh reads table:Purchases again, fits the models with the stored settings and replaces/,
    'Refreshed “Customer value summary” and “Customer value”.',
  ],
  ['zh-CN', '刷新', '立即刷新', /^刷新将重新读取 table:Purchases，按保存的设置重新拟合模型/, '已刷新“客户价值摘要”和“客户价值”。'],
] as const)('in Excel (%s): a stored analysis is refreshed after the user says so', async (lang, button, goOn, asked, done) => {
  fakeHostApiSets('1.18');
  try {
    const fake = cdnowWorkbook();
    const table = parseCsvText(fs.readFileSync(CSV, 'utf8'));
    const columns = detectColumns(table[0]);
    const { transactions, report } = readTable(table, columns);
    const analysis = analyse(transactions, report.lastDay, DEFAULT_SETTINGS);
    const written = await writeCustomerValue(analysis, transactions, lang, 'table:Purchases', columns, {}, fake.run);
    const ids = fake.sheets.map((s) => s.id);
    renderApp({ host: excelHost(fake.run), page: 'customers', lang });
    fireEvent.click(await screen.findByRole('button', { name: button }));
    await screen.findByText(asked);
    expect(fake.sheets.map((s) => s.id)).toEqual(ids);
    fireEvent.click(screen.getByRole('button', { name: goOn }));
    await screen.findByText(done, undefined, { timeout: 60_000 });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Log', written.summarySheet, written.resultsSheet, 'CRM_CustomerValue']);
    expect(fake.sheets[1].id).not.toBe(ids[1]);
  } finally {
    fakeHostApiSets(null);
  }
});

test.each([
  ['en-US', 'Pareto/NBD', 'Fit the models', 'Check against the holdout'],
  ['zh-CN', 'Pareto/NBD', '拟合模型', '用验证期检验预测'],
] as const)('(%s) Pareto/NBD is chosen, and with a holdout end the check is shown', async (lang, model, fit, check) => {
  const fake = cdnowWorkbook();
  renderApp({ host: excelHost(fake.run), page: 'customers', lang });
  await waitFor(() => expect(screen.getByTestId('cv-source').textContent).toMatch('Purchases'));
  fireEvent.click(screen.getByRole('button', { name: lang === 'en-US' ? 'Read the table' : '读取表格' }));
  await screen.findByTestId('cv-counts', undefined, { timeout: 30_000 });
  fireEvent.click(screen.getByTestId('cv-model'));
  fireEvent.click(await screen.findByRole('option', { name: model }));
  fireEvent.change(screen.getByTestId('cv-cal'), { target: { value: '1997-09-30' } });
  fireEvent.change(screen.getByTestId('cv-hold'), { target: { value: '1998-06-30' } });
  fireEvent.click(screen.getByRole('button', { name: fit }));
  await screen.findByTestId('cv-fit', undefined, { timeout: 60_000 });
  // Pareto/NBD's parameters, and the check of the 39 holdout weeks.
  expect(screen.getByTestId('cv-param-s')).toBeTruthy();
  expect(screen.getByTestId('cv-param-beta')).toBeTruthy();
  expect(screen.getByRole('heading', { name: check })).toBeTruthy();
  expect(screen.getByTestId('cv-check-errors').textContent).toMatch(/39/);
  expect(within(screen.getByTestId('cv-check-tracking')).getAllByRole('row')).toHaveLength(79);
});
