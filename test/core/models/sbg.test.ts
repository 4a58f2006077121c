import beta from '@stdlib/random-base-beta';
import { CrmError } from '../../../src/core/errors';
import { fitSbg, sbgDel, sbgDerl, sbgLogLik, sbgRetention, sbgSurvival } from '../../../src/core/models/sbg';

/** Fader & Hardie (2007), "How to project customer retention", figure 1 and table 1. */
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

test('fits the paper: regular α = 0.704, β = 1.182; high end α = 0.668, β = 3.806', () => {
  const r = fitSbg(REGULAR).params;
  expect(r.alpha).toBeCloseTo(0.704, 3);
  expect(r.beta).toBeCloseTo(1.182, 3);
  const h = fitSbg(HIGH_END).params;
  expect(h.alpha).toBeCloseTo(0.668, 3);
  expect(h.beta).toBeCloseTo(3.806, 3);
});

test('percentages fit like counts', () => {
  const f = fitSbg(REGULAR.map((n) => n / 10));
  expect(f.params.alpha).toBeCloseTo(0.704, 3);
});

test('recovers α = 1.5, β = 4 from a simulated cohort of 200,000 customers', () => {
  const rb = beta.factory({ seed: 7 });
  const alive = new Array(13).fill(0);
  for (let i = 0; i < 200_000; i++) {
    const churn = rb(1.5, 4);
    // Each customer adds his chance of still being active (1 − θ)^t: survivors given the drawn θ.
    for (let t = 0, u = 1; t < 13; t++) {
      if (t > 0) u *= 1 - churn;
      alive[t] += u;
    }
  }
  const f = fitSbg(alive);
  expect(f.params.alpha).toBeCloseTo(1.5, 1);
  expect(f.params.beta).toBeCloseTo(4, 0);
});

test('S(t) and r(t) by hand: S(1) = β/(α+β), r(t) = (β+t−1)/(α+β+t−1)', () => {
  const p = { alpha: 0.704, beta: 1.182 };
  expect(sbgSurvival(p, 0)).toBeCloseTo(1, 14);
  expect(sbgSurvival(p, 1)).toBeCloseTo(1.182 / 1.886, 12);
  expect(sbgSurvival(p, 2)).toBeCloseTo((1.182 / 1.886) * (2.182 / 2.886), 12);
  expect(sbgRetention(p, 2)).toBeCloseTo(2.182 / 2.886, 14);
});

test('DEL and DERL equal the direct sums of their series (Fader & Hardie 2010)', () => {
  const p = { alpha: 0.704, beta: 1.182 };
  for (const d of [0.05, 0.1, 0.3]) {
    let del = 0;
    for (let t = 0; t < 400_000; t++) del += sbgSurvival(p, t) / Math.pow(1 + d, t);
    expect(sbgDel(p, d)).toBeCloseTo(del, 8);
    for (const n of [0, 1, 4]) {
      let derl = 0;
      for (let t = n + 1; t < n + 400_000; t++) derl += sbgSurvival(p, t) / sbgSurvival(p, n) / Math.pow(1 + d, t - n - 1);
      expect(sbgDerl(p, d, n)).toBeCloseTo(derl, 8);
    }
  }
});

test('with no discount DEL is finite only for α > 1 (the series of S(t) ~ t^−α)', () => {
  expect(sbgDel({ alpha: 2, beta: 3 }, 0)).toBeCloseTo((2 + 3 - 1) / (2 - 1), 10); // E[T] = (α+β−1)/(α−1)
  expect(() => sbgDel({ alpha: 0.7, beta: 1.2 }, 0)).toThrow(CrmError);
});

test('the gradient matches central differences', () => {
  const p = { alpha: 0.9, beta: 1.4 };
  const g = [0, 0];
  sbgLogLik(p, REGULAR, g);
  (['alpha', 'beta'] as const).forEach((k, i) => {
    const h = 1e-6;
    const d = (sbgLogLik({ ...p, [k]: p[k] * Math.exp(h) }, REGULAR) - sbgLogLik({ ...p, [k]: p[k] * Math.exp(-h) }, REGULAR)) / (2 * h);
    expect(g[i]).toBeCloseTo(d, 4);
  });
});

test('bad cohorts are refused with the reason', () => {
  const why = (alive: number[]) => {
    try {
      fitSbg(alive);
      return 'none';
    } catch (e) {
      return (e as CrmError).text.en;
    }
  };
  expect(why([1000])).toBe('alive needs the cohort size and at least one later count.');
  expect(why([1000, 800, 900])).toBe('alive must not increase over time: value 3 is larger than value 2.');
  expect(why([1000, 1000, 1000])).toBe('Nobody left the cohort, so the churn distribution cannot be estimated.');
  expect(why([0, 0])).toMatch(/cohort size and must be positive/);
  expect(why([1000, 0, 0])).toMatch(/Everyone left in the first period/);
});
