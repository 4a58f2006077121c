import type { LevelsScoring } from '../model';
import { formulaNumber as n, formulaString as q } from '../../sheet/formula-text';
import { inLanguage } from '../../vocabulary';
import { falling, notAbove, uniqueIds } from './checks';
import type { ScoringRule } from './rule';
import { awardedText } from './units';

/**
 * Graded levels with their standards (docs/seeds.md T1: the appraisal table's A–D). A rating
 * names a level by its id and earns the level's points.
 */

/** The seeds' four standards, as shares of full points (100/80/60/40 %). */
const STARTER_GRADES = [
  { id: 'A', share: 1, en: 'A — excellent', zh: 'A 优' },
  { id: 'B', share: 0.8, en: 'B — good', zh: 'B 良' },
  { id: 'C', share: 0.6, en: 'C — fair', zh: 'C 中' },
  { id: 'D', share: 0.4, en: 'D — poor', zh: 'D 差' },
];

/**
 * Excel reads what a user types into a General cell: a level id "2" picked from the dropdown
 * would become the number 2, "2024-05" a date. Level cells are formatted as text ("@") so
 * ids stay as picked; the points formula compares as text anyway, for numbers pasted in.
 */
export const TEXT_FORMAT = '@';

const array = (xs: readonly string[]) => `{${xs.join(',')}}`;

export const levelsRule: ScoringRule<LevelsScoring> = {
  type: 'levels',
  monitors: false,
  full: (s) => s.maxPoints,
  accepts: (s) => ({
    kind: 'choice',
    choices: s.levels.map((l) => ({ id: l.id, typed: { en: l.id, zh: l.id }, label: l.label, description: l.description })),
  }),
  check(s, path, report) {
    const over = notAbove(s.maxPoints, report);
    s.levels.forEach((l, i) => over(l.points, `${path}.levels[${i}].points`));
    falling(
      s.levels.map((l) => l.points),
      `${path}.levels`,
      report,
      true,
    );
    uniqueIds(
      s.levels.map((l, i) => ({ id: l.id, path: `${path}.levels[${i}].id` })),
      report,
    );
  },
  score: (s, ratings) =>
    ratings.map((v) => {
      const l = v === undefined ? undefined : s.levels.find((x) => x.id === v);
      return l ? { raw: l.points, grade: l.id } : null;
    }),
  // Level ids are compared as text on both sides: an id "2" typed or pasted into a cell Excel
  // reads as the number 2 still matches, as it does in read-back (String of the value).
  formula: (s, x) => `IFERROR(INDEX(${array(s.levels.map((l) => n(l.points)))},MATCH(${x}&"",${array(s.levels.map((l) => q(l.id)))},0)),0)`,
  text: (s, lang, points) =>
    s.levels.map((l) => `${inLanguage(l.label, lang)} (${awardedText(l.points, s.maxPoints, points)}): ${inLanguage(l.description, lang)}`).join('\n'),
  numberFormat: () => TEXT_FORMAT,
  grades: (s) => s.levels.map((l) => ({ label: l.label, share: l.points / s.maxPoints })),
  starter: (full) => ({
    type: 'levels',
    maxPoints: full,
    levels: STARTER_GRADES.map((g) => ({
      id: g.id,
      label: { en: g.en, zh: g.zh },
      description: { en: g.en, zh: g.zh },
      points: Math.round(full * g.share * 100) / 100,
    })),
  }),
};
