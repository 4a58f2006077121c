import type { Lang, Text } from '../errors';
import type { TrackerKpi } from '../kpi/model';
import { periodLabel } from '../kpi/periods';
import { periodReport, type PeriodReport } from '../kpi/report';
import type { ValidTracker } from '../kpi/validate';
import { inLanguage } from '../vocabulary';
import { address, rangeOf } from './a1';
import { sheetFont } from './fonts';
import { formulaString as q } from './formula-text';
import { COLOURS, HEADER } from './layout/draft';
import type { CellStyle, CellValue, ConditionalFormat, PlanCell, SheetPlan } from './plan';
import { label } from './sheet-labels';
import { fitRowHeights } from './text-fit';
import { changeFormat, targetFormat, trackerFields as fields, valueFormat } from './tracker/formats';

/**
 * The one-page report of a tracker for one period (core/kpi/report.ts), as a sheet of its own
 * that needs no other: the values of the period are copied in, and change, growth and status
 * are Excel 2010 formulas over them, so the sheet recalculates anywhere and the LibreOffice
 * test holds it to the engine. A4 landscape, fitted to one page wide and one page tall.
 *
 *   1 title   2 how many KPIs are in each status   4 header   5… one row per team and KPI
 *   then what the columns mean.
 */
export interface TrackerReportLayout {
  plan: SheetPlan;
  report: PeriodReport;
  /** Where each line's computed cells are, for tests and readers. */
  rows: { teamId: string; kpiId: string; change: string; yoy: string; status: string; action: string }[];
}

const C = { team: 1, kpi: 2, period: 3, target: 4, warning: 5, previous: 6, actual: 7, change: 8, lastYear: 9, yoy: 10, status: 11, action: 12 } as const;
const WIDTHS: Record<number, number> = { 1: 16, 2: 28, 3: 9, 4: 9, 5: 9, 6: 10, 7: 10, 8: 9, 9: 10, 10: 10, 11: 9, 12: 34 };
const LAST = C.action;
const FIRST_ROW = 5;
const CELL: CellStyle = { vAlign: 'top', border: true };
const NUMBER: CellStyle = { ...CELL, hAlign: 'right' };

/** The report's sheet name, before it is made legal and unique. */
export const reportSheetTitle = (t: ValidTracker, endMonth: number, lang: Lang): string =>
  label('reportSheet', lang)
    .replace('{period}', inLanguage(periodReport(t, endMonth).period, lang))
    .replace('{year}', String(t.year));

