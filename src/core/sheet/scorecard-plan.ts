import { WEIGHT_TOLERANCE } from '../scorecard/validate';
import { Lang, Text, valueError } from '../errors';
import { Criterion, Scorecard, Scoring } from '../scorecard/model';
import { boundsOf, choicesOf, fullPointsOf, ruleOf, typedRating } from '../scorecard/rules';
import type { ValidScorecard } from '../scorecard/validate';
import { ratingOf } from '../scorecard/ratings';
import { absolute, address, rangeOf } from './a1';
import { formulaNumber as n, formulaString as q } from './formula-text';
import { fields } from './limit-messages';
import type { CellStyle, CellValue, ChartPlan, ConditionalFormat, PlanCell, SheetPlan, Validation } from './plan';
import { statusFormula } from './scoring-formulas';
import { label, pick, PERIOD_LABELS } from './sheet-labels';
import { inLanguage } from '../vocabulary';
import { TEXT_FORMAT } from '../scorecard/rules/levels';

/**
 * The layout of a generated scorecard sheet, one for every kind:
 *
 *   1  title
 *   2  department · full marks
 *   3  weights check (turns red when weights do not sum to 100 %)
 *   4  how to use the sheet
 *   5  block headers: Ratings | Points | Status
 *   6  column headers; candidate names (editable) above their ratings
 *   7… one row per section (its weight, its subtotals), then one row per criterion
 *      Total, Rank (and Overall grade for appraisals), notes, chart
 *
 * Ratings, weights and candidate names are the inputs (yellow); everything else is a native
 * formula, so the sheet keeps computing without the add-in. Ratings sit in one block and
 * points in another so that rank rules (COUNTIF over a row) and ranks (RANK over the totals)
 * work on contiguous ranges.
 */
export interface RatingInput {
  criterionId: string;
  candidateId: string;
  cell: string;
  scoring: Scoring;
}

export interface ScorecardLayout {
  plan: SheetPlan;
  /** Cells a user edits and read-back reads. */
  inputs: {
    ratings: RatingInput[];
    criterionWeights: { criterionId: string; sectionId: string; cell: string }[];
    sectionWeights: { sectionId: string; cell: string }[];
    candidateNames: { candidateId: string; cell: string }[];
  };
  /** Cells the formulas compute, for tests and readers. */
  outputs: {
    points: { criterionId: string; candidateId: string; cell: string }[];
    sectionPoints: { sectionId: string; candidateId: string; cell: string }[];
    totals: { candidateId: string; cell: string }[];
    ranks: { candidateId: string; cell: string }[];
    statuses: { criterionId: string; candidateId: string; cell: string }[];
    grades: { candidateId: string; cell: string }[];
    weightsCheck: string;
  };
}

const FIRST_ROW = 7;
const COLOURS = {
  title: '1F3864',
  header: '1F4E78',
  headerText: 'FFFFFF',
  section: 'D9E1F2',
  input: 'FFF2CC',
  total: 'E2EFDA',
  good: 'C6EFCE',
  goodText: '006100',
  warn: 'FFEB9C',
  warnText: '9C5700',
  bad: 'FFC7CE',
  badText: '9C0006',
};
// The one weights tolerance, as the sheet's check writes it (String(1e-6) is "0.000001").
const TOLERANCE = String(WEIGHT_TOLERANCE);

const linkIdPattern = /^[A-Za-z0-9]{4,32}$/;

/** The workbook-level name that ties a generated sheet to its stored definition. */
export const linkName = (linkId: string): string => `CRM_SC_${linkId}`;

type InfoColumn = 'name' | 'details' | 'source' | 'appraiser' | 'period' | 'weight' | 'effective' | 'max';

function ratingValue(s: Scoring, r: string | number | undefined, lang: Lang): CellValue {
  return r === undefined ? null : typedRating(s, r, lang);
}

