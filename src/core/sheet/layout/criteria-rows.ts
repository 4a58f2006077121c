import type { Lang } from '../../errors';
import type { Criterion, Scorecard, Section } from '../../scorecard/model';
import { ratingOf } from '../../scorecard/ratings';
import { WEIGHT_TOLERANCE } from '../../scorecard/validate';
import { boundsOf, choicesOf, fullPointsOf, ruleOf, typedRating } from '../../scorecard/rules';
import { inLanguage } from '../../vocabulary';
import { absolute, address, rangeOf } from '../a1';
import { formulaNumber as n } from '../formula-text';
import { fields } from '../limit-messages';
import type { CellStyle, Validation } from '../plan';
import { statusFormula } from '../scoring-formulas';
import { label, pick, PERIOD_LABELS } from '../sheet-labels';
import { COLOURS, Draft, INPUT } from './draft';
import { FIRST_ROW, Geometry, monitored, periodOf } from './geometry';

/** Where the sections and criteria went, for the steps below them. */
export interface Rows {
  sections: number[];
  /** Row of each criterion, in card order. */
  criteria: { criterion: Criterion; section: number; index: number; row: number }[];
  /** Per section, the check that its criterion weights add up to 100 %. */
  weightChecks: string[];
  last: number;
}

/** The sheet's weights check, as validation counts it (String(1e-6) is "0.000001"). */
export const TOLERANCE = String(WEIGHT_TOLERANCE);

const TOP: CellStyle = { vAlign: 'top', border: true };
const TEXT: CellStyle = { wrap: true, ...TOP };

