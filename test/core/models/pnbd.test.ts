import { groupCustomers } from '../../../src/core/models/customer-data';
import { fitStats } from '../../../src/core/models/fit-stats';
import { fitPnbd, PNBD, pnbdExpected, pnbdLogLik, pnbdPAlive, pnbdPmf } from '../../../src/core/models/pnbd';
import { CrmError } from '../../../src/core/errors';
import { cdnowSummary } from './cdnow';

/**
 * Pareto/NBD on the CDNOW calibration summary. Estimates: Fader, Hardie & Lee (2005), "A note on
 * deriving the Pareto/NBD model and related expressions", and BTYD's vignette (r = 0.55,
 * α = 10.58, s = 0.61, β = 11.67, LL −9594.98); CLVTools' test_correctness_pnbd_nocovstaticcov.R
 * prints r = 0.553, α = 10.578, s = 0.606, β = 11.669 and the standard errors below.
 */
const PUBLISHED = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669, logLik: -9594.98 };
const CLVTOOLS_SE = { r: 0.0476264, alpha: 0.8427222, s: 0.1872594, beta: 6.2105448 };

describe('Pareto/NBD on CDNOW', () => {
  const s = cdnowSummary();
  const fit = fitPnbd(s.x, s.tx, s.T);

  test('the fit gives the published estimates to their printed precision', () => {
    expect(fit.params.r).toBeCloseTo(PUBLISHED.r, 3);
    expect(fit.params.alpha).toBeCloseTo(PUBLISHED.alpha, 2);
    expect(fit.params.s).toBeCloseTo(PUBLISHED.s, 3);
    expect(fit.params.beta).toBeCloseTo(PUBLISHED.beta, 2);
    expect(fit.logLik).toBeCloseTo(PUBLISHED.logLik, 1);
  });

  test('standard errors from the Hessian match those CLVTools prints (to 3 significant digits)', () => {
    const st = fitStats(PNBD, fit);
    (['r', 'alpha', 's', 'beta'] as const).forEach((k, i) => expect(st.se[i] / CLVTOOLS_SE[k]).toBeCloseTo(1, 2));
    // SE(β)/β = 6.21/11.67 = 0.53 > 0.5: β is flagged as weakly determined, the others are not.
    expect(st.weak).toBe(1);
    // AIC = 2k − 2 ln L, BIC = k ln n − 2 ln L with k = 4, n = 2357 customers.
    expect(st.aic).toBeCloseTo(8 + 2 * 9594.974, 1);
    expect(st.bic).toBeCloseTo(4 * Math.log(2357) + 2 * 9594.974, 1);
  });
});

describe('Pareto/NBD expressions by hand', () => {
  const p = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };

  test('x = 0 observed for T: L = (α/(α+T))^r (β/(β+T))^s + the death terms; with α = β the 2F1 is 1 and A0 has a closed form', () => {
    // α = β: A0 = (α+t_x)^{−(r+s+x)} − (α+T)^{−(r+s+x)} (FHL note, 2F1 at z = 0).
    const q = { r: 0.5, alpha: 4, s: 0.8, beta: 4 };
    const x = 3;
    const tx = 6;
    const T = 10;
    const rsx = q.r + q.s + x;
    const A0 = Math.pow(q.alpha + tx, -rsx) - Math.pow(q.alpha + T, -rsx);
    const gammaRatio = (0.5 * 1.5 * 2.5 * Math.sqrt(Math.PI)) / Math.sqrt(Math.PI); // Γ(3.5)/Γ(0.5)
    const L = gammaRatio * Math.pow(q.alpha, q.r) * Math.pow(q.beta, q.s) * (Math.pow(q.alpha + T, -(q.r + x)) * Math.pow(q.beta + T, -q.s) + (q.s / rsx) * A0);
    const d = groupCustomers([x], [tx], [T]);
    expect(pnbdLogLik(q, d)).toBeCloseTo(Math.log(L), 10);
    const pa = 1 / (1 + (q.s / rsx) * Math.pow(q.alpha + T, q.r + x) * Math.pow(q.beta + T, q.s) * A0);
    expect(pnbdPAlive(q, x, tx, T)).toBeCloseTo(pa, 12);
  });

  test('the log-likelihood does not depend on which of α, β is the larger beyond rounding: continuous across α = β', () => {
    const d = groupCustomers([0, 2, 7], [0, 20, 30], [39, 39, 39]);
    const at = (beta: number) => pnbdLogLik({ r: 0.5, alpha: 10, s: 0.6, beta }, d);
    expect(at(10 - 1e-7)).toBeCloseTo(at(10 + 1e-7), 6);
  });

  test('P(alive) is 1 for a customer observed for no time, and falls with time since the last purchase', () => {
    expect(pnbdPAlive(p, 0, 0, 0)).toBe(1);
    expect(pnbdPAlive(p, 3, 30, 39)).toBeGreaterThan(pnbdPAlive(p, 3, 10, 39));
  });

  test('E[Y(t)]: at x = 0, T = 0 it is the new-customer mean rβ/(α(s−1))[1 − (β/(β+t))^{s−1}] (Schmittlein et al. 1987)', () => {
    const t = 39;
    expect(pnbdExpected(p, t, 0, 0, 0)).toBeCloseTo(((p.r * p.beta) / (p.alpha * (p.s - 1))) * (1 - Math.pow(p.beta / (p.beta + t), p.s - 1)), 12);
    // s = 1: the limit r β/α · ln(1 + t/β).
    expect(pnbdExpected({ ...p, s: 1 }, t, 0, 0, 0)).toBeCloseTo(((p.r * p.beta) / p.alpha) * Math.log(1 + t / p.beta), 12);
  });

  test.each([[{ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }], [{ r: 0.55, alpha: 11.67, s: 0.61, beta: 10.58 }], [{ r: 2, alpha: 3, s: 1.5, beta: 40 }]])(
    'the new-customer PMF sums to 1 and its mean is E[X(t)] (%o)',
    (q) => {
      for (const t of [5, 39, 78]) {
        let total = 0;
        let mean = 0;
        for (let n = 0; n < 2000; n++) {
          const v = pnbdPmf(q, t, n);
          expect(v).toBeGreaterThanOrEqual(0);
          total += v;
          mean += n * v;
        }
        expect(total).toBeCloseTo(1, 9);
        expect(mean).toBeCloseTo(pnbdExpected(q, t, 0, 0, 0), 7);
      }
    },
  );

  test('P(X(t) = 0) of a customer who cannot die (s tiny, β huge) is the NBD (α/(α+t))^r', () => {
    const q = { r: 0.7, alpha: 5, s: 1e-6, beta: 1e6 };
    expect(pnbdPmf(q, 20, 0)).toBeCloseTo(Math.pow(5 / 25, 0.7), 6);
  });

  test('bad input is refused: t < 0, n not a whole number, recency above T', () => {
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof CrmError ? e.kind : 'other';
      }
      return 'none';
    };
    expect(kind(() => pnbdPmf(p, -1, 0))).toBe('NUM');
    expect(kind(() => pnbdPmf(p, 1, 1.5))).toBe('NUM');
    expect(kind(() => pnbdPAlive(p, 1, 40, 39))).toBe('NUM');
    expect(kind(() => fitPnbd([0, 0], [0, 0], [10, 20]))).toBe('NUM');
  });
});