function ratingValidation(s: Scoring, range: string, lang: Lang): Validation | null {
  const list = choicesOf(s)?.map((c) => inLanguage(c.typed, lang));
  if (list) {
    // A literal list cannot hold commas or quotes and is capped at 255 characters; such rare
    // level ids are accepted without a dropdown rather than with a broken one.
    if (list.some((v) => /[,"]/.test(v)) || list.join(',').length > 255) return null;
    return { range, type: 'list', values: list, error: label('pickFromList', lang) };
  }
  const bounds = boundsOf(s);
  if (bounds) {
    const error = label('enterBetween', lang).replace('{min}', String(bounds.min)).replace('{max}', String(bounds.max));
    return { range, type: 'decimal', min: bounds.min, max: bounds.max, error };
  }
  return { range, type: 'decimal', error: label('enterNumber', lang) };
}

/** The first graded criterion, whose levels an appraisal's overall grade is read on. */
function gradedCriterion(card: Scorecard): { grades: { label: Text; share: number }[]; field: (lang: Lang) => Text } | null {
  for (const [si, section] of card.sections.entries())
    for (const [ci, c] of section.criteria.entries()) {
      const grades = ruleOf(c.scoring).grades?.(c.scoring);
      if (grades) return { grades, field: (lang) => fields.gradeLevels(si + 1, ci + 1, pick(c.name, lang)) };
    }
  return null;
}

/** Nearest grade: total share 0.9 and levels 100/80/60/40 % → A (cut halfway between levels). */
function gradeFormula(totalCell: string, totalPoints: number, grades: { label: Text; share: number }[], lang: Lang): string {
  let f = q(pick(grades[grades.length - 1].label, lang));
  for (let i = grades.length - 2; i >= 0; i--) {
    const cut = (grades[i].share + grades[i + 1].share) / 2;
    f = `IF(${totalCell}/${n(totalPoints)}>=${n(Math.round(cut * 1e12) / 1e12)},${q(pick(grades[i].label, lang))},${f})`;
  }
  return f;
}

export function buildScorecardLayout(card: ValidScorecard, lang: Lang, linkId: string): ScorecardLayout {
  if (!linkIdPattern.test(linkId)) throw new Error(`bad link id ${linkId}`);
  if (card.candidates.length === 0)
    throw valueError({ en: 'Add at least one candidate before generating the sheet.', zh: '生成工作表前请至少添加一个考评对象。' });

  const criteria = card.sections.flatMap((s) => s.criteria);
  const any = (p: (c: Criterion) => boolean) => criteria.some(p);
  // A KPI sheet monitors targets; a 'kpi' card rated on plain scales (T6, a capability
  // appraisal) reads better in the appraisal layout: criteria, ratings, totals and a bar chart.
  const monitored = (c: Criterion) => ruleOf(c.scoring).monitors;
  const isKpi = card.kind === 'kpi' && any(monitored);
  const info: InfoColumn[] = ['name', 'details'];
  if (any((c) => c.source !== undefined)) info.push('source');
  if (any((c) => c.appraiser !== undefined)) info.push('appraiser');
  const periodOf = (c: Criterion) => ruleOf(c.scoring).period?.(c.scoring);
  if (any((c) => periodOf(c) !== undefined)) info.push('period');
  info.push('weight', 'effective', 'max');
  const col = (c: InfoColumn) => info.indexOf(c) + 1;
  const k = card.candidates.length;
  const ratingCol = (j: number) => info.length + 1 + j;
  const pointsCol = (j: number) => info.length + 1 + k + j;
  const hasStatus = any(monitored);
  const statusCol = (j: number) => info.length + 1 + 2 * k + j;
  const lastCol = info.length + (hasStatus ? 3 : 2) * k;

  const cells: PlanCell[] = [];
  const put = (row: number, c: number, content: { value?: CellValue; formula?: string; source?: Text }, style?: CellStyle) =>
    cells.push({ row, col: c, ...content, ...(style ? { style } : {}) });
  const validations: Validation[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const merges: string[] = [];
  const layout: ScorecardLayout['inputs'] = { ratings: [], criterionWeights: [], sectionWeights: [], candidateNames: [] };
  const outputs: ScorecardLayout['outputs'] = { points: [], sectionPoints: [], totals: [], ranks: [], statuses: [], grades: [], weightsCheck: 'B3' };

  const header: CellStyle = { bold: true, fill: COLOURS.header, color: COLOURS.headerText, hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
  const input: CellStyle = { fill: COLOURS.input, border: true };

  // Title and preamble.
  put(1, 1, { value: pick(card.title, lang), source: fields.title() }, { bold: true, size: 16, color: COLOURS.title });
  merges.push(rangeOf(1, 1, 1, lastCol));
  const sub = [card.department ? `${label('department', lang)}: ${pick(card.department, lang)}` : null, `${label('totalPoints', lang)}: ${card.totalPoints}`]
    .filter((x) => x !== null)
    .join(lang === 'zh-CN' ? ';' : ' · ');
  put(2, 1, { value: sub, source: fields.department() }, { italic: true });
  merges.push(rangeOf(2, 1, 2, lastCol));
  put(3, 1, { value: label('weightsCheck', lang) }, { bold: true });
  put(4, 1, { value: label('instructions', lang) }, { italic: true, wrap: true });
  merges.push(rangeOf(4, 1, 4, lastCol));

  // Headers.
  put(5, ratingCol(0), { value: label(isKpi ? 'actuals' : 'ratings', lang) }, header);
  merges.push(rangeOf(5, ratingCol(0), 5, ratingCol(k - 1)));
  put(5, pointsCol(0), { value: label('points', lang) }, header);
  merges.push(rangeOf(5, pointsCol(0), 5, pointsCol(k - 1)));
  if (hasStatus) {
    put(5, statusCol(0), { value: label('status', lang) }, header);
    merges.push(rangeOf(5, statusCol(0), 5, statusCol(k - 1)));
  }
  const infoHeaders: Record<InfoColumn, string> = {
    name: label(isKpi ? 'kpi' : 'criterion', lang),
    details: label(card.kind === 'appraisal' ? 'standards' : isKpi ? 'target' : 'rule', lang),
    source: label('source', lang),
    appraiser: label('appraiser', lang),
    period: label('period', lang),
    weight: label('weight', lang),
    effective: label('effectiveWeight', lang),
    max: label('maxPoints', lang),
  };
  info.forEach((c, i) => put(6, i + 1, { value: infoHeaders[c] }, header));
  card.candidates.forEach((cand, j) => {
    // Text format: a name typed over it later ("2024") stays a name, as it does here.
    put(
      6,
      ratingCol(j),
      { value: pick(cand.name, lang), source: fields.candidateName(j + 1) },
      { ...input, bold: true, hAlign: 'center', wrap: true, numFmt: TEXT_FORMAT },
    );
    layout.candidateNames.push({ candidateId: cand.id, cell: address(6, ratingCol(j)) });
    put(6, pointsCol(j), { formula: address(6, ratingCol(j)) }, header);
    if (hasStatus) put(6, statusCol(j), { formula: address(6, ratingCol(j)) }, header);
  });

  // Sections and criteria.
  let row = FIRST_ROW;
  const sectionRows: number[] = [];
  const weightChecks: string[] = [];
  const weightCol = col('weight');
  for (const [si, section] of card.sections.entries()) {
    const sNo = si + 1;
    const sRow = row++;
    sectionRows.push(sRow);
    const band: CellStyle = { bold: true, fill: COLOURS.section, border: true };
    put(sRow, 1, { value: pick(section.name, lang), source: fields.sectionName(sNo) }, band);
    for (let c = 2; c < weightCol; c++) put(sRow, c, { value: null }, band);
    put(sRow, weightCol, { value: section.weight }, { ...input, bold: true, numFmt: '0.0%' });
    layout.sectionWeights.push({ sectionId: section.id, cell: address(sRow, weightCol) });
    validations.push({ range: address(sRow, weightCol), type: 'decimal', min: 0, max: 1, error: label('weightBetween', lang) });
    const first = row;
    const last = row + section.criteria.length - 1;
    put(sRow, col('effective'), { formula: `SUM(${rangeOf(first, col('effective'), last, col('effective'))})` }, { ...band, numFmt: '0.0%' });
    put(sRow, col('max'), { formula: `SUM(${rangeOf(first, col('max'), last, col('max'))})` }, { ...band, numFmt: '0.0' });
    for (let j = 0; j < k; j++) {
      put(sRow, ratingCol(j), { value: null }, band);
      put(sRow, pointsCol(j), { formula: `SUM(${rangeOf(first, pointsCol(j), last, pointsCol(j))})` }, { ...band, numFmt: '0.0' });
      outputs.sectionPoints.push({ sectionId: section.id, candidateId: card.candidates[j].id, cell: address(sRow, pointsCol(j)) });
      if (hasStatus) put(sRow, statusCol(j), { value: null }, band);
    }
    weightChecks.push(`ABS(SUM(${rangeOf(first, weightCol, last, weightCol)})-1)<${TOLERANCE}`);

    for (const [ci, c] of section.criteria.entries()) {
      const r = row++;
      const s = c.scoring;
      const shown = pick(c.name, lang);
      const at = [sNo, ci + 1] as const;
      // Some template names already say they were rebuilt; do not say it twice.
      const name = c.reconstructed && !/reconstructed|重建/i.test(shown) ? `${shown} ${label('reconstructed', lang)}` : shown;
      put(r, col('name'), { value: name, source: fields.criterionName(...at) }, { wrap: true, vAlign: 'top', border: true });
      put(r, col('details'), { value: ruleOf(s).text(s, lang), source: fields.scoring(...at, shown) }, { wrap: true, vAlign: 'top', border: true });
      if (info.includes('source'))
        put(
          r,
          col('source'),
          { value: c.source ? pick(c.source, lang) : null, source: fields.criterionSource(...at, shown) },
          { wrap: true, vAlign: 'top', border: true },
        );
      if (info.includes('appraiser'))
        put(
          r,
          col('appraiser'),
          { value: c.appraiser ? pick(c.appraiser, lang) : null, source: fields.appraiser(...at, shown) },
          { wrap: true, vAlign: 'top', border: true },
        );
      if (info.includes('period')) {
        const period = periodOf(c);
        const p = period ? pick(PERIOD_LABELS[period], lang) : null;
        put(r, col('period'), { value: p }, { vAlign: 'top', border: true });
      }
      put(r, weightCol, { value: c.weight }, { ...input, numFmt: '0.0%', vAlign: 'top' });
      layout.criterionWeights.push({ criterionId: c.id, sectionId: section.id, cell: address(r, weightCol) });
      validations.push({ range: address(r, weightCol), type: 'decimal', min: 0, max: 1, error: label('weightBetween', lang) });
      put(r, col('effective'), { formula: `${address(r, weightCol)}*${absolute(sRow, weightCol)}` }, { numFmt: '0.0%', vAlign: 'top', border: true });
      put(r, col('max'), { formula: `${address(r, col('effective'))}*${n(card.totalPoints)}` }, { numFmt: '0.0', vAlign: 'top', border: true });

      const ratings = `${absolute(r, ratingCol(0))}:${absolute(r, ratingCol(k - 1))}`;
      const full = fullPointsOf(s);
      const rule = ruleOf(s).grades ? fields.levelIds(...at, shown) : fields.rule(...at, shown);
      card.candidates.forEach((cand, j) => {
        const x = address(r, ratingCol(j));
        put(
          r,
          ratingCol(j),
          { value: ratingValue(s, ratingOf(cand, c.id), lang), source: fields.rating(j + 1, ...at, shown) },
          { ...input, numFmt: ruleOf(s).numberFormat(s), hAlign: 'center', vAlign: 'top' },
        );
        layout.ratings.push({ criterionId: c.id, candidateId: cand.id, cell: x, scoring: s });
        const raw = ruleOf(s).formula(s, x, ratings, lang);
        put(r, pointsCol(j), { formula: `${raw}/${n(full)}*${absolute(r, col('max'))}`, source: rule }, { numFmt: '0.0', vAlign: 'top', border: true });
        outputs.points.push({ criterionId: c.id, candidateId: cand.id, cell: address(r, pointsCol(j)) });
        if (hasStatus) {
          if (monitored(c)) {
            put(r, statusCol(j), { formula: statusFormula(s, x, ratings, lang, full), source: rule }, { hAlign: 'center', vAlign: 'top', border: true });
            outputs.statuses.push({ criterionId: c.id, candidateId: cand.id, cell: address(r, statusCol(j)) });
          } else put(r, statusCol(j), { value: null }, { border: true });
        }
      });
      const v = ratingValidation(s, rangeOf(r, ratingCol(0), r, ratingCol(k - 1)), lang);
      if (v) validations.push(v);
    }
  }
  const lastDataRow = row - 1;

  // Totals, ranks, grade.
  const totalRow = row++;
  const rankRow = row++;
  const strong: CellStyle = { bold: true, fill: COLOURS.total, border: true };
  put(totalRow, 1, { value: label('total', lang) }, strong);
  put(rankRow, 1, { value: label('rank', lang) }, strong);
  const totalsRange = rangeOf(totalRow, pointsCol(0), totalRow, pointsCol(k - 1));
  const totalsAbs = `${absolute(totalRow, pointsCol(0))}:${absolute(totalRow, pointsCol(k - 1))}`;
  const graded = card.kind === 'appraisal' ? gradedCriterion(card) : null;
  const grade = graded !== null;
  const gradeRow = grade ? row++ : 0;
  if (grade) put(gradeRow, 1, { value: label('grade', lang) }, strong);
  card.candidates.forEach((cand, j) => {
    const c = pointsCol(j);
    const t = address(totalRow, c);
    put(
      totalRow,
      c,
      { formula: `ROUND(SUM(${sectionRows.map((r) => address(r, c)).join(',')}),9)`, source: fields.sections(card.sections.length) },
      { ...strong, numFmt: '0.0' },
    );
    outputs.totals.push({ candidateId: cand.id, cell: t });
    put(rankRow, c, { formula: `RANK(${t},${totalsAbs})` }, { ...strong, hAlign: 'center' });
    outputs.ranks.push({ candidateId: cand.id, cell: address(rankRow, c) });
    if (grade) {
      put(gradeRow, c, { formula: gradeFormula(t, card.totalPoints, graded!.grades, lang), source: graded!.field(lang) }, { ...strong, hAlign: 'center' });
      outputs.grades.push({ candidateId: cand.id, cell: address(gradeRow, c) });
    }
  });

  // Weights check.
  const checkAll = `AND(ABS(SUM(${sectionRows.map((r) => address(r, weightCol)).join(',')})-1)<${TOLERANCE},${weightChecks.join(',')})`;
  put(
    3,
    2,
    { formula: `IF(${checkAll},${q(label('weightsOk', lang))},${q(label('weightsBad', lang))})`, source: fields.sections(card.sections.length) },
    { bold: true },
  );
  conditionalFormats.push({ range: 'B3', formula: `$B$3=${q(label('weightsBad', lang))}`, fill: COLOURS.bad, color: COLOURS.badText });
  conditionalFormats.push({ range: 'B3', formula: `$B$3=${q(label('weightsOk', lang))}`, fill: COLOURS.good, color: COLOURS.goodText });

  if (hasStatus) {
    const first = address(FIRST_ROW, statusCol(0));
    const range = rangeOf(FIRST_ROW, statusCol(0), lastDataRow, statusCol(k - 1));
    for (const [id, fill, color] of [
      ['onTrack', COLOURS.good, COLOURS.goodText],
      ['atRisk', COLOURS.warn, COLOURS.warnText],
      ['offTrack', COLOURS.bad, COLOURS.badText],
    ] as const)
      conditionalFormats.push({ range, formula: `${first}=${q(label(id, lang))}`, fill, color });
  }

  // Notes.
  row++;
  const notesRow = row++;
  put(notesRow, 1, { value: `${label('notes', lang)}: ${pick(card.notes, lang)}`, source: fields.notes() }, { wrap: true, vAlign: 'top' });
  merges.push(rangeOf(notesRow, 1, notesRow, lastCol));

  // Chart: totals for appraisals and selections, the actuals of every target KPI for KPI sheets.
  const charts: ChartPlan[] = [];
  const chartTop = row + 1;
  const chartBox = { from: { row: chartTop, col: 1 }, to: { row: chartTop + 18, col: Math.min(lastCol, 8) } };
  const names = rangeOf(6, ratingCol(0), 6, ratingCol(k - 1));
  if (isKpi && hasStatus) {
    let r = FIRST_ROW;
    const series: ChartPlan['series'] = [];
    for (const [si, section] of card.sections.entries()) {
      r++;
      for (const [ci, c] of section.criteria.entries()) {
        if (monitored(c))
          series.push({ name: pick(c.name, lang), values: rangeOf(r, ratingCol(0), r, ratingCol(k - 1)), source: fields.criterionName(si + 1, ci + 1) });
        r++;
      }
    }
    charts.push({ type: 'line', title: label('trendChart', lang), categories: names, series, ...chartBox });
  } else {
    charts.push({
      type: 'bar',
      title: label('totalsChart', lang),
      categories: names,
      series: [{ name: label('total', lang), values: totalsRange }],
      ...chartBox,
    });
  }

  const columnWidths: Record<number, number> = {};
  const widths: Record<InfoColumn, number> = {
    name: 30,
    details: card.kind === 'appraisal' ? 60 : 36,
    source: 18,
    appraiser: 14,
    period: 11,
    weight: 9,
    effective: 10,
    max: 9,
  };
  info.forEach((c, i) => (columnWidths[i + 1] = widths[c]));
  for (let c = info.length + 1; c <= lastCol; c++) columnWidths[c] = 13;

  const plan: SheetPlan = {
    rows: chartBox.to.row,
    cols: lastCol,
    cells,
    merges,
    columnWidths,
    rowHeights: { 4: 30, [notesRow]: Math.min(409, 15 * Math.ceil(pick(card.notes, lang).length / (lang === 'zh-CN' ? 60 : 120)) + 15) },
    freeze: { rows: 6, cols: 1 },
    validations,
    conditionalFormats,
    names: [
      { name: linkName(linkId), range: 'A1' },
      { name: `${linkName(linkId)}_TOTALS`, range: totalsRange },
      { name: `${linkName(linkId)}_RANKS`, range: rangeOf(rankRow, pointsCol(0), rankRow, pointsCol(k - 1)) },
      { name: `${linkName(linkId)}_RATINGS`, range: rangeOf(FIRST_ROW, ratingCol(0), lastDataRow, ratingCol(k - 1)) },
    ],
    charts,
    print: { orientation: 'landscape', fitToWidth: true, titleRows: '5:6' },
  };
  return { plan, inputs: layout, outputs };
}
