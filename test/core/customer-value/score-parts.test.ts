import { BGNBD_MODEL, fitVerdict, invert, periodDiscount, score, segmentRule, DEFAULT_SETTINGS, checkSettings } from '../../../src/core/customer-value';
import { series2F1 } from '../../helpers/series-2f1';

const P = [0.243, 4.414, 0.793, 2.426];

test('P(no purchase in t) by hand: 1 − P(alive) + P(alive)·((α+T)/(α+T+t))^(r+x) for CDNOW customer 1 (x 2, t_x 30.43, T 38.86)', () => {
  // P(alive) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), FHL 2005 eq. 12.
  const alive = 1 / (1 + (0.793 / (2.426 + 1)) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 2.243));
  const none = 1 - alive + alive * Math.pow((4.414 + 38.86) / (4.414 + 38.86 + 52), 2.243);
  expect(BGNBD_MODEL.pAlive(P, 2, 30.43, 38.86)).toBeCloseTo(alive, 12);
  expect(BGNBD_MODEL.pNoPurchase(P, 2, 30.43, 38.86, 52)).toBeCloseTo(none, 12);
  // No time, no purchase; a one-off buyer is alive and buys nothing in t with probability (α+T)^r/(α+T+t)^r.
  expect(BGNBD_MODEL.pNoPurchase(P, 2, 30.43, 38.86, 0)).toBe(1);
  expect(BGNBD_MODEL.pNoPurchase(P, 0, 0, 10, 5)).toBeCloseTo(Math.pow(14.414 / 19.414, 0.243), 12);
});

test('the per-period discount is RATE.PERPERIOD: 10 % a year is 0.183 % a week (README example)', () => {
  expect(periodDiscount({ annualDiscount: 0.1, unit: 'week' })).toBeCloseTo(0.00183, 5);
  expect(periodDiscount({ annualDiscount: 0.1, unit: 'month' })).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 12);
});

test('invert: a 2×2 inverse by hand, and a singular matrix gives null', () => {
  expect(
    invert([
      [4, 7],
      [2, 6],
    ]),
  ).toEqual(
    [
      [0.6, -0.7],
      [-0.2, 0.4],
    ].map((r) => r.map((v) => expect.closeTo(v, 12))),
  );
  expect(
    invert([
      [1, 2],
      [2, 4],
    ]),
  ).toBeNull();
});

test('the verdict: a sharp likelihood is well determined; a flat direction is not pinned down, naming the parameter', () => {
  // ln L = −½ Σ (v_i / s_i)², whose standard errors on the log scale are s_i exactly.
  const quad = (s: number[]) => (v: readonly number[], g: number[]) => v.forEach((x, i) => (g[i] = -x / (s[i] * s[i])));
  const sharp = fitVerdict(['r', 'alpha'], [0, 0], quad([0.1, 0.2]));
  expect(sharp.determined).toBe(true);
  sharp.relativeSE.forEach((v, i) => expect(v).toBeCloseTo([0.1, 0.2][i], 6));
  expect(sharp.text.en).toBe('Well determined: every parameter is known to within ±20 % (one standard error).');
  const loose = fitVerdict(['r', 'alpha'], [0, 0], quad([0.1, 3]));
  expect(loose.determined).toBe(false);
  expect(loose.text.en).toMatch(/^The data do not pin this down: alpha could be/);
  expect(loose.text.zh).toMatch(/^数据不足以确定该模型：alpha/);
  // A parameter at the edge of the space (10^5) is not pinned down whatever the curvature says.
  expect(fitVerdict(['r', 'alpha'], [0, Math.log(1e5)], quad([0.1, 0.1])).determined).toBe(false);
});

test('the segment rule is written in words with its numbers; settings outside their range are refused by name', () => {
  expect(segmentRule(120, DEFAULT_SETTINGS, (v) => `$${v}`).en).toBe(
    'Likely lost: P(alive) below 20%. Otherwise high value: CLV of $120 or more (the top 20% of customers), active when P(alive) is 50% or more, at risk below. Everyone else: low value.',
  );
  expect(() => checkSettings({ ...DEFAULT_SETTINGS, margin: 1.5 })).toThrow('Margin: 1.5 must be between 0 and 1.');
  expect(() => checkSettings({ ...DEFAULT_SETTINGS, horizon: 0 })).toThrow(/Horizon/);
});

test('scores of customers who share frequency and T but not recency: E[Y] and CLV each from FHL 2005 eq. 10 by hand', () => {
  const [r, alpha, a, b] = P;
  // E[Y(t) | x, t_x, T] = [(a+b+x−1)/(a−1)] [1 − ((α+T)/(α+T+t))^{r+x} 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
  //                       / [1 + δ_{x>0} a/(b+x−1) ((α+T)/(α+t_x))^{r+x}]   (FHL 2005, eq. 10)
  const expected = (t: number, x: number, tx: number, T: number) =>
    (((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * series2F1(r + x, b + x, a + b + x - 1, t / (alpha + T + t)))) /
    (1 + (x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0));
  const customers = [
    [2, 30.43, 38.86],
    [2, 5, 38.86],
    [2, 38.86, 38.86],
    [0, 0, 38.86],
    [2, 30.43, 20],
  ];
  const summary = {
    customers: customers.length,
    customer: Int32Array.from(customers.keys()),
    x: Float64Array.from(customers.map((c) => c[0])),
    tx: Float64Array.from(customers.map((c) => c[1])),
    T: Float64Array.from(customers.map((c) => c[2])),
    monetary: Float64Array.from(customers.map((c) => (c[0] > 0 ? 20 : 0))),
    holdout: null,
    calibrationEnd: 0,
    holdoutEnd: null,
    unitDays: 7,
  };
  const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
  const verdict = { determined: true, relativeSE: [], text: { en: '', zh: '' } };
  const settings = { ...DEFAULT_SETTINGS, unit: 'week' as const, horizon: 10, annualDiscount: 0.1, margin: 0.5 };
  const out = score(summary, { purchases: { model: BGNBD_MODEL, params: P, logLik: 0, verdict }, spend: { params: gg, logLik: 0, verdict } }, settings);
  const d = periodDiscount(settings);
  customers.forEach(([x, tx, T], i) => {
    // Gamma-Gamma's expected spend (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 5).
    const spend = x > 0 ? ((gg.gamma + 20 * x) * gg.p) / (gg.p * x + gg.q - 1) : (gg.gamma * gg.p) / (gg.q - 1);
    let clv = 0;
    for (let k = 1; k <= 10; k++) clv += (0.5 * spend * (expected(k, x, tx, T) - expected(k - 1, x, tx, T))) / Math.pow(1 + d, k);
    expect(out.expected[i]).toBeCloseTo(expected(10, x, tx, T), 10);
    expect(out.clv[i]).toBeCloseTo(clv, 9);
  });
});
