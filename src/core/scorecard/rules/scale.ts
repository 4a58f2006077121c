import type { ScaleScoring } from '../model';
import { label } from '../../sheet/sheet-labels';
import { scorecardMessages as m } from '../messages';
import { CLAUSE_SEPARATOR, filled, inLanguage, RATING_HINTS } from '../../vocabulary';
import { bandOf, checkBands } from './bands';
import { ordered } from './checks';
import type { ScoringRule } from './rule';
import { awardedText, shortNumber } from './units';

/**
 * A plain rating scale such as 1–5 or 1–10: the rating is the points, so a 4 on a 1–5 scale
 * is 80 %, as CRM.SCORE with max_rating counts. Bands only name ranges of the scale.
 */
export const scaleRule: ScoringRule<ScaleScoring> = {
  type: 'scale',
  monitors: false,
  full: (s) => s.max,
  accepts: (s) => ({ kind: 'number', bounds: { min: s.min, max: s.max }, hint: filled(RATING_HINTS.scale, { min: s.min, max: s.max }) }),
  check(s, path, report) {
    checkBands(s.bands ?? [], s.max, true, false, path, report);
    ordered(s.min, s.max, path, report);
    if (s.min < 0) report(`${path}.min`, m.tooSmall(`${path}.min`, 0, true, 'number'));
  },
  score: (s, ratings) =>
    ratings.map((v) => {
      if (typeof v !== 'number') return null;
      const b = s.bands ? bandOf(s.bands, v, true) : undefined;
      return { raw: v, ...(b ? { grade: b.id } : {}) };
    }),
  formula: (_s, x) => `IF(ISNUMBER(${x}),${x},0)`,
  text(s, lang, points) {
    // The rating is typed on the scale, so the scale stays, followed by what a rating earns.
    const scale = `${label('scale', lang)} ${shortNumber(s.min)}–${shortNumber(s.max)}`;
    const earns =
      points === undefined
        ? []
        : [
            label('scaleEarns', lang)
              .replace('{max}', shortNumber(s.max))
              .replace('{points}', awardedText(s.max, s.max, points)),
          ];
    const head = [scale, ...earns].join(inLanguage(CLAUSE_SEPARATOR, lang));
    const bands = (s.bands ?? []).map((b) => `${inLanguage(b.label, lang)} ≥ ${shortNumber(b.threshold)}`);
    return [head, ...bands].join(inLanguage(CLAUSE_SEPARATOR, lang));
  },
  numberFormat: () => 'General',
  starter: (full) => ({ type: 'scale', min: 1, max: full >= 2 ? full : 5 }),
};
