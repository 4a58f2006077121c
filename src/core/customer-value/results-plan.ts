import type { Lang } from '../errors';
import { inLanguage } from '../language';
import { filled } from '../vocabulary';
import { rangeOf, quoteSheet } from '../sheet/a1';
import { sheetFont } from '../sheet/fonts';
import type { ChartPlan, PlanCell, SheetPlan } from '../sheet/plan';
import { CUSTOMER_VALUE_LABELS as L } from '../sheet/sheet-labels';
import type { Analysis } from './analyse';
import { GAMMA_GAMMA } from '../models/gamma-gamma';
import { SEGMENT_NAMES, SEGMENTS, segmentRule } from './score';
import { holdoutCheck } from './check';
import type { Transactions } from './read-table';

const MONEY = '#,##0.00';
const HEADER = { bold: true, fill: 'DDEBF7', border: true, wrap: true, vAlign: 'top' as const };
const RESULT_COLUMNS = ['id', 'frequency', 'recency', 'T', 'monetary', 'pAlive', 'expected', 'pNone', 'spend', 'clv', 'segment'] as const;
/** How many customers the summary lists by name. */
export const TOP = 10;

const basePlan = (lang: Lang, rows: number, cols: number): SheetPlan => {
  const f = sheetFont(lang);
  return {
    rows,
    cols,
    cells: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    font: { name: f.name, size: f.size },
    freeze: { rows: 0, cols: 0 },
    validations: [],
    conditionalFormats: [],
    names: [],
    charts: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: rangeOf(1, 1, rows, cols) },
  };
};

/**
 * One row per customer: the summary, the scores and the segment, as data (the numbers come
 * from the models; the summary sheet's totals are formulas over this sheet). Header frozen,
 * filter buttons, data bars on CLV and a colour scale on P(alive).
 */
export function resultsPlan(a: Analysis, t: Transactions, lang: Lang): SheetPlan {
  const s = a.summary;
  const n = s.customers;
  const cols = RESULT_COLUMNS.length;
  const plan = basePlan(lang, n + 1, cols);
  RESULT_COLUMNS.forEach((c, i) => plan.cells.push({ row: 1, col: i + 1, value: inLanguage(L[c], lang), style: HEADER }));
  plan.rowHeights[1] = 33;
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = t.ids[s.customer[i]];
  const segNames = SEGMENTS.map((k) => inLanguage(SEGMENT_NAMES[k], lang));
  const segments = new Array<string>(n);
  for (let i = 0; i < n; i++) segments[i] = segNames[a.scores.segment[i]];
  const sc = a.scores;
  plan.blocks = [
    {
      row: 2,
      col: 1,
      columns: [
        { values: ids },
        { values: s.x, numFmt: '0' },
        { values: s.tx, numFmt: '0.00' },
        { values: s.T, numFmt: '0.00' },
        { values: s.monetary, numFmt: MONEY },
        { values: sc.pAlive, numFmt: '0.0%' },
        { values: sc.expected, numFmt: '0.00' },
        { values: sc.pNone, numFmt: '0.0%' },
        { values: sc.spend, numFmt: MONEY },
        { values: sc.clv, numFmt: MONEY },
        { values: segments },
      ],
    },
  ];
  [14, 11, 10, 10, 12, 10, 12, 12, 14, 14, 20].forEach((w, i) => (plan.columnWidths[i + 1] = w));
  plan.freeze = { rows: 1, cols: 1 };
  plan.autoFilter = rangeOf(1, 1, n + 1, cols);
  plan.dataBars = [{ range: rangeOf(2, 10, n + 1, 10), color: '5B9BD5' }];
  plan.colorScales = [{ range: rangeOf(2, 6, n + 1, 6), colors: ['F8696B', 'FFEB84', '63BE7B'] }];
  plan.print.titleRows = '1:1';
  return plan;
}

const money = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Settings, the fits and what they mean, totals and segments as formulas over the results
 * sheet (so they follow a filter-free edit and recalculate anywhere), the top customers, and
 * two bar charts that start at zero: customers and CLV per segment.
 */