export function buildTrackerReport(t: ValidTracker, endMonth: number, lang: Lang, sourceSheet: string): TrackerReportLayout {
  const report = periodReport(t, endMonth);
  const w = (x: Text) => inLanguage(x, lang);
  const font = sheetFont(lang);
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const put = (row: number, col: number, c: { value?: CellValue; formula?: string; source?: Text }, style?: CellStyle) =>
    cells.push({ row, col, ...c, ...(style ? { style } : {}) });
  const status = { on: q(label('onTrack', lang)), risk: q(label('atRisk', lang)), off: q(label('offTrack', lang)) };
  const statusFormula = (k: TrackerKpi, x: string, target: string, warning: string) => {
    const op = k.direction === 'at-most' ? '<=' : '>=';
    return `IF(${x}="","",IF(${x}${op}${target},${status.on},IF(${x}${op}${warning},${status.risk},${status.off})))`;
  };

  put(
    1,
    1,
    {
      value: label('reportTitle', lang).replace('{title}', w(t.title)).replace('{year}', String(t.year)).replace('{period}', w(report.period)),
      source: fields.title(),
    },
    { bold: true, size: 16, color: COLOURS.title },
  );
  merges.push(rangeOf(1, 1, 1, LAST));

  const heads: [number, string][] = [
    [C.team, label('team', lang)],
    [C.kpi, label('kpi', lang)],
    [C.period, label('periodRead', lang)],
    [C.target, label('target', lang)],
    [C.warning, label('warningEdge', lang)],
    [C.previous, label('previous', lang)],
    [C.actual, label('actual', lang)],
    [C.change, label('changeShort', lang)],
    [C.lastYear, label('lastYear', lang)],
    [C.yoy, label('yoy', lang)],
    [C.status, label('status', lang)],
    [C.action, label('actionDue', lang)],
  ];
  for (const [col, text] of heads) put(4, col, { value: text }, HEADER);

  const rows: TrackerReportLayout['rows'] = [];
  let row = FIRST_ROW;
  const kpiIndex = new Map(t.kpis.map((k, i) => [k.id, i + 1]));
  t.teams.forEach((team, j) => {
    const lines = report.lines.filter((l) => l.team.id === team.id);
    lines.forEach((l, n) => {
      const k = l.kpi;
      const at = (col: number) => address(row, col);
      put(row, C.team, n === 0 ? { value: w(team.name), source: fields.teamName(j + 1) } : { value: null }, { ...CELL, bold: n === 0, wrap: true });
      put(row, C.kpi, { value: w(k.name), source: fields.kpiName(kpiIndex.get(k.id)!) }, { ...CELL, wrap: true });
      put(
        row,
        C.period,
        { value: l.column ? w(periodLabel(t.periods, l.column)) : label('notDueYet', lang) },
        { ...CELL, hAlign: 'center', ...(l.column ? {} : { italic: true, color: '808080' }) },
      );
      put(row, C.target, { value: k.target }, { ...NUMBER, numFmt: targetFormat(k) });
      put(row, C.warning, { value: k.warning }, { ...NUMBER, numFmt: targetFormat(k) });
      put(row, C.previous, { value: l.previousActual }, { ...NUMBER, numFmt: valueFormat(k) });
      put(row, C.actual, { value: l.actual }, { ...NUMBER, numFmt: valueFormat(k) });
      const [prev, actual, ly] = [at(C.previous), at(C.actual), at(C.lastYear)];
      // The change in the KPI's own unit: percentage points for a rate.
      const valueChange = changeFormat({ ...k, direction: 'at-least' });
      put(row, C.change, { formula: `IF(OR(${prev}="",${actual}=""),"",${actual}-${prev})` }, { ...NUMBER, numFmt: valueChange });
      let measure = actual;
      if (k.direction === 'growth') {
        put(row, C.lastYear, { value: l.lastYear }, { ...NUMBER, numFmt: valueFormat(k) });
        put(row, C.yoy, { formula: `IF(OR(${actual}="",${ly}=""),"",IF(${ly}<=0,"",ROUND(${actual}/${ly}-1,9)))` }, { ...NUMBER, numFmt: '+0.0%;-0.0%;0.0%' });
        measure = at(C.yoy);
      } else {
        put(row, C.lastYear, { value: null }, CELL);
        put(row, C.yoy, { value: null }, CELL);
      }
      put(row, C.status, { formula: statusFormula(k, measure, at(C.target), at(C.warning)) }, { ...CELL, hAlign: 'center' });
      const action = !l.actionDue ? null : lang === 'zh-CN' ? `${w(k.action)}（${w(k.owner)}）` : `${w(k.action)} (${w(k.owner)})`;
      put(row, C.action, { value: action, ...(action ? { source: fields.action(kpiIndex.get(k.id)!) } : {}) }, { ...CELL, wrap: true });
      rows.push({ teamId: team.id, kpiId: k.id, change: at(C.change), yoy: at(C.yoy), status: at(C.status), action: at(C.action) });
      row++;
    });
  });
  const last = row - 1;
  const statusRange = rangeOf(FIRST_ROW, C.status, last, C.status);
  for (const [id, fill, color] of [
    ['onTrack', COLOURS.good, COLOURS.goodText],
    ['atRisk', COLOURS.warn, COLOURS.warnText],
    ['offTrack', COLOURS.bad, COLOURS.badText],
  ] as const)
    conditionalFormats.push({ range: statusRange, formula: `${address(FIRST_ROW, C.status)}=${q(label(id, lang))}`, fill, color });

  // How many KPIs are in each status, counted by the sheet from its own status column.
  const sep = lang === 'zh-CN' ? '；' : ' · ';
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const count = (id: 'onTrack' | 'atRisk' | 'offTrack') => `${q(`${label(id, lang)}${colon}`)}&COUNTIF(${statusRange},${q(label(id, lang))})`;
  put(2, 1, { formula: [count('onTrack'), count('atRisk'), count('offTrack')].join(`&${q(sep)}&`) }, { bold: true });
  merges.push(rangeOf(2, 1, 2, LAST));

  row = last + 2;
  put(row, 1, { value: label('reportHow', lang).replace('{sheet}', sourceSheet) }, { italic: true, wrap: true, vAlign: 'top', color: '595959' });
  merges.push(rangeOf(row, 1, row, LAST));

  const rowHeights = fitRowHeights(cells, merges, WIDTHS, font);
  const plan: SheetPlan = {
    rows: row,
    cols: LAST,
    cells,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    font: { name: font.name, size: font.size },
    freeze: { rows: 4, cols: 0 },
    validations: [],
    conditionalFormats,
    names: [],
    charts: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, fitToHeight: true, area: rangeOf(1, 1, row, LAST) },
  };
  return { plan, report, rows };
}
