import { lnIntegral } from '../../../src/core/numeric/quadrature';

/* Tanh-sinh quadrature in logarithms against integrals with closed forms. */

test.each([1, 2, 40, 5000])('∫_0^U u^(n−1) du = U^n / n (n = %p, U = 0.9): peaked at the upper end for large n', (n) => {
  const U = 0.9;
  expect(lnIntegral((u) => (n - 1) * Math.log(u), U)).toBeCloseTo(n * Math.log(U) - Math.log(n), 10);
});

test('∫_0^1 u^(−1/2) du = 2: a singular end converges as fast', () => {
  expect(Math.exp(lnIntegral((u) => -0.5 * Math.log(u), 1))).toBeCloseTo(2, 10);
});

test('∫_0^U (1−u)^(r−1) du = (1 − (1−U)^r)/r, with values far below the range of doubles shifted in logs', () => {
  const r = 0.3;
  const U = 0.999;
  const shift = -2000;
  expect(lnIntegral((u) => shift + (r - 1) * Math.log1p(-u), U) - shift).toBeCloseTo(Math.log((1 - Math.pow(1 - U, r)) / r), 10);
});
