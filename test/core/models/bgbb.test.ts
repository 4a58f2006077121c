import { CrmError } from '../../../src/core/errors';
import { bgbbExpected, bgbbLogLik, bgbbPAlive, bgbbPmf, bgbbUnconditional, fitBgBb, groupBgbb } from '../../../src/core/models/bgbb';
import { donations } from './donations';

/** Fader, Hardie & Shang (2010), "Customer-base analysis in a discrete-time noncontractual setting", table 3. */
const PAPER = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const kindOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof CrmError ? e.kind : String(e);
  }
  return 'none';
};

describe('BG/BB on the donations data', () => {
  const d = donations();
  const fit = fitBgBb(d.x, d.tx, d.n, d.count);

  test('reproduces the paper: alpha 1.204, beta 0.750, gamma 0.657, delta 2.783, LL −33,225.6', () => {
    const p = fit.params;
    expect([p.alpha, p.beta, p.gamma, p.delta].map((v) => Math.round(v * 1000) / 1000)).toEqual([1.204, 0.75, 0.657, 2.783]);
    expect(Math.round(fit.logLik * 10) / 10).toBe(-33225.6);
  });

  test('a row per supporter fits like the table with counts', () => {
    const one = (col: number[]) => col.flatMap((v, i) => new Array<number>(d.count[i]).fill(v));
    const f = fitBgBb(one(d.x), one(d.tx), one(d.n));
    expect(f.logLik).toBeCloseTo(fit.logLik, 6);
    expect(f.params.delta).toBeCloseTo(fit.params.delta, 6);
  });

  test('P(alive in 2002): 0.11 for no repeat, 0.59 for 2 repeats last in 1999, 0.93 for 6 repeats (paper, table 6)', () => {
    expect(bgbbPAlive(PAPER, 0, 0, 6)).toBeCloseTo(0.11, 2);
    expect(bgbbPAlive(PAPER, 2, 4, 6)).toBeCloseTo(0.59, 2);
    expect(bgbbPAlive(PAPER, 6, 6, 6)).toBeCloseTo(0.93, 2);
  });

  test('expected donations 2002–2006 summed over supporters: 12,884.2 (Hardie, BG/BB Excel note 010, "Conditional Expectations (II)")', () => {
    const total = d.x.reduce((s, x, i) => s + d.count[i] * bgbbExpected(fit.params, 5, x, d.tx[i], d.n[i]), 0);
    expect(Math.round(total * 10) / 10).toBe(12884.2);
  });

  test('expected supporters with 0 and with 6 repeat donations in 1996–2001: 3,454.9 and 1,253.1 (Hardie, note 010, "In-Sample Fit")', () => {
    expect(Math.round(11104 * bgbbPmf(fit.params, 6, 0) * 10) / 10).toBe(3454.9);
    expect(Math.round(11104 * bgbbPmf(fit.params, 6, 6) * 10) / 10).toBe(1253.1);
  });

  test('the analytic gradient matches central differences on the log scale', () => {
    const rows = groupBgbb(d.x, d.tx, d.n, d.count);
    const g = [0, 0, 0, 0];
    const at = { alpha: 0.8, beta: 1.3, gamma: 0.9, delta: 2 };
    bgbbLogLik(at, rows, g);
    const names = ['alpha', 'beta', 'gamma', 'delta'] as const;
    names.forEach((k, i) => {
      const h = 1e-5;
      const up = bgbbLogLik({ ...at, [k]: at[k] * Math.exp(h) }, rows);
      const down = bgbbLogLik({ ...at, [k]: at[k] * Math.exp(-h) }, rows);
      expect(g[i]).toBeCloseTo((up - down) / (2 * h), 2);
    });
  });
});

describe('BG/BB by hand with alpha = beta = gamma = delta = 1 (p and θ uniform)', () => {
  const U = { alpha: 1, beta: 1, gamma: 1, delta: 1 };

  test('one opportunity: P(X = 0) = E[θ] + E[1 − θ]·E[1 − p] = 1/2 + 1/4; P(X = 1) = 1/4 = E[X(1)]', () => {
    expect(bgbbPmf(U, 1, 0)).toBeCloseTo(0.75, 12);
    expect(bgbbPmf(U, 1, 1)).toBeCloseTo(0.25, 12);
    expect(bgbbUnconditional(U, 1)).toBeCloseTo(0.25, 12);
    expect(bgbbPmf(U, 1, 2)).toBe(0);
  });

  test('at gamma = 1 the closed form meets the sum: new customer, 2 opportunities: E[p]·(E[(1−θ)] + E[(1−θ)²]) = 1/2·(1/2 + 1/3)', () => {
    expect(bgbbExpected(U, 2, 0, 0, 0)).toBeCloseTo(5 / 12, 10);
    expect(bgbbExpected({ ...U, gamma: 1 + 1e-9 }, 2, 0, 0, 0)).toBeCloseTo(5 / 12, 8);
    expect(bgbbExpected({ ...U, gamma: 1.001 }, 2, 0, 0, 0)).toBeCloseTo(5 / 12, 3);
    expect(bgbbExpected(U, 0, 3, 4, 6)).toBe(0);
  });

  test('P(alive) of one who bought at his only opportunity: E[p(1−θ)²] / E[p(1−θ)] = (1/2·1/3) / (1/2·1/2) = 2/3', () => {
    expect(bgbbPAlive(U, 1, 1, 1)).toBeCloseTo(2 / 3, 12);
  });

  test('PMF sums to 1 and its mean is E[X(n)] over many opportunities', () => {
    const p = { alpha: 0.6, beta: 2.5, gamma: 0.4, delta: 3 };
    let total = 0;
    let mean = 0;
    for (let k = 0; k <= 60; k++) {
      const v = bgbbPmf(p, 60, k);
      total += v;
      mean += k * v;
    }
    expect(total).toBeCloseTo(1, 10);
    expect(mean).toBeCloseTo(bgbbUnconditional(p, 60), 10);
  });
});

describe('BG/BB domain', () => {
  test('impossible histories are #NUM!', () => {
    expect(kindOf(() => bgbbPAlive(PAPER, 3, 2, 6))).toBe('NUM'); // more transactions than opportunities up to the last
    expect(kindOf(() => bgbbPAlive(PAPER, 2, 7, 6))).toBe('NUM'); // last transaction after the last opportunity
    expect(kindOf(() => bgbbPAlive(PAPER, 0, 2, 6))).toBe('NUM');
    expect(kindOf(() => bgbbPAlive(PAPER, 1.5, 2, 6))).toBe('NUM');
    expect(kindOf(() => bgbbExpected(PAPER, 2.5, 1, 2, 6))).toBe('NUM');
    expect(kindOf(() => bgbbPmf(PAPER, 6, -1))).toBe('NUM');
  });

  test('a fit needs a repeat transaction and some customers; counts are whole numbers ≥ 0', () => {
    expect(kindOf(() => fitBgBb([0, 0], [0, 0], [6, 6]))).toBe('NUM');
    expect(kindOf(() => fitBgBb([1, 0], [1, 0], [6, 6], [0, 0]))).toBe('NUM');
    expect(kindOf(() => fitBgBb([1, 0], [1, 0], [6, 6], [1.5, 2]))).toBe('NUM');
    expect(kindOf(() => fitBgBb([], [], []))).toBe('NUM');
  });
});
