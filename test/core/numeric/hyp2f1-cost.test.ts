import fc from 'fast-check';
import { expectedPurchases } from '../../../src/core/models/bgnbd';
import { clvBgNbd } from '../../../src/core/models/clv-bgnbd';
import { sbgDel, sbgDerl } from '../../../src/core/models/sbg';
import { hyp2f1Work, prepareHyp2f1 } from '../../../src/core/numeric/special';

/*
 * The cost of 2F1 counted in series terms, not timed: every model function must stay cheap over
 * its whole documented domain, including c − a − b a whole number (a − r − 1 in BG/NBD, α − 1 in
 * sBG), where the series near z = 1 used to be summed to its cap of two million terms.
 */
const termsOf = (f: () => unknown) => {
  const before = hyp2f1Work.terms;
  f();
  return hyp2f1Work.terms - before;
};

/** A positive parameter from 10^lo to 10^hi, or a whole or half number where the old code stalled. */
const positive = (lo: number, hi: number) =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }).map((e) => Math.pow(10, e)),
    fc.integer({ min: 1, max: 8 }).map((k) => k / 2),
  );

/** Per 2F1 evaluation: a few hundred terms plus the growth phase of parameters as large as x. */
const budget = (x: number) => 3000 + 3 * x;

describe('2F1 costs a bounded number of terms wherever the models use it', () => {
  test('BG/NBD expected purchases, any parameters, history and horizon (one 2F1, two at a = 1)', () => {
    fc.assert(
      fc.property(
        positive(-2, 1.5),
        positive(-2, 2),
        positive(-2, 1.5),
        positive(-2, 1.5),
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: -3, max: 12, noNaN: true }),
        (r, alpha, a, b, x, share, T, lt) => {
          const tx = x === 0 ? 0 : share * T;
          const terms = termsOf(() => expectedPurchases({ r, alpha, a, b }, Math.pow(10, lt), x, tx, T));
          expect(terms).toBeLessThanOrEqual(2 * budget(x));
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });

  test('a − r − 1 a whole number or a hair from one, z up to 1 − 10^−13: the degenerate and near-degenerate cases', () => {
    for (const [r, a] of [
      [0.5, 1.5],
      [0.5, 2.5],
      [2, 1],
      [0.5, 1.5 + 1e-13],
      [0.5, 1.5 + 2e-5],
      [0.5, 1.5 - 2e-5],
      [0.5, 1.5 + 1e-4],
    ])
      for (const x of [0, 3, 50])
        for (const lt of [-1, 0, 1, 2, 3, 6, 9, 12]) {
          const terms = termsOf(() => expectedPurchases({ r, alpha: 1, a, b: 2 }, Math.pow(10, lt), x, x ? 5 : 0, 10));
          expect([r, a, x, lt, terms <= 2 * budget(x)]).toEqual([r, a, x, lt, true]);
        }
  });

  test('the CLV of the issue (a − r − 1 = 0, 520 and 1200 periods) costs a few terms per period', () => {
    const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
    expect(termsOf(() => clvBgNbd({ r: 0.5, alpha: 1, a: 1.5, b: 2 }, gg, 0, 0, 0.14, 10, 520, 0.002, 1))).toBeLessThan(520 * 50);
    expect(termsOf(() => clvBgNbd({ r: 0.5, alpha: 0.04, a: 1.5, b: 2 }, gg, 0, 0, 0.14, 10, 1200, 0.002, 1))).toBeLessThan(1200 * 50);
  });

  test('sBG DEL and DERL at any discount down to 10^−12, α a whole number included', () => {
    fc.assert(
      fc.property(positive(-2, 2), positive(-2, 2), fc.integer({ min: 0, max: 500 }), fc.double({ min: -12, max: 1, noNaN: true }), (alpha, beta, n, ld) => {
        const d = Math.pow(10, ld);
        expect(termsOf(() => sbgDel({ alpha, beta }, d))).toBeLessThanOrEqual(budget(beta));
        expect(termsOf(() => sbgDerl({ alpha, beta }, d, n))).toBeLessThanOrEqual(budget(beta + n));
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  test('α + β far above 1 (α = 1e308): c − a − b is a huge whole number and 2F1 ≈ 1 in a few terms (the fuzz once hung here)', () => {
    // 2F1(1, β; α+β; z) = 1 + β z/(α+β) + … : with β/(α+β) ≈ 1e−575 every term past the first is 0 in doubles.
    for (const d of [1e-12, 0.9999999999999987, 3]) {
      expect(termsOf(() => expect(sbgDel({ alpha: 1e308, beta: 1.3e-267 }, d)).toBe(1))).toBeLessThanOrEqual(budget(1));
      expect(termsOf(() => expect(sbgDerl({ alpha: 1e308, beta: 2 }, d, 4)).toBeCloseTo(0, 300))).toBeLessThanOrEqual(budget(6));
    }
  });

  test('the issue cells give the closed forms: SBG.DEL({1,1}, d) = −ln(w)/(1 − w), w = d/(1+d); E[X(∞)] of BG/NBD = (a+b−1)/(a−1)', () => {
    // S(t) = 1/(1+t) when α = β = 1 (Fader & Hardie 2007, eq. 4), so DEL = Σ z^t/(t+1) = −ln(1−z)/z.
    const d = 1e-12;
    const w = d / (1 + d);
    expect(sbgDel({ alpha: 1, beta: 1 }, d)).toBeCloseTo(-Math.log(w) / (1 - w), 10);
    // A customer with no repeat purchase, as t grows without bound: E[X(t)] → (a+b−1)/(a−1) − a
    // finite number when a > 1 (FHL 2005, eq. 9); here (2+1−1)/(2−1) = 2 at T = 1, x = 0 (P(alive) = 1).
    expect(expectedPurchases({ r: 1, alpha: 1, a: 2, b: 1 }, 1e12, 0, 0, 1)).toBeCloseTo(2, 8);
  });
});

describe('2F1 near z = 1 against closed forms (DLMF 15.4)', () => {
  test.each([1e-3, 1e-8, 1e-13])('2F1(1, 1; 2; 1 − w) = −ln(w)/(1 − w), c − a − b = 0, at w = %p', (w) => {
    expect(prepareHyp2f1(1, 1, 2)(1 - w, w) / (-Math.log(w) / (1 - w))).toBeCloseTo(1, 12);
  });
  test.each([1e-3, 1e-8])('2F1(a, b; b; z) = (1 − z)^−a with c − a − b = −a a whole number (a = 3) and nearly one (a = 3 + 1e−6) at w = %p', (w) => {
    for (const a of [3, 3 + 1e-6]) expect(prepareHyp2f1(a, 2.5, 2.5)(1 - w, w) / Math.pow(w, -a)).toBeCloseTo(1, 9);
  });
  test('2F1(1/2, 1; 3/2; z) = atanh(√z)/√z (DLMF 15.4.2), c − a − b = 0, near z = 1', () => {
    const w = 1e-10;
    const z = 1 - w;
    // atanh(√z) = ½ ln((1 + √z)²/(1 − z)), written with w so the reference keeps its digits.
    const atanh = Math.log1p(Math.sqrt(z)) - Math.log(w) / 2;
    expect(prepareHyp2f1(0.5, 1, 1.5)(z, w) / (atanh / Math.sqrt(z))).toBeCloseTo(1, 12);
  });
  test('2F1(a, 1; a + 1 + 1e−7; z), c − a − b a hair from 0 (the interpolated case), equals its own series summed term by term at z = 0.999', () => {
    const a = 0.7;
    const z = 0.999;
    let sum = 0;
    let term = 1;
    for (let k = 0; k < 200000; k++) {
      sum += term;
      term *= ((a + k) / (a + 1 + 1e-7 + k)) * z;
    }
    expect(prepareHyp2f1(a, 1, a + 1 + 1e-7)(z) / sum).toBeCloseTo(1, 10);
  });
});
