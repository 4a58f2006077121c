import { analyse, DEFAULT_SETTINGS, detectColumns, readTable, TableError, daySerial, amountOf, looksLikeHeader } from '../../../src/core/customer-value';
import type { Cell } from '../../../src/core/grid';

const COLS = { id: 0, date: 1, amount: 2 };
const refused = (rows: Cell[][]): TableError => {
  try {
    readTable(rows, COLS);
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return e as TableError;
  }
  throw new Error('the table was accepted');
};

test('columns are found from English and Chinese headers, each column once', () => {
  expect(detectColumns(['Customer ID', 'Order Date', 'Amount'])).toEqual({ id: 0, date: 1, amount: 2 });
  expect(detectColumns(['交易日期', '客户编号', '产品', '销售额'])).toEqual({ id: 1, date: 0, amount: 3 });
  expect(detectColumns(['客户', '日期', '金额'])).toEqual({ id: 0, date: 1, amount: 2 });
  expect(detectColumns(['customer_name', 'purchase_date', 'revenue', 'id'])).toEqual({ id: 3, date: 1, amount: 2 });
  expect(detectColumns(['a', 'b', 'c'])).toEqual({ id: null, date: null, amount: null });
  expect(looksLikeHeader(['a', 'b'])).toBe(false);
  expect(looksLikeHeader(['客户', 1])).toBe(true);
});

test('dates: serials, ISO and year-first text, yyyymmdd, Chinese dates; day-first text and impossible dates are not dates', () => {
  // 1997-01-01 is serial 35431 (Excel's DATE(1997,1,1)).
  for (const c of [
    35431,
    35431.75,
    '1997-01-01',
    '1997/1/1',
    '1997.01.01',
    '19970101',
    19970101,
    '1997年1月1日',
    '1997-01-01 13:45:00',
    new Date(Date.UTC(1997, 0, 1)),
  ])
    expect(daySerial(c)).toBe(35431);
  for (const c of ['01/02/1997', '1997-02-30', 'soon', '', true, -3, 3e6]) expect(daySerial(c)).toBeNull();
});

test('amounts: numbers and numeric text with a currency sign or thousands separators; other text is not an amount', () => {
  expect(amountOf(12.5)).toBe(12.5);
  expect(amountOf(' $1,234.50 ')).toBe(1234.5);
  expect(amountOf('¥88')).toBe(88);
  expect(amountOf('-3')).toBe(-3);
  for (const c of ['twelve', '1,23', '12 USD', '', '.', true]) expect(amountOf(c)).toBeNull();
});

test('text in the amount column refuses the table, naming the row as the user sees it, in both languages', () => {
  const e = refused([
    ['客户', '日期', '金额'],
    ['a', '2024-01-02', 10],
    ['b', '2024-01-03', 'n/a'],
    ['c', '2024-01-04', 'tbd'],
  ]);
  expect(e.text.en).toBe('Row 3: the amount "n/a" is text, not a number (and 1 more rows like it).');
  expect(e.text.zh).toBe('第 3 行：金额“n/a”是文本而不是数字（另有 1 行同样如此）。');
});

test('a date that is not a date refuses the table, naming the row; several kinds are all named, first row first', () => {
  const e = refused([
    ['id', 'date', 'amount'],
    ['a', '2024-01-02', 10],
    ['b', 'yesterday', 5],
    ['a', '2024-01-05', 'x'],
  ]);
  expect(e.problems.map((p) => p.en)).toEqual([
    'Row 3: the date "yesterday" is not a date. Use a date cell or text such as 2024-12-31.',
    'Row 4: the amount "x" is text, not a number.',
  ]);
  expect(e.text.zh).toContain('第 3 行：日期“yesterday”不是日期');
});

test('an empty table and a table of one customer are refused with a clear message', () => {
  expect(refused([['id', 'date', 'amount']]).text.en).toMatch(/no transactions/);
  expect(
    refused([
      ['id', 'date', 'amount'],
      ['a', '2024-01-02', 1],
      ['a', '2024-02-02', 2],
    ]).text,
  ).toEqual({
    en: 'The table holds one customer only ("a"): the models learn from differences between customers and need many.',
    zh: '表中只有一位客户（“a”）：模型从客户之间的差异中学习，需要许多客户。',
  });
  expect(() => readTable([['x', 'y']], { id: null, date: 1, amount: 0 })).toThrow(/Choose the customer id column/);
});

test('blank rows and rows without a customer id are left out and reported with their row numbers', () => {
  const { report, transactions } = readTable(
    [
      ['id', 'date', 'amount'],
      ['a', '2024-01-02', 1],
      [null, '2024-01-02', 5],
      ['b', '2024-01-03', 2],
      [null, null, null],
      ['', '', ''],
    ],
    COLS,
  );
  expect(report).toMatchObject({ rows: 5, transactions: 2, customers: 2, blankRows: 2, blankId: { count: 1, rows: [3] } });
  expect(Array.from(transactions.row)).toEqual([2, 4]);
});

test('a log where customers first buy on the last day: they get T = 0, P(alive) 1, and the fit is unaffected by them', () => {
  const rows: Cell[][] = [['id', 'date', 'amount']];
  // Ten customers buying every 10 or 15 days over 120 days, then three newcomers on the last day.
  for (let c = 0; c < 10; c++) for (let d = c; d <= 100; d += 10 + (c % 2) * 5) rows.push([`c${c}`, 45000 + d, 10 + c]);
  for (let c = 0; c < 4; c++) rows.push([`gone${c}`, 45000 + c, 5]);
  const last = 45120;
  for (const n of ['new1', 'new2', 'new3']) rows.push([n, last, 7]);
  const { transactions, report } = readTable(rows, COLS);
  expect(report.lastDay).toBe(last);
  const a = analyse(transactions, report.lastDay, { ...DEFAULT_SETTINGS, unit: 'day', horizon: 30 });
  const newcomers = ['new1', 'new2', 'new3'].map((n) => Array.from(a.summary.customer).indexOf(transactions.ids.indexOf(n)));
  for (const i of newcomers) {
    expect([a.summary.x[i], a.summary.tx[i], a.summary.T[i]]).toEqual([0, 0, 0]);
    expect(a.scores.pAlive[i]).toBe(1);
    expect(Number.isFinite(a.scores.clv[i])).toBe(true);
  }
  const without = readTable(
    rows.filter((r) => !String(r[0]).startsWith('new')),
    COLS,
  );
  const b = analyse(without.transactions, last, { ...DEFAULT_SETTINGS, unit: 'day', horizon: 30 });
  a.fit.purchases.params.forEach((v, k) => expect(v).toBeCloseTo(b.fit.purchases.params[k], 8));
});
