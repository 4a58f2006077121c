import type { Lang } from '../errors';
import type { Appraiser } from '../scorecard/model';
import { appraisersOf, cardOfAppraiser, DEFAULT_DISAGREEMENT } from '../scorecard/consolidate';
import { acceptedTest } from '../scorecard/rules';
import type { ValidScorecard } from '../scorecard/validate';
import { absolute, address, quoteSheet, rangeOf } from './a1';
import { sheetFont } from './fonts';
import { formulaString as q } from './formula-text';
import { COLOURS, HEADER, INPUT, newDraft, STRONG } from './layout/draft';
import type { ScorecardLayout } from './layout/layout-types';
import type { CellStyle, SheetPlan } from './plan';
import { buildScorecardLayout } from './scorecard-plan';
import { label, pick } from './sheet-labels';
import { uniqueSheetName } from './sheet-name';
import { fitRowHeights } from './text-fit';

/**
 * A card of several appraisers as a workbook: a sheet per appraiser, each the very sheet a
 * card of one appraiser gets (their ratings, weights, points, totals; read back and merged
 * like any other), and a consolidated sheet in front that combines them with native formulas.
 *
 * A sheet each rather than blocks in one sheet: an appraiser's sheet is then the same whether
 * it was sent out alone or sits in the consolidated workbook, so merging returned copies and
 * reading back a sheet need nothing new; it prints on its own; and blocks side by side would
 * multiply the columns by the number of appraisers, which no page holds.
 *
 * The consolidated sheet (rows):
 *   1 title, 2 how it works, 3 appraisers (one column each), 4 their weights (inputs),
 *   5 the share of points above which a spread is flagged (input),
 *   7… per candidate their consolidated total, rank and number of disagreements,
 *   then per candidate a block: criteria down, each appraiser's points across (blank where
 *   that appraiser did not rate), the weighted mean, lowest, highest, standard deviation
 *   and the flag; the total row spreads the appraisers' own totals.
 * The appraisers' points sit in contiguous cells in the same columns as the weights row, so
 * SUMPRODUCT, MIN, MAX and STDEV take plain ranges.
 */
export interface AppraiserSheet {
  appraiser: Appraiser;
  card: ValidScorecard;
  sheetName: string;
  linkId: string;
  layout: ScorecardLayout;
}

export interface ConsolidatedLayout {
  plan: SheetPlan;
  inputs: { weights: { appraiserId: string; cell: string }[]; disagreement: string };
  outputs: {
    criteria: { candidateId: string; criterionId: string; byAppraiser: string[]; mean: string; min: string; max: string; sd: string; flag: string }[];
    totals: { candidateId: string; byAppraiser: string[]; mean: string; min: string; max: string; sd: string; flag: string }[];
    summary: { candidateId: string; total: string; rank: string; disagreements: string }[];
  };
}

export interface ConsolidatedWorkbookPlan {
  sheetName: string;
  layout: ConsolidatedLayout;
  appraisers: AppraiserSheet[];
}

const WEIGHT_ROW = 4;
const SHARE_CELL = 'B5';
const SUMMARY_ROW = 7;
/** Decimals compared, as the engine does (consolidate.ts). */
const DIGITS = 9;

/** Plans every sheet of a consolidated workbook; `taken` are sheet names already in the workbook. */
export function planConsolidatedWorkbook(
  card: ValidScorecard,
  lang: Lang,
  linkIds: readonly string[],
  taken: readonly string[] = [],
): ConsolidatedWorkbookPlan {
  const list = appraisersOf(card);
  if (linkIds.length !== list.length) throw new Error('one link id per appraiser');
  const used = [...taken];
  const sheetName = uniqueSheetName(label('consolidated', lang), used);
  used.push(sheetName);
  const appraisers = list.map((appraiser, i) => {
    const own = cardOfAppraiser(card, appraiser.id);
    const name = uniqueSheetName(pick(appraiser.name, lang), used);
    used.push(name);
    return { appraiser, card: own, sheetName: name, linkId: linkIds[i], layout: buildScorecardLayout(own, lang, linkIds[i]) };
  });
  return { sheetName, appraisers, layout: buildConsolidatedLayout(card, lang, appraisers) };
}

