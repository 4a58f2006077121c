import type { TargetScoring } from '../model';
import { formulaNumber as n } from '../../sheet/formula-text';
import { label } from '../../sheet/sheet-labels';
import { CLAUSE_SEPARATOR, filled, inLanguage, RATING_HINTS } from '../../vocabulary';
import { bandOf, checkBands } from './bands';
import { ordered } from './checks';
import type { ScoringRule } from './rule';
import { awardedText, percentHint, showValue, unitFormat } from './units';

/**
 * A numeric KPI against its target (docs/seeds.md T4, T5: renewal ≥ 85 %, churn ≤ 5 %). With
 * bands the first band the value reaches gives the points; without, meeting the target earns
 * full points and missing it nothing.
 */
const atLeast = (s: TargetScoring) => s.direction === 'at-least';

/** The bands that score, the target itself when none are listed. */
const scoringBands = (s: TargetScoring) => (s.bands.length > 0 ? s.bands : [{ id: '', label: { en: '', zh: '' }, threshold: s.target, points: s.maxPoints }]);

export const targetRule: ScoringRule<TargetScoring> = {
  type: 'target',
  monitors: true,
  full: (s) => s.maxPoints,
  accepts: (s) => ({
    kind: 'number',
    ...(s.range ? { bounds: s.range } : {}),
    hint: percentHint(filled(atLeast(s) ? RATING_HINTS.atLeast : RATING_HINTS.atMost, { target: s.target }), s.unit),
  }),
  check(s, path, report) {
    checkBands(s.bands, s.maxPoints, atLeast(s), true, path, report);
    if (s.range) ordered(s.range.min, s.range.max, `${path}.range`, report);
  },
  score: (s, ratings) =>
    ratings.map((v) => {
      if (typeof v !== 'number') return null;
      const b = bandOf(scoringBands(s), v, atLeast(s));
      return { raw: b ? b.points : 0, ...(b && s.bands.length > 0 ? { grade: b.id } : {}) };
    }),
  formula(s, x) {
    const cmp = atLeast(s) ? '>=' : '<=';
    const nested = scoringBands(s).reduceRight((acc, b) => `IF(${x}${cmp}${n(b.threshold)},${n(b.points)},${acc})`, '0');
    return `IF(ISNUMBER(${x}),${nested},0)`;
  },
  text(s, lang, points) {
    const cmp = atLeast(s) ? '≥' : '≤';
    const shown = (x: number) => awardedText(x, s.maxPoints, points);
    // Without bands, meeting the target is what earns the points.
    const head = `${label('target', lang)} ${cmp} ${showValue(s.target, s.unit)}${s.bands.length === 0 && points !== undefined ? ` → ${shown(s.maxPoints)}` : ''}`;
    const bands = s.bands.map((b) => `${inLanguage(b.label, lang)} ${cmp} ${showValue(b.threshold, s.unit)} → ${shown(b.points)}`);
    return [head, ...bands].join(inLanguage(CLAUSE_SEPARATOR, lang));
  },
  numberFormat: (s) => unitFormat(s.unit),
  period: (s) => s.period,
  starter: (full) => ({ type: 'target', maxPoints: full, direction: 'at-least', target: 0.85, unit: 'percent', bands: [] }),
};
