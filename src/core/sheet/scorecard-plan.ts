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
import { sheetFont } from './fonts';
import { DEFAULT_ROW_HEIGHT, pageBox, roomAt } from './print-fit';
import { fitRowHeights } from './text-fit';
import { shortNumber } from '../scorecard/rules/units';
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

/**
 * The notes under the totals: the card's own, then what the sheet says of the card as it is
 * now (each section's points from its current weight, which rebuilt criteria carry a note),
 * so the sentence that gives the weights cannot go stale when weights change.
 */
function notesText(card: ValidScorecard, lang: Lang): string {
  const points = card.sections.map((s) => `${pick(s.name, lang)} ${shortNumber(Math.round(s.weight * card.totalPoints * 10) / 10)}`);
  const total = label('ofTotal', lang).replace('{total}', shortNumber(card.totalPoints));
  const weights =
    lang === 'zh-CN'
      ? `${label('sectionPoints', lang)}：${points.join('、')}（${total}）。`
      : `${label('sectionPoints', lang)}: ${points.join(', ')} (${total}).`;
  const rebuilt = card.sections.some((s) => s.criteria.some((c) => c.reconstructed)) ? [label('reconstructedNote', lang)] : [];
  const own = pick(card.notes, lang).trim();
  return [`${label('notes', lang)}${lang === 'zh-CN' ? '：' : ': '}${own}`, [weights, ...rebuilt].join(lang === 'zh-CN' ? '' : ' ')].join('\n');
}

/** Rows a chart takes at most, and at least before it goes to a page of its own. */
const CHART_ROWS = 18;
const CHART_MIN_ROWS = 11;

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
  d.put(notesRow, 1, { value: notesText(card, lang), source: fields.notes() }, { wrap: true, vAlign: 'top' });
  d.merges.push(rangeOf(notesRow, 1, notesRow, g.lastCol));

  const widths = columnWidths(g, card);
  const font = sheetFont(lang);
  const rowHeights = fitRowHeights(d.cells, d.merges, widths, font);
  // The chart stays whole on one page: it shrinks to the room left on the notes' page, or
  // starts a page of its own when too little is left.
  const print = { orientation: 'landscape' as const, paper: 'A4' as const, fitToWidth: true, titleRows: `${NAME_ROW - 1}:${NAME_ROW}` };
  const top = notesRow + 2;
  const heightOf = (r: number) => rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  const page = pageBox(print.paper, print.orientation, widths);
  const room = Math.floor(roomAt(top, heightOf, page, heightOf(NAME_ROW - 1) + heightOf(NAME_ROW)) / DEFAULT_ROW_HEIGHT) - 1;
  const chartRows = room >= CHART_MIN_ROWS ? Math.min(CHART_ROWS, room) : CHART_ROWS;
  const chart = chartOf(g, lang, rows, totals.total, top, chartRows);

  const plan: SheetPlan = {
    rows: chart.to.row,
    cols: g.lastCol,
    cells: d.cells,
    merges: d.merges,
    columnWidths: widths,
    rowHeights,
    font: { name: font.name, size: font.size },
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
    print: {
      ...print,
      area: rangeOf(1, 1, chart.to.row, g.lastCol),
      ...(room < CHART_MIN_ROWS ? { breaksBefore: [top] } : {}),
    },
  };
  return { plan, inputs: d.inputs, outputs: d.outputs };
}