/** A rating cell's validation: a dropdown of its answers, or a number within its bounds. */
function ratingValidation(c: Criterion, range: string, lang: Lang): Validation | null {
  const list = choicesOf(c.scoring)?.map((x) => inLanguage(x.typed, lang));
  if (list) {
    // A literal list cannot hold commas or quotes and is capped at 255 characters; such rare
    // level ids are accepted without a dropdown rather than with a broken one.
    if (list.some((v) => /[,"]/.test(v)) || list.join(',').length > 255) return null;
    return { range, type: 'list', values: list, error: label('pickFromList', lang) };
  }
  const bounds = boundsOf(c.scoring);
  if (bounds) {
    const error = label('enterBetween', lang).replace('{min}', String(bounds.min)).replace('{max}', String(bounds.max));
    return { range, type: 'decimal', min: bounds.min, max: bounds.max, error };
  }
  return { range, type: 'decimal', error: label('enterNumber', lang) };
}

/** A section's band: its name, its weight (an input), and its subtotals. */
function writeSection(d: Draft, g: Geometry, card: Scorecard, lang: Lang, section: Section, sNo: number, row: number): void {
  const band: CellStyle = { bold: true, fill: COLOURS.section, border: true };
  const weightCol = g.col('weight');
  const first = row + 1;
  const last = row + section.criteria.length;
  d.put(row, 1, { value: pick(section.name, lang), source: fields.sectionName(sNo) }, band);
  for (let c = 2; c < weightCol; c++) d.put(row, c, { value: null }, band);
  d.put(row, weightCol, { value: section.weight }, { ...INPUT, bold: true, numFmt: '0.0%' });
  d.inputs.sectionWeights.push({ sectionId: section.id, cell: address(row, weightCol) });
  d.validations.push({ range: address(row, weightCol), type: 'decimal', min: 0, max: 1, error: label('weightBetween', lang) });
  d.put(row, g.col('effective'), { formula: `SUM(${rangeOf(first, g.col('effective'), last, g.col('effective'))})` }, { ...band, numFmt: '0.0%' });
  d.put(row, g.col('max'), { formula: `SUM(${rangeOf(first, g.col('max'), last, g.col('max'))})` }, { ...band, numFmt: '0.0' });
  for (let j = 0; j < g.candidates; j++) {
    d.put(row, g.ratingCol(j), { value: null }, band);
    d.put(row, g.pointsCol(j), { formula: `SUM(${rangeOf(first, g.pointsCol(j), last, g.pointsCol(j))})` }, { ...band, numFmt: '0.0' });
    d.outputs.sectionPoints.push({ sectionId: section.id, candidateId: card.candidates[j].id, cell: address(row, g.pointsCol(j)) });
    if (g.hasStatus) d.put(row, g.statusCol(j), { value: null }, band);
  }
}

interface Place {
  section: Section;
  sectionRow: number;
  /** Section and criterion numbers as a user counts them, for messages. */
  at: readonly [number, number];
  row: number;
}

/** A criterion's row: what it is, its weights, each candidate's rating, points and status. */
function writeCriterion(d: Draft, g: Geometry, card: Scorecard, lang: Lang, c: Criterion, { section, sectionRow, at, row }: Place): void {
  const s = c.scoring;
  const rule = ruleOf(s);
  const shown = pick(c.name, lang);
  const weightCol = g.col('weight');
  // A name is a name: that the criterion was rebuilt is said in a note on it and in the notes.
  const comment = c.reconstructed ? { comment: label('reconstructedComment', lang) } : {};
  d.put(row, g.col('name'), { value: shown, source: fields.criterionName(...at), ...comment }, TEXT);
  // The rule in the points this row awards, as its points formula counts them.
  const worth = c.weight * section.weight * card.totalPoints;
  d.put(row, g.col('details'), { value: rule.text(s, lang, worth), source: fields.scoring(...at, shown) }, TEXT);
  if (g.info.includes('source'))
    d.put(row, g.col('source'), { value: c.source ? pick(c.source, lang) : null, source: fields.criterionSource(...at, shown) }, TEXT);
  if (g.info.includes('appraiser'))
    d.put(row, g.col('appraiser'), { value: c.appraiser ? pick(c.appraiser, lang) : null, source: fields.appraiser(...at, shown) }, TEXT);
  if (g.info.includes('period')) {
    const period = periodOf(c);
    d.put(row, g.col('period'), { value: period ? pick(PERIOD_LABELS[period], lang) : null }, TOP);
  }
  d.put(row, weightCol, { value: c.weight }, { ...INPUT, numFmt: '0.0%', vAlign: 'top' });
  d.inputs.criterionWeights.push({ criterionId: c.id, sectionId: section.id, cell: address(row, weightCol) });
  d.validations.push({ range: address(row, weightCol), type: 'decimal', min: 0, max: 1, error: label('weightBetween', lang) });
  d.put(row, g.col('effective'), { formula: `${address(row, weightCol)}*${absolute(sectionRow, weightCol)}` }, { numFmt: '0.0%', ...TOP });
  d.put(row, g.col('max'), { formula: `${address(row, g.col('effective'))}*${n(card.totalPoints)}` }, { numFmt: '0.0', ...TOP });

  const ratings = `${absolute(row, g.ratingCol(0))}:${absolute(row, g.ratingCol(g.candidates - 1))}`;
  const full = fullPointsOf(s);
  const formulaSource = rule.grades ? fields.levelIds(...at, shown) : fields.rule(...at, shown);
  card.candidates.forEach((cand, j) => {
    const x = address(row, g.ratingCol(j));
    const r = ratingOf(cand, c.id);
    d.put(
      row,
      g.ratingCol(j),
      { value: r === undefined ? null : typedRating(s, r, lang), source: fields.rating(j + 1, ...at, shown) },
      { ...INPUT, numFmt: rule.numberFormat(s), hAlign: 'center', vAlign: 'top' },
    );
    d.inputs.ratings.push({ criterionId: c.id, candidateId: cand.id, cell: x, scoring: s });
    const raw = rule.formula(s, x, ratings, lang);
    d.put(row, g.pointsCol(j), { formula: `${raw}/${n(full)}*${absolute(row, g.col('max'))}`, source: formulaSource }, { numFmt: '0.0', ...TOP });
    d.outputs.points.push({ criterionId: c.id, candidateId: cand.id, cell: address(row, g.pointsCol(j)) });
    if (!g.hasStatus) return;
    if (monitored(c)) {
      d.put(row, g.statusCol(j), { formula: statusFormula(s, x, ratings, lang, full), source: formulaSource }, { hAlign: 'center', ...TOP });
      d.outputs.statuses.push({ criterionId: c.id, candidateId: cand.id, cell: address(row, g.statusCol(j)) });
    } else d.put(row, g.statusCol(j), { value: null }, { border: true });
  });
  const v = ratingValidation(c, rangeOf(row, g.ratingCol(0), row, g.ratingCol(g.candidates - 1)), lang);
  if (v) d.validations.push(v);
}

/** One band per section followed by one row per criterion, from FIRST_ROW down. */
export function writeCriteriaRows(d: Draft, g: Geometry, card: Scorecard, lang: Lang): Rows {
  const out: Rows = { sections: [], criteria: [], weightChecks: [], last: 0 };
  const weightCol = g.col('weight');
  let row = FIRST_ROW;
  for (const [si, section] of card.sections.entries()) {
    const sectionRow = row++;
    out.sections.push(sectionRow);
    writeSection(d, g, card, lang, section, si + 1, sectionRow);
    out.weightChecks.push(`ABS(SUM(${rangeOf(row, weightCol, row + section.criteria.length - 1, weightCol)})-1)<${TOLERANCE}`);
    for (const [ci, c] of section.criteria.entries()) {
      writeCriterion(d, g, card, lang, c, { section, sectionRow, at: [si + 1, ci + 1], row });
      out.criteria.push({ criterion: c, section: si, index: ci, row: row++ });
    }
  }
  out.last = row - 1;
  return out;
}
