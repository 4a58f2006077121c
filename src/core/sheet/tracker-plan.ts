import type { Lang } from '../errors';
import { columnsOf, isDue, periodName } from '../kpi/periods';
import type { TrackerKpi, TrackerTeam } from '../kpi/model';
import type { ValidTracker } from '../kpi/validate';
import { ADVISED_KPIS } from '../kpi/engine';
import { filled, inLanguage, TRACKER_WORDS } from '../vocabulary';
import { absolute, address, rangeOf } from './a1';
import { formulaString as q } from './formula-text';
import { COLOURS, HEADER, INPUT } from './layout/draft';
import type { CellStyle, CellValue, ChartPlan, ConditionalFormat, PlanCell, SheetPlan, Validation } from './plan';
import { label } from './sheet-labels';
import { sheetFont } from './fonts';
import { MAX_ROW_HEIGHT } from './text-fit';
import { changeFormat, measureFormat, startsAtZero, targetFormat, trackerFields as fields, valueFormat } from './tracker/formats';
import type { Text } from '../errors';

/**
 * The sheet of a KPI tracker, periods as columns (docs/seeds.md T5: targets with a review
 * period and an action; a live view of trends; an alert when a KPI crosses its threshold):
 *
 *   1–3  title, year and columns, how to use the sheet
 *   KPIs and targets: how each KPI is judged, target and warning edge (yellow, editable),
 *        review period, owner, the action when missed
 *   Latest status by team: one status per KPI and team, read from the blocks below
 *   one block per team: per KPI its actuals (yellow where due, grey where not), for growth
 *        KPIs last year's values and the growth, the status per period, and on the left the
 *        latest value, the change on the previous reading and the latest status
 *   notes, one line chart per KPI with its target, and the data of those charts
 *
 * Everything computed is an Excel 2010 formula; the engine (src/core/kpi/engine.ts) computes
 * the same and the LibreOffice test holds them together.
 */
export interface TrackerLayout {
  plan: SheetPlan;
  inputs: {
    targets: { kpiId: string; cell: string }[];
    warnings: { kpiId: string; cell: string }[];
    actuals: { teamId: string; kpiId: string; endMonth: number; cell: string }[];
    lastYear: { teamId: string; kpiId: string; endMonth: number; cell: string }[];
  };
  outputs: {
    periods: { teamId: string; kpiId: string; endMonth: number; status: string; growth?: string }[];
    latest: { teamId: string; kpiId: string; measure: string; change: string; status: string }[];
    summary: { teamId: string; kpiId: string; cell: string }[];
  };
}

/** The defined name that ties a tracker sheet to its stored definition (cf. CRM_SC_ for scorecards). */
export const trackerLinkName = (linkId: string): string => `CRM_KT_${linkId}`;
/** The sheet's name before it is made legal and unique: the year first, so that cutting a long title keeps it. */
export const trackerSheetTitle = (t: { year: number; title: Text }, lang: Lang): string => `${t.year} ${inLanguage(t.title, lang)}`;
const linkIdPattern = /^[A-Za-z0-9]{4,32}$/;

const INFO = 6;
const GREY = 'F2F2F2';
const TOP: CellStyle = { vAlign: 'top', border: true };
const WRAP: CellStyle = { ...TOP, wrap: true };
const BAND: CellStyle = { bold: true, fill: COLOURS.section, border: true };
const WIDTHS = { month: 8, quarter: 10, half: 12 } as const;
const INFO_WIDTHS = [30, 17, 11, 11, 12, 13];

/**
 * Lines a wrapped text takes in a column `chars` wide: a CJK character is two wide, and the
 * width is taken at 85 % for the cell's margins and wider letters (bold, capitals), so that a
 * row is rather a little tall than cut.
 */
function linesOf(text: string, chars: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(width / Math.max(1, chars * 0.85 - 1)));
}