export function summaryPlan(a: Analysis, t: Transactions, lang: Lang, resultsSheet: string): SheetPlan {
  const w = (k: keyof typeof L) => inLanguage(L[k], lang);
  const cells: PlanCell[] = [];
  let r = 1;
  const put = (row: number, col: number, c: Omit<PlanCell, 'row' | 'col'>) => cells.push({ row, col, ...c });
  const pair = (label: string, c: Omit<PlanCell, 'row' | 'col'>) => {
    // At the top of its row, beside the first line of a value that wraps (a verdict, the rule).
    put(r, 1, { value: label, style: { vAlign: 'top' } });
    put(r, 2, c);
    r++;
  };
  const section = (label: string) => {
    r++;
    put(r++, 1, { value: label, style: { bold: true, size: 12 } });
  };
  const { settings, fit, scores, summary } = a;
  put(r++, 1, {
    value: filled(L.title, { model: inLanguage(fit.purchases.model.name, lang) })[lang === 'zh-CN' ? 'zh' : 'en'],
    style: { bold: true, size: 14 },
  });
  section(w('settings'));
  pair(w('calibrationEnd'), { value: a.calibrationEnd, style: { numFmt: 'yyyy-mm-dd', hAlign: 'left' } });
  pair(w('holdoutEnd'), settings.holdoutEnd === null ? { value: w('none') } : { value: settings.holdoutEnd, style: { numFmt: 'yyyy-mm-dd', hAlign: 'left' } });
  pair(w('unit'), { value: w(settings.unit) });
  pair(w('horizon'), { value: settings.horizon });
  pair(w('annualDiscount'), { value: settings.annualDiscount, style: { numFmt: '0.00%' } });
  const rateRow = r;
  pair(w('periodDiscount'), {
    formula: `(1+B${rateRow - 1})^(${settings.unit === 'day' ? 1 : settings.unit === 'week' ? 7 : '365.25/12'}/365.25)-1`,
    style: { numFmt: '0.0000%' },
  });
  pair(w('margin'), { value: settings.margin, style: { numFmt: '0%' } });
  pair(w('customers'), { value: summary.customers, style: { numFmt: '#,##0' } });

  section(w('fit'));
  put(r, 1, { value: w('parameter'), style: HEADER });
  put(r, 2, { value: w('estimate'), style: HEADER });
  put(r, 3, { value: w('relativeSE'), style: HEADER });
  r++;
  const params = [
    ...fit.purchases.model.names.map((name, i) => [name, fit.purchases.params[i], fit.purchases.verdict.relativeSE[i]] as const),
    ...GAMMA_GAMMA.names.map((name, i) => [`${name} (Gamma-Gamma)`, fit.spend.params[name], fit.spend.verdict.relativeSE[i]] as const),
  ];
  for (const [name, v, se] of params) {
    put(r, 1, { value: name, style: { border: true } });
    put(r, 2, { value: v, style: { numFmt: '0.0000', border: true } });
    put(r, 3, Number.isFinite(se) ? { value: se, style: { numFmt: '0.0%', border: true } } : { value: '—', style: { border: true, hAlign: 'right' } });
    r++;
  }
  pair(`${w('logLik')} (${inLanguage(fit.purchases.model.name, lang)})`, { value: fit.purchases.logLik, style: { numFmt: '0.0' } });
  pair(`${w('verdict')} (${inLanguage(fit.purchases.model.name, lang)})`, {
    value: inLanguage(fit.purchases.verdict.text, lang),
    style: { wrap: true, vAlign: 'top' },
  });
  pair(`${w('verdict')} (Gamma-Gamma)`, { value: inLanguage(fit.spend.verdict.text, lang), style: { wrap: true, vAlign: 'top' } });

  const n = summary.customers;
  const res = (col: string) => `${quoteSheet(resultsSheet)}!$${col}$2:$${col}$${n + 1}`;
  section(w('value'));
  pair(w('totalClv'), { formula: `SUM(${res('J')})`, style: { numFmt: MONEY } });
  pair(w('meanClv'), { formula: `AVERAGE(${res('J')})`, style: { numFmt: MONEY } });

  section(w('segments'));
  put(r, 1, { value: w('segment'), style: HEADER });
  put(r, 2, { value: w('customers'), style: HEADER });
  put(r, 3, { value: w('clvOfSegment'), style: HEADER });
  r++;
  const segTop = r;
  for (const k of SEGMENTS) {
    put(r, 1, { value: inLanguage(SEGMENT_NAMES[k], lang), style: { border: true } });
    put(r, 2, { formula: `COUNTIF(${res('K')},A${r})`, style: { numFmt: '#,##0', border: true } });
    put(r, 3, { formula: `SUMIF(${res('K')},A${r},${res('J')})`, style: { numFmt: MONEY, border: true } });
    r++;
  }
  const segBottom = r - 1;
  pair(w('rule'), { value: inLanguage(segmentRule(scores.highFrom, settings, money), lang), style: { wrap: true, vAlign: 'top' } });

  // With a holdout: the forecast held against it (Fader, Hardie & Lee 2005, section 4), as the
  // pane's check shows it, so the numbers travel with the workbook.
  // The command line summarises in its database and hands over no transactions: its workbook
  // has no tracking to show, and so no check.
  const check = t.length > 0 ? holdoutCheck(a, t) : null;
  let checkRows: { top: number; bottom: number } | null = null;
  if (check) {
    section(w('check'));
    pair(w('holdoutPeriods'), { value: check.periods, style: { numFmt: '0.##', hAlign: 'left' } });
    pair(w('mae'), { value: check.errors.mae, style: { numFmt: '0.000', hAlign: 'left' } });
    pair(w('bias'), { value: check.errors.bias, style: { numFmt: '0.000', hAlign: 'left', wrap: true } });
    put(r, 1, { value: w('repeatInCalibration'), style: HEADER });
    put(r, 2, { value: w('actualHoldout'), style: HEADER });
    put(r, 3, { value: w('predictedHoldout'), style: HEADER });
    r++;
    const top = r;
    for (const c of check.classes) {
      put(r, 1, { value: c.open ? `${c.frequency}+` : String(c.frequency), style: { border: true, hAlign: 'right' } });
      put(r, 2, { value: c.actual, style: { numFmt: '0.00', border: true } });
      put(r, 3, { value: c.expected, style: { numFmt: '0.00', border: true } });
      r++;
    }
    checkRows = { top, bottom: r - 1 };
  }

  section(w('top'));
  put(r, 1, { value: w('id'), style: HEADER });
  put(r, 2, { value: w('clv'), style: HEADER });
  put(r, 3, { value: w('pAlive'), style: HEADER });
  r++;
  const order = Array.from({ length: n }, (_, i) => i)
    .sort((i, j) => scores.clv[j] - scores.clv[i])
    .slice(0, TOP);
  for (const i of order) {
    put(r, 1, { value: t.ids[summary.customer[i]], style: { border: true } });
    put(r, 2, { value: scores.clv[i], style: { numFmt: MONEY, border: true } });
    put(r, 3, { value: scores.pAlive[i], style: { numFmt: '0.0%', border: true } });
    r++;
  }
  const last = r - 1;
  const plan = basePlan(lang, last, 3);
  plan.print.orientation = 'portrait';
  plan.cells = cells;
  // Column C holds "Relative standard error" on one line.
  plan.columnWidths = { 1: 34, 2: 48, 3: 24 };
  // Wrapped texts: the verdicts and the rule run to a few lines in column B.
  for (const c of cells)
    if (c.style?.wrap && typeof c.value === 'string' && c.row > 1 && c.col === 2)
      plan.rowHeights[c.row] = Math.min(409, 15 * Math.ceil(c.value.length / (lang === 'zh-CN' ? 22 : 44)) + 3);
  const chart = (title: string, col: string, row: number): ChartPlan => ({
    type: 'bar',
    title,
    categories: `A${segTop}:A${segBottom}`,
    series: [{ name: title, values: `${col}${segTop}:${col}${segBottom}` }],
    valueAxis: { min: 0 },
    from: { row, col: 5 },
    to: { row: row + 15, col: 11 },
  });
  plan.charts = [chart(w('customersPerSegment'), 'B', 2), chart(w('clvPerSegment'), 'C', 19)];
  if (checkRows)
    plan.charts.push({
      type: 'line',
      title: w('byFrequency'),
      categories: `A${checkRows.top}:A${checkRows.bottom}`,
      series: [
        { name: w('actualHoldout'), values: `B${checkRows.top}:B${checkRows.bottom}` },
        { name: w('predictedHoldout'), values: `C${checkRows.top}:C${checkRows.bottom}` },
      ],
      valueAxis: { min: 0 },
      from: { row: 36, col: 5 },
      to: { row: 51, col: 11 },
    });
  return plan;
}
