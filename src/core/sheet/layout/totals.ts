import type { Lang } from '../../errors';
import type { Scorecard } from '../../scorecard/model';
import { Grade, gradeCuts, gradeScaleOf } from '../../scorecard/overall-grade';
import { absolute, address, rangeOf } from '../a1';
import { formulaNumber as n, formulaString as q } from '../formula-text';
import { fields } from '../limit-messages';
import { label, pick } from '../sheet-labels';
import type { Rows } from './criteria-rows';
import { TOLERANCE } from './criteria-rows';
import { COLOURS, Draft, STRONG } from './draft';
import { FIRST_ROW, Geometry } from './geometry';

/** The overall grade as nested IFs over the cuts the engine uses (src/core/scorecard/overall-grade.ts). */
function gradeFormula(totalCell: string, totalPoints: number, grades: readonly Grade[], lang: Lang): string {
  const cuts = gradeCuts(grades);
  let f = q(pick(grades[grades.length - 1].label, lang));
  for (let i = grades.length - 2; i >= 0; i--) f = `IF(${totalCell}/${n(totalPoints)}>=${n(cuts[i])},${q(pick(grades[i].label, lang))},${f})`;
  return f;
}

/** Where the totals went, for the chart and the names. */
export interface TotalRows {
  total: number;
  rank: number;
  /** The row below the last one written. */
  next: number;
}

/** Total and rank of each candidate, and an appraisal's overall grade, under the criteria. */
export function writeTotals(d: Draft, g: Geometry, card: Scorecard, lang: Lang, rows: Rows): TotalRows {
  let row = rows.last + 1;
  const total = row++;
  const rank = row++;
  const graded = gradeScaleOf(card);
  const grade = graded ? row++ : 0;
  d.put(total, 1, { value: label('total', lang) }, STRONG);
  d.put(rank, 1, { value: label('rank', lang) }, STRONG);
  if (graded) d.put(grade, 1, { value: label('grade', lang) }, STRONG);
  const totalsAbs = `${absolute(total, g.pointsCol(0))}:${absolute(total, g.pointsCol(g.candidates - 1))}`;
  card.candidates.forEach((cand, j) => {
    const c = g.pointsCol(j);
    const t = address(total, c);
    d.put(
      total,
      c,
      { formula: `ROUND(SUM(${rows.sections.map((r) => address(r, c)).join(',')}),9)`, source: fields.sections(card.sections.length) },
      { ...STRONG, numFmt: '0.0' },
    );
    d.outputs.totals.push({ candidateId: cand.id, cell: t });
    d.put(rank, c, { formula: `RANK(${t},${totalsAbs})` }, { ...STRONG, hAlign: 'center' });
    d.outputs.ranks.push({ candidateId: cand.id, cell: address(rank, c) });
    if (graded) {
      d.put(
        grade,
        c,
        {
          formula: gradeFormula(t, card.totalPoints, graded.grades, lang),
          source: fields.gradeLevels(graded.from.section, graded.from.criterion, pick(graded.from.name, lang)),
        },
        { ...STRONG, hAlign: 'center' },
      );
      d.outputs.grades.push({ candidateId: cand.id, cell: address(grade, c) });
    }
  });
  return { total, rank, next: row };
}

/** B3 turns red in the sheet's language when section or criterion weights stop adding up to 100 %. */
export function writeWeightsCheck(d: Draft, g: Geometry, card: Scorecard, lang: Lang, rows: Rows): void {
  const weightCol = g.col('weight');
  const all = `AND(ABS(SUM(${rows.sections.map((r) => address(r, weightCol)).join(',')})-1)<${TOLERANCE},${rows.weightChecks.join(',')})`;
  d.put(
    3,
    2,
    { formula: `IF(${all},${q(label('weightsOk', lang))},${q(label('weightsBad', lang))})`, source: fields.sections(card.sections.length) },
    { bold: true },
  );
  d.conditionalFormats.push({ range: 'B3', formula: `$B$3=${q(label('weightsBad', lang))}`, fill: COLOURS.bad, color: COLOURS.badText });
  d.conditionalFormats.push({ range: 'B3', formula: `$B$3=${q(label('weightsOk', lang))}`, fill: COLOURS.good, color: COLOURS.goodText });
}

/** Red, amber and green on the status block, keyed on the shared status words. */
export function writeStatusColours(d: Draft, g: Geometry, lang: Lang, rows: Rows): void {
  if (!g.hasStatus) return;
  const first = address(FIRST_ROW, g.statusCol(0));
  const range = rangeOf(FIRST_ROW, g.statusCol(0), rows.last, g.statusCol(g.candidates - 1));
  for (const [id, fill, color] of [
    ['onTrack', COLOURS.good, COLOURS.goodText],
    ['atRisk', COLOURS.warn, COLOURS.warnText],
    ['offTrack', COLOURS.bad, COLOURS.badText],
  ] as const)
    d.conditionalFormats.push({ range, formula: `${first}=${q(label(id, lang))}`, fill, color });
}