export function buildTrackerLayout(t: ValidTracker, lang: Lang, linkId: string): TrackerLayout {
  if (!linkIdPattern.test(linkId)) throw new Error(`bad link id ${linkId}`);
  const w = (x: Text) => inLanguage(x, lang);
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const columns = columnsOf(t.periods);
  const lastCol = INFO + columns.length;
  const pcol = (i: number) => INFO + 1 + i;
  const widths: Record<number, number> = {};
  INFO_WIDTHS.forEach((x, i) => (widths[i + 1] = x));
  columns.forEach((_, i) => (widths[pcol(i)] = WIDTHS[t.periods]));
  const span = (c1: number, c2: number) => Array.from({ length: c2 - c1 + 1 }, (_, i) => widths[c1 + i]).reduce((a, b) => a + b, 0);

  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const validations: Validation[] = [];
  const cfs: ConditionalFormat[] = [];
  const heights: Record<number, number> = {};
  // The sheet's one face (fonts.ts): a line of YaHei is taller than one of Calibri.
  const font = sheetFont(lang);
  const heightOf = (lines: number): number => Math.min(MAX_ROW_HEIGHT, font.lineHeight * lines + 3);
  const fit = (row: number, lines: number) => (heights[row] = Math.max(heights[row] ?? 0, heightOf(lines)));
  const put = (row: number, col: number, content: { value?: CellValue; formula?: string; source?: Text }, style?: CellStyle) =>
    cells.push({ row, col, ...content, ...(style ? { style } : {}) });
  const layout: TrackerLayout = {
    plan: undefined as unknown as SheetPlan,
    inputs: { targets: [], warnings: [], actuals: [], lastYear: [] },
    outputs: { periods: [], latest: [], summary: [] },
  };
  const statusColours = (range: string) => {
    const first = range.split(':')[0];
    for (const [id, fill, color] of [
      ['onTrack', COLOURS.good, COLOURS.goodText],
      ['atRisk', COLOURS.warn, COLOURS.warnText],
      ['offTrack', COLOURS.bad, COLOURS.badText],
    ] as const)
      cfs.push({ range, formula: `${first}=${q(label(id, lang))}`, fill, color });
  };
  const statusWords = {
    on: q(label('onTrack', lang)),
    risk: q(label('atRisk', lang)),
    off: q(label('offTrack', lang)),
  };
  /** Status of the value in `x` against the KPI's target and warning cells. */
  const statusFormula = (k: TrackerKpi, x: string, target: string, warning: string) => {
    const op = k.direction === 'at-most' ? '<=' : '>=';
    return `IF(${x}="","",IF(${x}${op}${target},${statusWords.on},IF(${x}${op}${warning},${statusWords.risk},${statusWords.off})))`;
  };
  const valueValidation = (k: TrackerKpi, range: string, lastYear: boolean): Validation => {
    if (!lastYear && k.unit === 'percent') return { range, type: 'decimal', min: 0, max: 1, error: label('enterShare', lang) };
    if (k.unit !== 'currency' || lastYear) return { range, type: 'decimal', min: 0, error: label('enterPositive', lang) };
    return { range, type: 'decimal', error: label('enterNumber', lang) };
  };

  // ---- title, subtitle, instructions ----
  put(1, 1, { value: `${w(t.title)} ${t.year}`, source: fields.title() }, { bold: true, size: 16, color: COLOURS.title });
  merges.push(rangeOf(1, 1, 1, lastCol));
  const sub = [t.department ? w(t.department) : null, `${t.year}`, w(TRACKER_WORDS[t.periods])].filter((x) => x !== null).join(lang === 'zh-CN' ? '；' : ' · ');
  put(2, 1, { value: sub }, { italic: true });
  merges.push(rangeOf(2, 1, 2, lastCol));
  put(3, 1, { value: label('trackerInstructions', lang) }, { italic: true, wrap: true, vAlign: 'top' });
  merges.push(rangeOf(3, 1, 3, lastCol));
  fit(3, linesOf(label('trackerInstructions', lang), span(1, lastCol)));

  // ---- KPIs and targets ----
  let row = 5;
  put(row, 1, { value: label('kpisAndTargets', lang) }, { bold: true, size: 12, color: COLOURS.title });
  row++;
  const heads = ['kpi', 'howJudged', 'target', 'warningEdge', 'review', 'owner'] as const;
  heads.forEach((h, i) => put(row, i + 1, { value: label(h, lang) }, HEADER));
  put(row, INFO + 1, { value: label('action', lang) }, HEADER);
  merges.push(rangeOf(row, INFO + 1, row, lastCol));
  fit(row, Math.max(...heads.map((h, i) => linesOf(label(h, lang), widths[i + 1]))));
  row++;
  const targetCell = new Map<string, string>();
  const warningCell = new Map<string, string>();
  t.kpis.forEach((k, i) => {
    const judged = w(TRACKER_WORDS[k.direction]);
    put(row, 1, { value: w(k.name), source: fields.kpiName(i + 1) }, { ...WRAP, bold: true });
    put(row, 2, { value: judged }, WRAP);
    put(row, 3, { value: k.target }, { ...INPUT, vAlign: 'top', numFmt: targetFormat(k) });
    put(row, 4, { value: k.warning }, { ...INPUT, vAlign: 'top', numFmt: targetFormat(k) });
    put(row, 5, { value: w(TRACKER_WORDS[k.review]) }, WRAP);
    put(row, 6, { value: w(k.owner), source: fields.owner(i + 1) }, WRAP);
    put(row, INFO + 1, { value: w(k.action), source: fields.action(i + 1) }, WRAP);
    merges.push(rangeOf(row, INFO + 1, row, lastCol));
    fit(
      row,
      Math.max(linesOf(w(k.name), widths[1]), linesOf(judged, widths[2]), linesOf(w(k.owner), widths[6]), linesOf(w(k.action), span(INFO + 1, lastCol))),
    );
    targetCell.set(k.id, absolute(row, 3));
    warningCell.set(k.id, absolute(row, 4));
    layout.inputs.targets.push({ kpiId: k.id, cell: address(row, 3) });
    layout.inputs.warnings.push({ kpiId: k.id, cell: address(row, 4) });
    const range = rangeOf(row, 3, row, 4);
    if (k.unit === 'percent' && k.direction !== 'growth') validations.push({ range, type: 'decimal', min: 0, max: 1, error: label('enterShare', lang) });
    else validations.push({ range, type: 'decimal', error: label('enterNumber', lang) });
    row++;
  });

  // ---- summary: latest status by team (filled in once the blocks are laid out) ----
  row++;
  put(row, 1, { value: label('summary', lang) }, { bold: true, size: 12, color: COLOURS.title });
  row++;
  const summaryHead = row;
  put(row, 1, { value: label('kpi', lang) }, HEADER);
  t.teams.forEach((team, j) => put(row, 2 + j, { value: w(team.name), source: fields.teamName(j + 1) }, HEADER));
  fit(row, Math.max(2, ...t.teams.map((team, j) => linesOf(w(team.name), widths[2 + j] ?? 10))));
  row++;
  const summaryRow = new Map<string, number>();
  t.kpis.forEach((k) => {
    summaryRow.set(k.id, row);
    put(row, 1, { value: w(k.name) }, { ...WRAP, bold: true });
    fit(row, linesOf(w(k.name), widths[1]));
    row++;
  });
  const summaryLast = row - 1;
  statusColours(rangeOf(summaryHead + 1, 2, summaryLast, 1 + t.teams.length));

  // ---- one block per team ----
  row++;
  const chartRows = new Map<string, { team: TrackerTeam; measureRow: number; growth: boolean }[]>();
  let categoriesRow = 0;
  t.teams.forEach((team, j) => {
    put(row, 1, { value: `${label('team', lang)}${colon}${w(team.name)}`, source: fields.teamName(j + 1) }, BAND);
    for (let c = 2; c <= lastCol; c++) put(row, c, { value: null }, BAND);
    merges.push(rangeOf(row, 1, row, lastCol));
    row++;
    if (team.kpis.length > ADVISED_KPIS) {
      const advice = w(filled(TRACKER_WORDS.tooManyKpis, { count: team.kpis.length }));
      put(row, 1, { value: advice }, { italic: true, color: COLOURS.warnText, fill: COLOURS.warn, wrap: true, vAlign: 'top' });
      merges.push(rangeOf(row, 1, row, lastCol));
      fit(row, linesOf(advice, span(1, lastCol)));
      row++;
    }
    const head = row;
    const blockHeads = ['kpi', 'row', 'latest', 'change', 'latestStatus', 'review'] as const;
    blockHeads.forEach((h, i) => put(row, i + 1, { value: label(h, lang) }, HEADER));
    columns.forEach((c, i) => put(row, pcol(i), { value: periodName(t.periods, c, lang) }, HEADER));
    fit(row, Math.max(...blockHeads.map((h, i) => linesOf(label(h, lang), widths[i + 1]))));
    if (j === 0) categoriesRow = head;
    row++;

    team.kpis.forEach((id) => {
      const k = t.kpis.find((x) => x.id === id)!;
      const growth = k.direction === 'growth';
      const first = row;
      const actualRow = row++;
      const lastYearRow = growth ? row++ : 0;
      const growthRow = growth ? row++ : 0;
      const statusRow = row++;
      const measureRow = growth ? growthRow : actualRow;
      put(first, 1, { value: w(k.name) }, { ...WRAP, bold: true });
      merges.push(rangeOf(first, 1, statusRow, 1));
      const kinds: [number, Parameters<typeof label>[0]][] = [
        [actualRow, 'actual'],
        [statusRow, 'status'],
      ];
      if (growth) kinds.push([lastYearRow, 'lastYear'], [growthRow, 'growth']);
      for (const [r, l] of kinds) put(r, 2, { value: label(l, lang) }, WRAP);
      for (const r of [lastYearRow, growthRow].filter((x) => x > 0)) fit(r, linesOf(label(r === lastYearRow ? 'lastYear' : 'growth', lang), widths[2]));
      fit(first, Math.ceil(linesOf(w(k.name), widths[1]) / (statusRow - first + 1)));

      const measures = rangeOf(measureRow, pcol(0), measureRow, lastCol);
      const statuses = rangeOf(statusRow, pcol(0), statusRow, lastCol);
      // On the row of what is judged: for a growth KPI that is the growth, not the actual.
      const latest = address(measureRow, 3);
      const change = address(measureRow, 4);
      const latestStatus = address(measureRow, 5);
      // Positions of the last and the one-before-last reading (0 when there is none). SUMPRODUCT
      // evaluates its arguments as arrays in every spreadsheet without array entry; the familiar
      // LOOKUP(9.99E+307, row) gives #N/A in LibreOffice when the row starts with blanks.
      const position = (nth: 1 | 2) => `SUMPRODUCT(LARGE(ISNUMBER(${measures})*(COLUMN(${measures})-COLUMN(${address(measureRow, pcol(0))})+1),${nth}))`;
      put(measureRow, 3, { formula: `IF(COUNT(${measures})=0,"",INDEX(${measures},${position(1)}))` }, { ...TOP, bold: true, numFmt: measureFormat(k) });
      put(
        measureRow,
        4,
        { formula: `IF(COUNT(${measures})<2,"",INDEX(${measures},${position(1)})-INDEX(${measures},${position(2)}))` },
        { ...TOP, numFmt: changeFormat(k) },
      );
      put(measureRow, 5, { formula: `IF(COUNT(${measures})=0,"",INDEX(${statuses},${position(1)}))` }, { ...TOP, bold: true, hAlign: 'center' });
      statusColours(latestStatus);
      layout.outputs.latest.push({ teamId: team.id, kpiId: k.id, measure: latest, change, status: latestStatus });
      put(first, 6, { value: w(TRACKER_WORDS[k.review]) }, WRAP);
      for (let r = first; r <= statusRow; r++) for (let c = 3; c <= 6; c++) if (c === 6 ? r !== first : r !== measureRow) put(r, c, { value: null }, TOP);

      columns.forEach((col, i) => {
        const c = pcol(i);
        const due = isDue(k, t.periods, col);
        const at = col.endMonth - 1;
        if (!due) {
          for (let r = first; r <= statusRow; r++) put(r, c, { value: null }, { fill: GREY, border: true });
          return;
        }
        const a = address(actualRow, c);
        put(actualRow, c, { value: team.actuals[k.id]?.[at] ?? null }, { ...INPUT, numFmt: valueFormat(k), hAlign: 'right' });
        layout.inputs.actuals.push({ teamId: team.id, kpiId: k.id, endMonth: col.endMonth, cell: a });
        let measure = a;
        let growthCell: string | undefined;
        if (growth) {
          const ly = address(lastYearRow, c);
          put(lastYearRow, c, { value: team.lastYear?.[k.id]?.[at] ?? null }, { ...INPUT, numFmt: valueFormat(k), hAlign: 'right' });
          layout.inputs.lastYear.push({ teamId: team.id, kpiId: k.id, endMonth: col.endMonth, cell: ly });
          growthCell = address(growthRow, c);
          put(growthRow, c, { formula: `IF(OR(${a}="",${ly}=""),"",IF(${ly}<=0,"",ROUND(${a}/${ly}-1,9)))` }, { ...TOP, numFmt: '0.0%' });
          measure = growthCell;
        }
        const s = address(statusRow, c);
        put(statusRow, c, { formula: statusFormula(k, measure, targetCell.get(k.id)!, warningCell.get(k.id)!) }, { ...TOP, hAlign: 'center' });
        layout.outputs.periods.push({ teamId: team.id, kpiId: k.id, endMonth: col.endMonth, status: s, ...(growthCell ? { growth: growthCell } : {}) });
      });
      const dueCols = columns.filter((c) => isDue(k, t.periods, c)).map((c) => pcol(c.index));
      const runs = (r: number) => dueCols.map((c) => address(r, c));
      validations.push(...runs(actualRow).map((a) => valueValidation(k, a, false)));
      if (growth) validations.push(...runs(lastYearRow).map((a) => valueValidation(k, a, true)));
      statusColours(statuses);
      const list = chartRows.get(k.id) ?? [];
      list.push({ team, measureRow, growth });
      chartRows.set(k.id, list);
      put(summaryRow.get(k.id)!, 2 + j, { formula: latestStatus }, { ...TOP, hAlign: 'center' });
      layout.outputs.summary.push({ teamId: team.id, kpiId: k.id, cell: address(summaryRow.get(k.id)!, 2 + j) });
    });
    t.kpis
      .filter((k) => !team.kpis.includes(k.id))
      .forEach((k) =>
        put(summaryRow.get(k.id)!, 2 + j, { value: label('notTracked', lang) }, { ...TOP, italic: true, color: '808080', fill: GREY, hAlign: 'center' }),
      );
    row++;
  });

  // ---- notes ----
  put(row, 1, { value: `${label('notes', lang)}${colon}${w(t.notes)}`, source: fields.notes() }, { wrap: true, vAlign: 'top' });
  merges.push(rangeOf(row, 1, row, lastCol));
  fit(row, linesOf(w(t.notes), span(1, lastCol)) + 1);
  row += 2;

  // ---- charts: one per KPI, two side by side; their data below them ----
  const charted = t.kpis.filter((k) => chartRows.has(k.id));
  const chartTop = row;
  const CHART_ROWS = 16;
  // Two charts side by side, each about half the sheet's width.
  let middle = 2;
  while (middle < lastCol && span(1, middle) < span(1, lastCol) / 2) middle++;
  const dataTop = chartTop + Math.ceil(charted.length / 2) * (CHART_ROWS + 1) + 1;
  row = dataTop;
  put(row, 1, { value: label('chartData', lang) }, { bold: true, color: '808080' });
  row++;
  const categories = rangeOf(categoriesRow, pcol(0), categoriesRow, lastCol);
  const charts: ChartPlan[] = charted.map((k, i) => {
    const series: ChartPlan['series'] = [];
    for (const { team, measureRow, growth } of chartRows.get(k.id)!) {
      let values = rangeOf(measureRow, pcol(0), measureRow, lastCol);
      if (growth) {
        // A formula's "" is drawn as 0 by a line chart; #N/A is left out.
        put(row, 1, { value: `${w(team.name)}${colon}${label('growth', lang)}` }, { color: '808080' });
        columns.forEach((_, c) => {
          const g = address(measureRow, pcol(c));
          put(row, pcol(c), { formula: `IF(ISNUMBER(${g}),${g},NA())` }, { numFmt: '0.0%', color: '808080' });
        });
        cfs.push({ range: rangeOf(row, pcol(0), row, lastCol), formula: `ISNA(${address(row, pcol(0))})`, fill: 'FFFFFF', color: 'D9D9D9' });
        values = rangeOf(row, pcol(0), row, lastCol);
        row++;
      }
      series.push({ name: w(team.name), values });
    }
    put(row, 1, { value: `${label('targetLine', lang)}${colon}${w(k.name)}` }, { color: '808080' });
    columns.forEach((_, c) => put(row, pcol(c), { formula: targetCell.get(k.id)! }, { numFmt: targetFormat(k), color: '808080' }));
    series.push({ name: label('targetLine', lang), values: rangeOf(row, pcol(0), row, lastCol), reference: true });
    row++;
    const top = chartTop + Math.floor(i / 2) * (CHART_ROWS + 1);
    const left = i % 2 === 0;
    return {
      type: 'line',
      title: k.direction === 'growth' ? w(filled({ en: label('growthChart', 'en-US'), zh: label('growthChart', 'zh-CN') }, { kpi: w(k.name) })) : w(k.name),
      categories,
      series,
      from: { row: top, col: left ? 1 : middle + 1 },
      to: { row: top + CHART_ROWS, col: left ? middle + 1 : lastCol + 1 },
      titleSize: 11,
      valueAxis: { numFmt: measureFormat(k), ...(startsAtZero(k) ? { min: 0 } : {}) },
      spanGaps: true,
    };
  });

  layout.plan = {
    rows: row,
    cols: lastCol,
    cells,
    merges,
    columnWidths: widths,
    rowHeights: heights,
    font: { name: font.name, size: font.size },
    freeze: { rows: 0, cols: 1 },
    validations,
    conditionalFormats: cfs,
    names: [
      { name: trackerLinkName(linkId), range: 'A1' },
      { name: `${trackerLinkName(linkId)}_SUMMARY`, range: rangeOf(summaryHead, 1, summaryLast, 1 + t.teams.length) },
    ],
    charts,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: rangeOf(1, 1, row, lastCol) },
  };
  return layout;
}
