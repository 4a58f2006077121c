import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Lang, LANGS } from '../../src/core/errors';
import { BUILT_IN_TRACKERS, t5KpiTracker, Tracker, trackTracker, validateTracker, ValidTracker } from '../../src/core/kpi';
import { parseAddress } from '../../src/core/sheet/a1';
import { sheetLabel } from '../../src/core/sheet';
import type { TrackerLayout } from '../../src/core/sheet/tracker-plan';
import { trackerWorkbook } from '../../src/xlsx/tracker-workbook';
import { addCharts } from '../../src/xlsx/add-charts';
import { Csv, csvCell, recalculateToCsv, SPREADSHEET_ERROR } from '../helpers/libreoffice';

/*
 * Tracker sheets computed by a real spreadsheet engine: written by the ExcelJS writer without
 * cached results, recalculated by LibreOffice, and every status, growth, latest value, change,
 * latest status and summary cell compared with the tracker engine (src/core/kpi/engine.ts).
 */
const valid = (t: Tracker): ValidTracker => {
  const r = validateTracker(t);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.tracker;
};
const months = (values: Record<number, number>) => Array.from({ length: 12 }, (_, i) => values[i + 1] ?? null);

/**
 * Awkward data on quarters: values exactly on the target and warning edges, a KPI with one
 * reading only, one with none, a growth KPI whose last year is missing in one period, and a
 * zero actual (which is a reading, not a blank).
 */
const edges: Tracker = {
  ...structuredClone(t5KpiTracker),
  id: 'edge-tracker',
  periods: 'quarter',
  teams: [
    {
      id: 'edges',
      name: { en: 'On the edges', zh: '边界值' },
      kpis: ['renewal', 'csat', 'clv', 'churn'],
      actuals: {
        renewal: months({ 3: 0.8, 6: 0.85, 9: 0.7999 }),
        csat: months({ 12: 0 }),
        clv: months({ 6: 105, 12: 99 }),
        churn: months({ 3: 0.07, 9: 0.0701 }),
      },
      lastYear: { clv: months({ 6: 100 }) },
    },
    { id: 'none', name: { en: 'Nothing yet', zh: '尚无数据' }, kpis: ['renewal', 'churn'], actuals: {} },
  ],
};

