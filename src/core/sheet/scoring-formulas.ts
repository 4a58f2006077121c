import type { Lang } from '../errors';
import type { Scoring } from '../scorecard/model';
import { ruleOf } from '../scorecard/rules';
import { formulaNumber as n, formulaString as q } from './formula-text';
import { label } from './sheet-labels';

/**
 * A KPI's status as an Excel 2010 formula: on track when the rating earns full points, at risk
 * when it earns some, off track otherwise, blank while the cell is. The points are the rule's
 * own formula (src/core/scorecard/rules), so the status never disagrees with the points.
 */
export function statusFormula(s: Scoring, x: string, row: string, lang: Lang, full: number): string {
  const raw = ruleOf(s).formula(s, x, row, lang);
  return `IF(ISNUMBER(${x}),IF(${raw}>=${n(full)},${q(label('onTrack', lang))},IF(${raw}>0,${q(label('atRisk', lang))},${q(label('offTrack', lang))})),"")`;
}
