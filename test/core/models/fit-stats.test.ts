import { BGNBD, bgnbdLogLik, fitBgNbd } from '../../../src/core/models/bgnbd';
import { groupCustomers } from '../../../src/core/models/customer-data';
import { fitStats, inverseSpd, WEAK_RELATIVE_SE } from '../../../src/core/models/fit-stats';
import { fitSbg, SBG } from '../../../src/core/models/sbg';
import { cdnowSummary } from './cdnow';

test('inverseSpd inverts a symmetric positive-definite matrix and refuses one that is not', () => {
  // [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8, by hand.
  const inv = inverseSpd([
    [4, 2],
    [2, 3],
  ])!;
  expect(inv[0][0]).toBeCloseTo(3 / 8, 14);
  expect(inv[0][1]).toBeCloseTo(-2 / 8, 14);
  expect(inv[1][1]).toBeCloseTo(4 / 8, 14);
  expect(
    inverseSpd([
      [1, 2],
      [2, 1],
    ]),
  ).toBeNull();
});

test('BG/NBD on CDNOW: the standard errors equal those of a Hessian built another way, from differences of the analytic gradient', () => {
  const s = cdnowSummary();
  const fit = fitBgNbd(s.x, s.tx, s.T);
  const st = fitStats(BGNBD, fit);
  const d = groupCustomers(s.x, s.tx, s.T);
  const names = ['r', 'alpha', 'a', 'b'] as const;
  // ∂²lnL/∂θi∂θj on the natural scale by central differences of the analytic gradient (grad is ∂/∂ ln θ).
  const gradAt = (p: typeof fit.params) => {
    const g = [0, 0, 0, 0];
    bgnbdLogLik(p, d, g);
    return g.map((v, i) => v / p[names[i]]);
  };
  const H = names.map((_, j) => {
    const h = 1e-5 * fit.params[names[j]];
    const up = gradAt({ ...fit.params, [names[j]]: fit.params[names[j]] + h });
    const down = gradAt({ ...fit.params, [names[j]]: fit.params[names[j]] - h });
    return up.map((u, i) => (u - down[i]) / (2 * h));
  });
  const cov = inverseSpd(H.map((row, i) => row.map((_, j) => -(H[i][j] + H[j][i]) / 2)))!;
  names.forEach((_, i) => expect(st.se[i] / Math.sqrt(cov[i][i])).toBeCloseTo(1, 3));
  // Every BG/NBD parameter of CDNOW is well determined (largest relative SE: b, 0.71/2.43 = 0.29).
  expect(st.weak).toBe(0);
  expect(Math.max(...st.se.map((v, i) => v / fit.params[names[i]]))).toBeLessThan(WEAK_RELATIVE_SE);
});

test('sBG: one parameter pair on a tiny cohort is weakly determined, and a large cohort pins it down', () => {
  // Survivors of the regular customers of Fader & Hardie (2007), and the same shares of a cohort of 10.
  const big = fitStats(SBG, fitSbg([1000, 631, 468, 382, 326, 289, 262, 241, 223]));
  const small = fitStats(SBG, fitSbg([10, 6.31, 4.68, 3.82, 3.26, 2.89, 2.62, 2.41, 2.23]));
  expect(big.weak).toBe(0);
  expect(small.weak).toBeGreaterThan(0);
  // Standard errors scale as 1/√n: the cohort is 100 times smaller, its errors 10 times larger.
  expect(small.se[0] / big.se[0]).toBeCloseTo(10, 1);
});
