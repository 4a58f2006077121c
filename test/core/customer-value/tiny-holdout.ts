import { type Analysis, holdoutCheck, type PurchaseModel, readTable, summarise } from '../../../src/core/customer-value';

/*
 * The holdout check on a log small enough to work by hand. Days count from 45000; the
 * calibration ends on day 10, the holdout on day 20, the unit is a day.
 *   A buys on days 1, 5, 12, 15  → x 1, t_x 4, T 9, holdout 2
 *   B buys on day 2              → x 0, t_x 0, T 8, holdout 0
 *   C buys on days 3, 4, 8, 18   → x 2, t_x 5, T 7, holdout 1
 *   D buys first on day 12       → not in the calibration cohort
 * The model is a stand-in with a curve simple enough to evaluate by hand,
 * E[Y(t) | x, t_x, T] = 0.1 · (x + 1) · t / (T + 1), so a new customer's E[X(t)] = 0.1 · t.
 */
export const BASE = 45000;
const log: (string | number)[][] = [
  ['Customer', 'Date', 'Amount'],
  ...[
    ['A', 1],
    ['A', 5],
    ['A', 12],
    ['A', 15],
    ['B', 2],
    ['C', 3],
    ['C', 4],
    ['C', 8],
    ['C', 18],
    ['D', 12],
  ].map(([id, d]) => [id, BASE + (d as number), 10]),
];

const stub: PurchaseModel = {
  id: 'stub',
  name: { en: 'stub', zh: 'stub' },
  names: ['k'],
  fit: () => ({ params: [0.1], logLik: 0, iterations: 0 }),
  gradient: () => undefined,
  pAlive: () => 1,
  purchases: (p, x, _tx, T) => (t) => (p[0] * (x + 1) * t) / (T + 1),
  pNoPurchase: () => 0,
};

export const { transactions } = readTable(log, { id: 0, date: 1, amount: 2 });
export const summary = summarise(transactions, BASE + 10, BASE + 20, 1);
export const analysis = { summary, fit: { purchases: { model: stub, params: [0.1] } } } as unknown as Analysis;
export const check = holdoutCheck(analysis, transactions)!;
