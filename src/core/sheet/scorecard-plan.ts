import { Lang, valueError } from '../errors';
import type { ValidScorecard } from '../scorecard/validate';
import { rangeOf } from './a1';
import { chartOf } from './layout/chart';
import { writeCriteriaRows } from './layout/criteria-rows';
import { newDraft } from './layout/draft';
import { columnWidths, FIRST_ROW, geometryOf, NAME_ROW } from './layout/geometry';
import { writeHeaders, writePreamble } from './layout/preamble';
import { writeStatusColours, writeTotals, writeWeightsCheck } from './layout/totals';
import { fields } from './limit-messages';
import type { SheetPlan } from './plan';
import type { ScorecardLayout } from './layout/layout-types';

export type { RatingInput, ScorecardLayout } from './layout/layout-types';
import { label, pick } from './sheet-labels';
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

const linkIdPattern = /^[A-Za-z0-9]{4,32}$/;

/** The workbook-level name that ties a generated sheet to its stored definition. */
export const linkName = (linkId: string): string => `CRM_SC_${linkId}`;

/** Notes get as many lines as their text needs at the merged width, up to Excel's 409 points. */
function notesHeight(notes: string, lang: Lang): number {
  return Math.min(409, 15 * Math.ceil(notes.length / (lang === 'zh-CN' ? 60 : 120)) + 15);
}

/**
 * The sheet of a validated card, step by step: column geometry, preamble, headers, the rows of
 * sections and criteria, totals, the weights check, status colours, notes, chart and widths.
 */
export function buildScorecardLayout(card: ValidScorecard, lang: Lang, linkId: string): ScorecardLayout {
  if (!linkIdPattern.test(linkId)) throw new Error(`bad link id ${linkId}`);
  if (card.candidates.length === 0)
    throw valueError({ en: 'Add at least one candidate before generating the sheet.', zh: '生成工作表前请至少添加一个考评对象。' });

  const g = geometryOf(card);
  const d = newDraft();
  writePreamble(d, g, card, lang);
  writeHeaders(d, g, card, lang);
  const rows = writeCriteriaRows(d, g, card, lang);
  const totals = writeTotals(d, g, card, lang, rows);
  writeWeightsCheck(d, g, card, lang, rows);
  writeStatusColours(d, g, lang, rows);

  const notesRow = totals.next + 1;
  d.put(notesRow, 1, { value: `${label('notes', lang)}: ${pick(card.notes, lang)}`, source: fields.notes() }, { wrap: true, vAlign: 'top' });
  d.merges.push(rangeOf(notesRow, 1, notesRow, g.lastCol));
  const chart = chartOf(g, lang, rows, totals.total, notesRow + 2);

  const plan: SheetPlan = {
    rows: chart.to.row,
    cols: g.lastCol,
    cells: d.cells,
    merges: d.merges,
    columnWidths: columnWidths(g, card),
    rowHeights: { 4: 30, [notesRow]: notesHeight(pick(card.notes, lang), lang) },
    freeze: { rows: NAME_ROW, cols: 1 },
    validations: d.validations,
    conditionalFormats: d.conditionalFormats,
    names: [
      { name: linkName(linkId), range: 'A1' },
      { name: `${linkName(linkId)}_TOTALS`, range: rangeOf(totals.total, g.pointsCol(0), totals.total, g.pointsCol(g.candidates - 1)) },
      { name: `${linkName(linkId)}_RANKS`, range: rangeOf(totals.rank, g.pointsCol(0), totals.rank, g.pointsCol(g.candidates - 1)) },
      { name: `${linkName(linkId)}_RATINGS`, range: rangeOf(FIRST_ROW, g.ratingCol(0), rows.last, g.ratingCol(g.candidates - 1)) },
    ],
    charts: [chart],
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${NAME_ROW - 1}:${NAME_ROW}` },
  };
  return { plan, inputs: d.inputs, outputs: d.outputs };
}
