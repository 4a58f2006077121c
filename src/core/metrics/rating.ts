import { numError } from '../errors';
import type { Lang } from '../errors';
import { label, LabelKey } from '../labels';

/**
 * Rating bands of the customer service quality template (客户服务质量评估指标模板):
 * service quality 1–10 (9–10 excellent, 7–8 good, 5–6 pass, 1–4 fail) and CSAT 0–100
 * (90–100 very satisfied, 70–89 satisfied, 50–69 neutral, 0–49 dissatisfied).
 */
export type RatingScale = 'service' | 'csat';

const BANDS: Record<RatingScale, { min: number; max: number; bands: [number, LabelKey][] }> = {
  service: {
    min: 1,
    max: 10,
    bands: [
      [9, 'excellent'],
      [7, 'good'],
      [5, 'pass'],
      [-Infinity, 'fail'],
    ],
  },
  csat: {
    min: 0,
    max: 100,
    bands: [
      [90, 'verySatisfied'],
      [70, 'satisfied'],
      [50, 'neutral'],
      [-Infinity, 'dissatisfied'],
    ],
  },
};

export function rating(value: number, scale: RatingScale, lang: Lang): string {
  const { min, max, bands } = BANDS[scale];
  if (value < min || value > max)
    throw numError({
      en: `value must lie between ${min} and ${max} on the ${scale} scale; got ${value}.`,
      zh: `${scale} 量表的 value 必须介于 ${min} 与 ${max} 之间；当前为 ${value}。`,
    });
  const band = bands.find(([from]) => value >= from)!;
  return label(band[1], lang);
}
