import type { Lang } from './errors';

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
  onTrack: { en: 'on track', zh: '达标' },
  atRisk: { en: 'at risk', zh: '预警' },
  offTrack: { en: 'off track', zh: '未达标' },
} as const;

export type LabelKey = keyof typeof LABELS;

export const label = (key: LabelKey, lang: Lang): string => (lang === 'zh-CN' ? LABELS[key].zh : LABELS[key].en);
