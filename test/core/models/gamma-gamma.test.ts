import { CrmError } from '../../../src/core/errors';
import { expectedSpend, fitGammaGamma, gammaGammaLogLik } from '../../../src/core/models/gamma-gamma';
import { cdnowSummary } from './cdnow';

test('the fit on CDNOW repeat customers gives p = 6.25, q = 3.74, γ = 15.44 (Fader, Hardie & Lee 2005, "RFM and CLV")', () => {
  const s = cdnowSummary();
  const f = fitGammaGamma(s.x, s.zbar);
  expect(f.params.p).toBeCloseTo(6.25, 2);
  expect(f.params.q).toBeCloseTo(3.74, 2);
  expect(f.params.gamma).toBeCloseTo(15.44, 1);
});

test('the analytic gradient matches central differences', () => {
  const s = cdnowSummary();
  const keep = s.x.map((x, i) => [x, s.zbar[i]]).filter(([x]) => x > 0);
  const x = Float64Array.from(keep.map((k) => k[0]));
  const m = Float64Array.from(keep.map((k) => k[1]));
  const p = { p: 5, q: 3, gamma: 12 };
  const g = [0, 0, 0];
  gammaGammaLogLik(p, x, m, g);
  (['p', 'q', 'gamma'] as const).forEach((k, i) => {
    const h = 1e-6;
    const d = (gammaGammaLogLik({ ...p, [k]: p[k] * Math.exp(h) }, x, m) - gammaGammaLogLik({ ...p, [k]: p[k] * Math.exp(-h) }, x, m)) / (2 * h);
    expect(g[i]).toBeCloseTo(d, 3);
  });
});

test('expected spend by hand: (γ + m x) p / (p x + q − 1) (Fader & Hardie 2013, eq. 5)', () => {
  const par = { p: 6.25, q: 3.74, gamma: 15.44 };
  expect(expectedSpend(par, 2, 22.35)).toBeCloseTo(((15.44 + 22.35 * 2) * 6.25) / (6.25 * 2 + 3.74 - 1), 12);
  // No repeat purchase: the population mean p γ / (q − 1).
  expect(expectedSpend(par, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
});

test('q ≤ 1 has no mean spend; too few repeat customers and non-positive spend are refused', () => {
  const kind = (f: () => unknown) => {
    try {
      f();
      return 'none';
    } catch (e) {
      return e instanceof CrmError ? `${e.kind}: ${e.text.en}` : String(e);
    }
  };
  expect(kind(() => expectedSpend({ p: 1, q: 1, gamma: 1 }, 1, 10))).toMatch(/^NUM: Expected spend needs q > 1/);
  expect(kind(() => fitGammaGamma([0, 0, 3], [0, 0, 10]))).toBe('NUM: Only 1 customer(s) with repeat purchases; the Gamma-Gamma model needs at least 2.');
  expect(kind(() => fitGammaGamma([2, 3], [10, 0]))).toBe('NUM: Row 2: a customer with repeat purchases needs a positive monetary value; got 0.');
});
