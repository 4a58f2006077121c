import gamma from '@stdlib/random-base-gamma';
import { analyse, daySerial, DEFAULT_SETTINGS, detectColumns, pnbdPNoPurchase, readTable, type CustomerValueSettings } from '../../../src/core/customer-value';
import { pnbdPAlive } from '../../../src/core/models/pnbd';
import { mbgnbdExpectedFn, mbgnbdPAliveFn, pnbdExpectedFn, pnbdPAliveFn } from '../../../src/functions/families/pnbd-mbgnbd';
import { ggSpendFn } from '../../../src/functions/families/models';
import { ratePerPeriodFn } from '../../../src/functions/families/bgbb-holdout';
import { cdnowTable } from './cdnow-table';

jest.setTimeout(120_000);

/*
 * Pareto/NBD and MBG/NBD in the workspace: fitted on the CDNOW log (calibration to 1997-09-30,
 * weeks), the P(alive), expected purchases and CLV of three customers equal what the CRM
 * functions give for the fitted parameters: CRM.PNBD.PALIVE / CRM.MBGNBD.PALIVE,
 * CRM.PNBD.EXPECTED / CRM.MBGNBD.EXPECTED over the horizon, and CLV written out as the sum
 * Σ_k margin · CRM.GG.SPEND · (E[Y(k)] − E[Y(k−1)]) / (1 + CRM.RATE.PERPERIOD)^k.
 */
const table = cdnowTable();
const { transactions, report } = readTable(table, detectColumns(table[0]));
const base: CustomerValueSettings = {
  ...DEFAULT_SETTINGS,
  calibrationEnd: daySerial('1997-09-30'),
  unit: 'week',
  horizon: 52,
  annualDiscount: 0.1,
  margin: 0.3,
};
const cell = (g: unknown[][]) => g[0][0] as number;

describe.each([
  ['pnbd', pnbdPAliveFn, pnbdExpectedFn],
  ['mbgnbd', mbgnbdPAliveFn, mbgnbdExpectedFn],
] as const)('%s', (model, pAliveFn, expectedFn) => {
  const settings = { ...base, model };
  const a = analyse(transactions, report.lastDay, settings);
  const s = a.summary;
  // The first customer with 1, with 3 and with 10 or more repeat purchases.
  const picks = [1, 3, 10].map((k) => Array.from(s.x).findIndex((x) => (k === 10 ? x >= 10 : x === k)));

  test('the fit is the model asked for, with four parameters', () => {
    expect(a.fit.purchases.model.id).toBe(model);
    expect(a.fit.purchases.params).toHaveLength(4);
  });

  test.each([0, 1, 2])('customer %i: P(alive), expected purchases and CLV equal the functions', (k) => {
    const i = picks[k];
    const params = [a.fit.purchases.params];
    const h = [[s.x[i]]];
    const tx = [[s.tx[i]]];
    const T = [[s.T[i]]];
    expect(a.scores.pAlive[i]).toBeCloseTo(cell(pAliveFn(params, h, tx, T)), 12);
    expect(a.scores.expected[i]).toBeCloseTo(cell(expectedFn(params, [[52]], h, tx, T)), 10);
    const d = cell(ratePerPeriodFn([[0.1]], [[7]]));
    const gg = a.fit.spend.params;
    const spend = cell(ggSpendFn([[gg.p, gg.q, gg.gamma]], h, [[s.monetary[i]]]));
    let clv = 0;
    for (let w = 1; w <= 52; w++)
      clv += (0.3 * spend * (cell(expectedFn(params, [[w]], h, tx, T)) - (w === 1 ? 0 : cell(expectedFn(params, [[w - 1]], h, tx, T))))) / (1 + d) ** w;
    expect(a.scores.clv[i]).toBeCloseTo(clv, 8);
  });
});

test('Pareto/NBD P(no purchase in t) agrees with simulating the posterior', () => {
  // Alive at T with probability P(alive); then λ ~ Gamma(r+x, α+T), μ ~ Gamma(s, β+T), the
  // lifetime left Exp(μ), purchases Poisson(λ) while alive. 400,000 seeded draws.
  const p = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
  const [x, tx, T, t] = [2, 20, 30, 26];
  const exact = pnbdPNoPurchase(p, x, tx, T, t);
  const rl = gamma.factory({ seed: 7 });
  const rm = gamma.factory({ seed: 8 });
  const ru = gamma.factory({ seed: 9 });
  const n = 400_000;
  let none = 0;
  for (let k = 0; k < n; k++) {
    const lambda = rl(p.r + x, p.alpha + T);
    const mu = rm(p.s, p.beta + T);
    const life = ru(1, 1) / mu;
    if (ru(1, 1) > lambda * Math.min(life, t)) none++;
  }
  const A = pnbdPAlive(p, x, tx, T);
  const q = none / n;
  const simulated = 1 - A + A * q;
  const se = A * Math.sqrt((q * (1 - q)) / n);
  expect(Math.abs(exact - simulated)).toBeLessThan(4 * se);
  // Nothing can happen in no time.
  expect(pnbdPNoPurchase(p, x, tx, T, 0)).toBe(1);
});
