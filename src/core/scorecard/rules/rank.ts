import type { RankScoring } from '../model';
import { formulaNumber as n } from '../../sheet/formula-text';
import { CLAUSE_SEPARATOR, inLanguage, RATING_HINTS } from '../../vocabulary';
import { label } from '../../sheet/sheet-labels';
import { rankPoints } from '../rank-points';
import { falling, notAbove } from './checks';
import type { ScoringRule } from './rule';
import { awardedText, percentHint, unitFormat } from './units';

/**
 * Rule R3 费用低者得5分,中间者得4分,高者得3分 (docs/seeds.md T2): values ranked across the
 * candidates that rated the criterion; the best earns the first points, the worst the last,
 * everything between the middle ones; ties share the better points (rank-points.ts).
 */
export const rankRule: ScoringRule<RankScoring> = {
  type: 'rank',
  monitors: false,
  full: (s) => s.maxPoints,
  accepts: (s) => ({ kind: 'number', hint: percentHint(s.order === 'asc' ? RATING_HINTS.lower : RATING_HINTS.higher, s.unit) }),
  check(s, path, report) {
    const over = notAbove(s.maxPoints, report);
    s.points.forEach((p, i) => over(p, `${path}.points[${i}]`));
    falling(s.points, `${path}.points`, report);
  },
  score(s, ratings) {
    const rated = ratings.flatMap((v, i) => (typeof v === 'number' ? [i] : []));
    const points = rankPoints(
      rated.map((i) => ratings[i] as number),
      s.points,
      s.order,
    );
    const out: ({ raw: number } | null)[] = ratings.map(() => null);
    rated.forEach((i, k) => (out[i] = { raw: points[k] }));
    return out;
  },
  formula(s, x, row) {
    const p = s.points;
    if (p.length === 1) return `IF(ISNUMBER(${x}),${n(p[0])},0)`;
    const [better, worse] = s.order === 'asc' ? ['"<"', '">"'] : ['">"', '"<"'];
    const ahead = `COUNTIF(${row},${better}&${x})`;
    const behind = `COUNTIF(${row},${worse}&${x})`;
    const middle = `INDEX({${p.map(n).join(',')}},MIN(${ahead},${Math.max(p.length - 2, 1)})+1)`;
    return `IF(ISNUMBER(${x}),IF(${ahead}=0,${n(p[0])},IF(${behind}=0,${n(p[p.length - 1])},${middle})),0)`;
  },
  text(s, lang, points) {
    const p = s.points;
    const shown = (x: number) => awardedText(x, s.maxPoints, points);
    const head = `${label(s.order === 'asc' ? 'lowerBetter' : 'higherBetter', lang)} ${shown(p[0])}`;
    const middle = p.slice(1, -1).map((x) => `${label('then', lang)} ${shown(x)}`);
    const last = p.length > 1 ? [`${label('last', lang)} ${shown(p[p.length - 1])}`] : [];
    return [head, ...middle, ...last].join(inLanguage(CLAUSE_SEPARATOR, lang));
  },
  numberFormat: (s) => unitFormat(s.unit),
  // R3's 5/4/3 for the lowest, middle and highest fee.
  starter: () => ({ type: 'rank', maxPoints: 5, points: [5, 4, 3], order: 'asc', unit: 'currency' }),
};
