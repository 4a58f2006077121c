import type { Lang } from './errors';
import { inLanguage, KPI_STATUS } from './vocabulary';

/** Labels that functions return as values (rating bands, KPI status), in both languages. */
export const LABELS = {
  excellent: { en: 'excellent', zh: '优秀' },
  good: { en: 'good', zh: '良好' },
  pass: { en: 'pass', zh: '合格' },
  fail: { en: 'fail', zh: '不合格' },
  verySatisfied: { en: 'very satisfied', zh: '非常满意' },
  satisfied: { en: 'satisfied', zh: '满意' },
  neutral: { en: 'neutral', zh: '一般' },
  dissatisfied: { en: 'dissatisfied', zh: '不满意' },
  ...KPI_STATUS,
} as const;

export type LabelKey = keyof typeof LABELS;

export const label = (key: LabelKey, lang: Lang): string => inLanguage(LABELS[key], lang);