export function buildConsolidatedLayout(card: ValidScorecard, lang: Lang, sheets: readonly AppraiserSheet[]): ConsolidatedLayout {
  const d = newDraft();
  const k = sheets.length;
  const first = 3;
  const col = {
    name: 1,
    max: 2,
    appraiser: (a: number) => first + a,
    mean: first + k,
    min: first + k + 1,
    max2: first + k + 2,
    sd: first + k + 3,
    flag: first + k + 4,
  };
  const lastCol = col.flag;
  const cellsOf = (a: AppraiserSheet, key: 'points' | 'ratings', candidateId: string, criterionId: string) =>
    (key === 'points' ? a.layout.outputs.points : a.layout.inputs.ratings).find((x) => x.candidateId === candidateId && x.criterionId === criterionId)!.cell;
  const ref = (a: AppraiserSheet, cell: string) => `${quoteSheet(a.sheetName)}!${cell}`;
  const weights = `${absolute(WEIGHT_ROW, col.appraiser(0))}:${absolute(WEIGHT_ROW, col.appraiser(k - 1))}`;
  const share = absolute(5, 2);
  const out: ConsolidatedLayout = {
    plan: undefined as unknown as SheetPlan,
    inputs: { weights: [], disagreement: SHARE_CELL },
    outputs: { criteria: [], totals: [], summary: [] },
  };

  d.put(1, 1, { value: label('consolidatedTitle', lang).replace('{title}', pick(card.title, lang)) }, { bold: true, size: 16, color: COLOURS.title });
  d.merges.push(rangeOf(1, 1, 1, lastCol));
  d.put(2, 1, { value: label('consolidatedHow', lang) }, { italic: true, wrap: true, vAlign: 'top' });
  d.merges.push(rangeOf(2, 1, 2, lastCol));
  d.put(3, 1, { value: label('appraiser', lang) }, HEADER);
  d.put(3, 2, { value: null }, HEADER);
  d.put(WEIGHT_ROW, 1, { value: label('appraiserWeight', lang) }, { bold: true, border: true });
  d.put(WEIGHT_ROW, 2, { value: null }, { border: true });
  sheets.forEach((a, i) => {
    d.put(3, col.appraiser(i), { value: pick(a.appraiser.name, lang) }, HEADER);
    d.put(WEIGHT_ROW, col.appraiser(i), { value: a.appraiser.weight ?? 1 }, { ...INPUT, numFmt: '0.0#', hAlign: 'center' });
    out.inputs.weights.push({ appraiserId: a.appraiser.id, cell: address(WEIGHT_ROW, col.appraiser(i)) });
  });
  d.validations.push({
    range: rangeOf(WEIGHT_ROW, col.appraiser(0), WEIGHT_ROW, col.appraiser(k - 1)),
    type: 'decimal',
    min: 0,
    error: label('weightNotNegative', lang),
  });
  d.put(5, 1, { value: label('disagreementShare', lang) }, { bold: true, wrap: true, border: true });
  d.put(5, 2, { value: card.disagreement ?? DEFAULT_DISAGREEMENT }, { ...INPUT, numFmt: '0%', hAlign: 'center' });
  d.validations.push({ range: SHARE_CELL, type: 'decimal', min: 0, max: 1, error: label('shareBetween', lang) });

  // The summary's rows come first in the sheet but are filled from the blocks below it.
  const summaryFirst = SUMMARY_ROW + 1;
  const summaryLast = SUMMARY_ROW + card.candidates.length;
  for (const [c, word] of [
    [1, 'candidate'],
    [2, 'total'],
    [3, 'rank'],
    [4, 'disagreements'],
  ] as const)
    d.put(SUMMARY_ROW, c, { value: label(word, lang) }, HEADER);

  const criteria = card.sections.flatMap((s) => s.criteria.map((c) => ({ section: s, criterion: c })));
  let row = summaryLast + 2;
  const flagStyle: CellStyle = { border: true, hAlign: 'center', vAlign: 'top' };
  const num: CellStyle = { numFmt: '0.0', border: true, vAlign: 'top' };
  /** Mean, lowest, highest, deviation and flag of the appraisers' cells of one row. */
  const spread = (r: number, mean: string | null, limit: string) => {
    const p = `${address(r, col.appraiser(0))}:${address(r, col.appraiser(k - 1))}`;
    const rated = `SUMPRODUCT(${weights},--(${p}<>""))`;
    d.put(r, col.mean, { formula: mean ?? `IF(${rated}=0,"",SUMPRODUCT(${weights},${p})/${rated})` }, { ...num, bold: true });
    d.put(r, col.min, { formula: `IF(COUNT(${p})=0,"",MIN(${p}))` }, num);
    d.put(r, col.max2, { formula: `IF(COUNT(${p})=0,"",MAX(${p}))` }, num);
    d.put(r, col.sd, { formula: `IF(COUNT(${p})<2,"",STDEV(${p}))` }, { ...num, numFmt: '0.00' });
    d.put(
      r,
      col.flag,
      { formula: `IF(COUNT(${p})<2,"",IF(ROUND(MAX(${p})-MIN(${p}),${DIGITS})>ROUND(${share}*${limit},${DIGITS}),${q(label('disagree', lang))},""))` },
      flagStyle,
    );
    const at = (c: number) => address(r, c);
    return {
      byAppraiser: sheets.map((_, i) => at(col.appraiser(i))),
      mean: at(col.mean),
      min: at(col.min),
      max: at(col.max2),
      sd: at(col.sd),
      flag: at(col.flag),
    };
  };

  card.candidates.forEach((cand, j) => {
    const band: CellStyle = { bold: true, fill: COLOURS.section, border: true };
    d.put(row, 1, { value: pick(cand.name, lang) }, { ...band, size: 12 });
    for (let c = 2; c <= lastCol; c++) d.put(row, c, { value: null }, band);
    row++;
    const titles = [label('criterion', lang), label('maxPoints', lang), ...sheets.map((a) => pick(a.appraiser.name, lang))];
    titles.push(label('mean', lang), label('lowest', lang), label('highest', lang), label('spread', lang), label('agreement', lang));
    titles.forEach((t, c) => d.put(row, c + 1, { value: t }, HEADER));
    row++;
    const firstCriterion = row;
    const flags: string[] = [];
    for (const { section, criterion } of criteria) {
      const max = section.weight * criterion.weight * card.totalPoints;
      d.put(row, col.name, { value: pick(criterion.name, lang) }, { wrap: true, border: true, vAlign: 'top' });
      d.put(row, col.max, { value: max }, num);
      sheets.forEach((a, i) => {
        const rating = ref(a, cellsOf(a, 'ratings', cand.id, criterion.id));
        // Blank where the appraiser did not rate, or typed what the criterion does not accept
        // (the engine reads both as unrated), so that MIN, MAX, STDEV and the means leave them out.
        d.put(
          row,
          col.appraiser(i),
          { formula: `IF(${acceptedTest(criterion.scoring, rating, lang)},${ref(a, cellsOf(a, 'points', cand.id, criterion.id))},"")` },
          num,
        );
      });
      const s = spread(row, null, address(row, col.max));
      flags.push(s.flag);
      out.outputs.criteria.push({ candidateId: cand.id, criterionId: criterion.id, ...s });
      row++;
    }
    const lastCriterion = row - 1;
    d.put(row, col.name, { value: label('total', lang) }, STRONG);
    d.put(row, col.max, { value: card.totalPoints }, { ...STRONG, numFmt: '0.0' });
    sheets.forEach((a, i) => {
      const total = a.layout.outputs.totals.find((t) => t.candidateId === cand.id)!.cell;
      d.put(row, col.appraiser(i), { formula: ref(a, total) }, { ...STRONG, numFmt: '0.0' });
    });
    const totals = spread(row, `SUM(${rangeOf(firstCriterion, col.mean, lastCriterion, col.mean)})`, address(row, col.max));
    for (const c of [col.mean, col.min, col.max2, col.sd])
      d.cells[d.cells.findIndex((x) => x.row === row && x.col === c)].style = { ...STRONG, numFmt: c === col.sd ? '0.00' : '0.0' };
    out.outputs.totals.push({ candidateId: cand.id, ...totals });

    const s = summaryFirst + j;
    d.put(s, 1, { value: pick(cand.name, lang) }, { border: true, bold: true });
    d.put(s, 2, { formula: totals.mean }, { ...num, bold: true });
    d.put(s, 3, { formula: `RANK(${address(s, 2)},${absolute(summaryFirst, 2)}:${absolute(summaryLast, 2)})` }, { border: true, hAlign: 'center' });
    d.put(
      s,
      4,
      { formula: `COUNTIF(${rangeOf(firstCriterion, col.flag, lastCriterion, col.flag)},${q(label('disagree', lang))})` },
      { border: true, hAlign: 'center' },
    );
    out.outputs.summary.push({ candidateId: cand.id, total: address(s, 2), rank: address(s, 3), disagreements: address(s, 4) });
    d.conditionalFormats.push({
      range: rangeOf(firstCriterion, col.flag, row, col.flag),
      formula: `${address(firstCriterion, col.flag)}=${q(label('disagree', lang))}`,
      fill: COLOURS.bad,
      color: COLOURS.badText,
    });
    row += 2;
  });
  d.conditionalFormats.push({
    range: rangeOf(summaryFirst, 4, summaryLast, 4),
    formula: `${address(summaryFirst, 4)}>0`,
    fill: COLOURS.bad,
    color: COLOURS.badText,
  });

  const widths: Record<number, number> = { 1: 30, 2: 11 };
  // 14: "Disagreements" of the summary above the appraisers' columns fits on one line.
  for (let c = 3; c <= lastCol; c++) widths[c] = c === col.flag ? 18 : 14;
  const font = sheetFont(lang);
  const rowHeights = fitRowHeights(d.cells, d.merges, widths, font);
  const rows = row - 2;
  out.plan = {
    rows,
    cols: lastCol,
    cells: d.cells,
    merges: d.merges,
    columnWidths: widths,
    rowHeights,
    font: { name: font.name, size: font.size },
    freeze: { rows: 1, cols: 1 },
    validations: d.validations,
    conditionalFormats: d.conditionalFormats,
    names: [],
    charts: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: rangeOf(1, 1, rows, lastCol) },
  };
  return out;
}
