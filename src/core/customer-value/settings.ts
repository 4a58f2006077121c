import { numError, type Text } from '../errors';
import { perPeriodRate } from '../models/period-rate';
import { MAX_HORIZON } from '../models/clv-bgnbd';
import { cvMessages as m } from './messages';

export type TimeUnit = 'day' | 'week' | 'month';

/** A month is a twelfth of the mean calendar year (365.25 / 12 days), as RATE.PERPERIOD counts years. */
export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 365.25 / 12 };

/**
 * Everything an analysis needs besides the table; stored with the results so Refresh reruns it.
 * Segments: "likely lost" below `lostBelow` P(alive); otherwise "high value" from `highFrom`
 * CLV up, "active" from `activeFrom` P(alive) up.
 */
export interface CustomerValueSettings {
  model: string;
  /** Whole-day serials; null: the last date of the table. */
  calibrationEnd: number | null;
  holdoutEnd: number | null;
  unit: TimeUnit;
  /** Periods of `unit` ahead. */
  horizon: number;
  /** Discount rate per year, 0.1 = 10 %. */
  annualDiscount: number;
  /** Share of spend that is profit, 0–1; 1 gives CLV as revenue. */
  margin: number;
  segments: { highShare: number; activeFrom: number; lostBelow: number };
}

export const DEFAULT_SETTINGS: CustomerValueSettings = {
  model: 'bgnbd',
  calibrationEnd: null,
  holdoutEnd: null,
  unit: 'week',
  horizon: 52,
  annualDiscount: 0.1,
  margin: 1,
  segments: { highShare: 0.2, activeFrom: 0.5, lostBelow: 0.2 },
};

export const SETTING_NAMES = {
  horizon: { en: 'Horizon', zh: '预测期' },
  annualDiscount: { en: 'Discount rate per year', zh: '年折现率' },
  margin: { en: 'Margin', zh: '利润率' },
  highShare: { en: 'High value share', zh: '高价值客户占比' },
  activeFrom: { en: 'Active from P(alive)', zh: '活跃的存活概率下限' },
  lostBelow: { en: 'Lost below P(alive)', zh: '流失的存活概率上限' },
} satisfies Record<string, Text>;

const between = (name: Text, v: number, lo: number, hi: number) => {
  if (!(v >= lo && v <= hi)) throw numError(m.badSetting(name, { en: `${v} must be between ${lo} and ${hi}.`, zh: `${v} 必须介于 ${lo} 与 ${hi} 之间。` }));
};

/** Refuses settings no analysis can use, naming the setting. */
export function checkSettings(s: CustomerValueSettings): void {
  if (!Number.isInteger(s.horizon) || s.horizon < 1 || s.horizon > MAX_HORIZON)
    throw numError(
      m.badSetting(SETTING_NAMES.horizon, {
        en: `${s.horizon} must be a whole number from 1 to ${MAX_HORIZON}.`,
        zh: `${s.horizon} 必须是 1 到 ${MAX_HORIZON} 之间的整数。`,
      }),
    );
  between(SETTING_NAMES.annualDiscount, s.annualDiscount, 0, 10);
  between(SETTING_NAMES.margin, s.margin, 0, 1);
  between(SETTING_NAMES.highShare, s.segments.highShare, 0, 1);
  between(SETTING_NAMES.activeFrom, s.segments.activeFrom, 0, 1);
  between(SETTING_NAMES.lostBelow, s.segments.lostBelow, 0, s.segments.activeFrom);
}

/** The per-period discount rate the yearly one implies (CRM.RATE.PERPERIOD). */
export const periodDiscount = (s: Pick<CustomerValueSettings, 'annualDiscount' | 'unit'>): number => perPeriodRate(s.annualDiscount, UNIT_DAYS[s.unit]);
