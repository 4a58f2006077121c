import { requireAtLeast } from '../args';
import type { Lang } from '../errors';
import { label, LabelKey } from '../labels';

/**
 * Status of a KPI against its target (the KPI targets table of the source documents:
 * renewal ≥ 85%, churn ≤ 5%). "higher": the target is a floor; "lower": a ceiling. A miss
 * by no more than tolerance × |target| is "at risk", a larger one "off track".
 */
export type Direction = 'higher' | 'lower';

export function kpiStatusKey(actual: number, target: number, direction: Direction = 'higher', tolerance = 0.05): LabelKey {
  requireAtLeast('tolerance', tolerance, 0);
  const shortfall = direction === 'higher' ? target - actual : actual - target;
  if (shortfall <= 0) return 'onTrack';
  return shortfall <= tolerance * Math.abs(target) ? 'atRisk' : 'offTrack';
}

export const kpiStatus = (actual: number, target: number, direction: Direction, tolerance: number, lang: Lang): string =>
  label(kpiStatusKey(actual, target, direction, tolerance), lang);
