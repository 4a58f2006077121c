import { BGNBD_MODEL, fitVerdict, invert, periodDiscount, segmentRule, DEFAULT_SETTINGS, checkSettings } from '../../../src/core/customer-value';

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