interface Case {
  tracker: ValidTracker;
  lang: Lang;
  file: string;
  sheetName: string;
  layout: TrackerLayout;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-tracker-'));
const cases: Case[] = [];
let csvs: Map<string, Map<string, Csv>>;

beforeAll(async () => {
  for (const t of [...BUILT_IN_TRACKERS, edges])
    for (const lang of LANGS) {
      const tracker = valid(t);
      const built = trackerWorkbook(tracker, lang, { linkId: 'recalc02' });
      const file = path.join(dir, `${t.id}-${lang}.xlsx`);
      const bytes = await addCharts(new Uint8Array(await built.workbook.xlsx.writeBuffer()), [
        { sheetIndex: 0, sheetName: built.sheetName, charts: built.layout.plan.charts },
      ]);
      fs.writeFileSync(file, bytes);
      cases.push({ tracker, lang, file, sheetName: built.sheetName, layout: built.layout });
    }
  csvs = recalculateToCsv(cases.map((c) => c.file));
}, 240_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (csv: Csv, a: string) => {
  const { row, col } = parseAddress(a);
  return csvCell(csv, row, col);
};
/** LibreOffice writes a percentage-formatted number with its sign, at full precision: "12.7272727%". */
const num = (s: string): number => (s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));
const sheetOf = (c: Case) => {
  const s = [...(csvs.get(c.file)?.entries() ?? [])].find(([name]) => c.sheetName.startsWith(name) || name.startsWith(c.sheetName))?.[1];
  if (!s) throw new Error(`no CSV for ${c.sheetName} in ${[...(csvs.get(c.file)?.keys() ?? [])].join(', ')}`);
  return s;
};
const ids = [...BUILT_IN_TRACKERS.map((t) => t.id), 'edge-tracker'].flatMap((id) => LANGS.map((lang) => [id, lang] as const));

describe.each(ids)('tracker %s in %s, recalculated by LibreOffice', (id, lang) => {
  const get = () => cases.find((c) => c.tracker.id === id && c.lang === lang)!;

  test('every status, growth, latest value, change, latest status and summary equals the engine', () => {
    const c = get();
    const csv = sheetOf(c);
    const result = trackTracker(c.tracker);
    const word = (s: string | null) => (s === null ? '' : sheetLabel(s as 'onTrack', lang));
    let checked = 0;
    for (const team of result.teams)
      for (const k of team.kpis) {
        const key = { teamId: team.team.id, kpiId: k.kpi.id };
        for (const p of k.periods.filter((x) => x.due)) {
          const out = c.layout.outputs.periods.find((x) => x.teamId === key.teamId && x.kpiId === key.kpiId && x.endMonth === p.column.endMonth)!;
          expect([out.status, at(csv, out.status)]).toEqual([out.status, word(p.status)]);
          if (out.growth) expect([out.growth, at(csv, out.growth)]).toEqual([out.growth, p.measure === null ? '' : expect.stringMatching(/./)]);
          if (out.growth && p.measure !== null) expect(num(at(csv, out.growth))).toBeCloseTo(p.measure, 9);
          checked++;
        }
        const latest = c.layout.outputs.latest.find((x) => x.teamId === key.teamId && x.kpiId === key.kpiId)!;
        expect([latest.status, at(csv, latest.status)]).toEqual([latest.status, word(k.latest?.status ?? null)]);
        if (k.latest) expect(num(at(csv, latest.measure))).toBeCloseTo(k.latest.measure!, 9);
        else expect(at(csv, latest.measure)).toBe('');
        if (k.change !== null) expect(num(at(csv, latest.change))).toBeCloseTo(k.change, 9);
        else expect(at(csv, latest.change)).toBe('');
        const summary = c.layout.outputs.summary.find((x) => x.teamId === key.teamId && x.kpiId === key.kpiId)!;
        expect(at(csv, summary.cell)).toBe(word(k.latest?.status ?? null));
      }
    expect(checked).toBeGreaterThan(8);
  });

  test('no cell outside the charts’ data holds an error', () => {
    const c = get();
    const csv = sheetOf(c);
    const dataTitle = csv.findIndex((row) => row[0] === sheetLabel('chartData', lang));
    expect(dataTitle).toBeGreaterThan(0);
    const errors = csv
      .slice(0, dataTitle)
      .flatMap((row, r) => row.map((v, col) => [r + 1, col + 1, v] as const))
      .filter(([, , v]) => SPREADSHEET_ERROR.test(v));
    expect(errors).toEqual([]);
  });
});

test('the edge cases by hand: on an edge is the better status, just past it the worse', () => {
  const c = cases.find((x) => x.tracker.id === 'edge-tracker' && x.lang === 'en-US')!;
  const csv = sheetOf(c);
  const statuses = (kpiId: string) => c.layout.outputs.periods.filter((p) => p.teamId === 'edges' && p.kpiId === kpiId).map((p) => at(csv, p.status));
  // Renewal (≥ 85 %, warning 80 %): 0.80 at risk, 0.85 on track, 0.7999 off track, Q4 blank.
  expect(statuses('renewal')).toEqual(['At risk', 'On track', 'Off track', '']);
  // Churn (≤ 5 %, warning 7 %): 0.07 at risk, Q2 blank, 0.0701 off track.
  expect(statuses('churn')).toEqual(['At risk', '', 'Off track', '']);
  // CSAT of 0 in Q4 is a reading: off track.
  expect(statuses('csat')).toEqual(['', '', '', 'Off track']);
  // CLV: H1 105 / 100 − 1 = 5 % → at risk; H2 has no last year → no status.
  expect(statuses('clv')).toEqual(['At risk', '']);
  // Churn's change: 0.0701 − 0.07 = 0.0001, between Q1 and Q3 across the blank Q2.
  const churn = c.layout.outputs.latest.find((x) => x.teamId === 'edges' && x.kpiId === 'churn')!;
  expect(num(at(csv, churn.change))).toBeCloseTo(0.0001, 12);
});
