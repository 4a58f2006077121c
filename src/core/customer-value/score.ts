import { numError, type Text } from '../errors';
import { expectedSpend } from '../models/gamma-gamma';
import type { FittedModels } from './fit-step';
import { type CustomerValueSettings, periodDiscount } from './settings';
import type { Summary } from './summarise';

export const SEGMENTS = ['highActive', 'highAtRisk', 'low', 'lost'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SEGMENT_NAMES: Record<Segment, Text> = {
  highActive: { en: 'High value, active', zh: '高价值活跃' },
  highAtRisk: { en: 'High value, at risk', zh: '高价值有风险' },
  low: { en: 'Low value', zh: '低价值' },
  lost: { en: 'Likely lost', zh: '可能已流失' },
};

export interface Scores {
  pAlive: Float64Array;
  expected: Float64Array;
  pNone: Float64Array;
  spend: Float64Array;
  clv: Float64Array;
  /** Index into SEGMENTS. */
  segment: Uint8Array;
  /** The CLV from which a customer is high value (the cut the sheet states). */
  highFrom: number;
  discountPerPeriod: number;
}

/**
 * Scores every customer of the summary. CLV is the discrete-time sum of CRM.CLV.BGNBD
 * (clv-bgnbd.ts): Σ_{k=1..H} margin · E[M] · (E[Y(k)] − E[Y(k−1)]) / (1 + d)^k with d the
 * per-period rate of the yearly one. The sum depends on the customer only through (x, t_x, T),
 * and for the BG/NBD family its costly part only through (x, T), which summaries repeat a great
 * deal, so it is computed once per distinct key.
 */
export function score(s: Summary, fit: FittedModels, settings: CustomerValueSettings): Scores {
  const n = s.customers;
  const model = fit.purchases.model;
  const p = fit.purchases.params;
  const gg = fit.spend.params;
  if (!(gg.q > 1))
    throw numError({
      en: 'The spend model found no finite mean spend (q ≤ 1): CLV cannot be computed.',
      zh: '消费金额模型得出的平均消费不是有限值（q ≤ 1）：无法计算客户生命周期价值。',
    });
  const H = settings.horizon;
  const d = periodDiscount(settings);
  const factor = new Float64Array(H + 1);
  for (let k = 1; k <= H; k++) factor[k] = Math.pow(1 + d, -k);
  const out: Scores = {
    pAlive: new Float64Array(n),
    expected: new Float64Array(n),
    pNone: new Float64Array(n),
    spend: new Float64Array(n),
    clv: new Float64Array(n),
    segment: new Uint8Array(n),
    highFrom: 0,
    discountPerPeriod: d,
  };
  const discountedSum = (curve: (t: number) => number) => {
    let total = 0;
    let before = 0;
    for (let k = 1; k <= H; k++) {
      const now = curve(k);
      total += (now - before) * factor[k];
      before = now;
    }
    if (!Number.isFinite(total)) throw numError({ en: 'Expected purchases cannot be computed for this customer.', zh: '无法计算该客户的期望购买次数。' });
    return { discounted: total, expected: before };
  };
  // Keyed by (x, T) where the model splits E[Y] (the divisor carries t_x), else by (x, t_x, T).
  const split = model.split?.(p) ?? null;
  const cache = new Map<string, { discounted: number; expected: number }>();
  for (let i = 0; i < n; i++) {
    const x = s.x[i];
    const tx = s.tx[i];
    const T = s.T[i];
    const key = split ? `${x},${T}` : `${x},${tx},${T}`;
    let c = cache.get(key);
    if (!c) {
      c = discountedSum(split ? split.head(x, T) : model.purchases(p, x, tx, T));
      cache.set(key, c);
    }
    const divisor = split ? split.divisor(x, tx, T) : 1;
    out.pAlive[i] = model.pAlive(p, x, tx, T);
    out.expected[i] = c.expected / divisor;
    out.pNone[i] = model.pNoPurchase(p, x, tx, T, H);
    out.spend[i] = expectedSpend(gg, x, x > 0 ? s.monetary[i] : 0);
    out.clv[i] = (settings.margin * out.spend[i] * c.discounted) / divisor;
  }
  const sorted = Float64Array.from(out.clv).sort();
  const { highShare, activeFrom, lostBelow } = settings.segments;
  // The cut below which (1 − highShare) of customers fall; with highShare 0 nobody is high value.
  out.highFrom = highShare <= 0 ? Infinity : sorted[Math.min(n - 1, Math.max(0, Math.ceil(n * (1 - highShare)) - 1))];
  for (let i = 0; i < n; i++) {
    const a = out.pAlive[i];
    out.segment[i] = a < lostBelow ? 3 : out.clv[i] >= out.highFrom ? (a >= activeFrom ? 0 : 1) : 2;
  }
  return out;
}

/** The segment rule in words, with the numbers of this analysis, for the sheets. */
export function segmentRule(highFrom: number, settings: CustomerValueSettings, money: (v: number) => string): Text {
  const { activeFrom, lostBelow, highShare } = settings.segments;
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return {
    en: `Likely lost: P(alive) below ${pct(lostBelow)}. Otherwise high value: CLV of ${money(highFrom)} or more (the top ${pct(highShare)} of customers), active when P(alive) is ${pct(activeFrom)} or more, at risk below. Everyone else: low value.`,
    zh: `可能已流失：存活概率低于 ${pct(lostBelow)}。其余客户中，客户生命周期价值不低于 ${money(highFrom)}（前 ${pct(highShare)} 的客户）为高价值：存活概率不低于 ${pct(activeFrom)} 为活跃，低于则为有风险。其他客户：低价值。`,
  };
}
