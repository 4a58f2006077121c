import { valid } from '../helpers/cards';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Lang, LANGS } from '../../src/core/errors';
import { BUILT_IN_TEMPLATES, Scorecard, scoreScorecard, t1SupervisorAppraisal, t2VendorSelection, t5KpiTargets } from '../../src/core/scorecard';
import { parseAddress } from '../../src/core/sheet/a1';
import { sheetLabel } from '../../src/core/sheet';
import { scorecardWorkbook } from '../../src/xlsx/scorecard-workbook';
import { addCharts } from '../../src/xlsx/add-charts';
import { Csv, csvCell, recalculateToCsv, SPREADSHEET_ERROR } from '../helpers/libreoffice';

/*
 * The generated sheets computed by a real spreadsheet engine. Every template (and a few
 * awkward cards) is written by the ExcelJS writer without cached results, recalculated by
 * LibreOffice, and every criterion's points, section subtotal, total, rank and status is
 * compared with the scorecard engine (src/core/scorecard/engine.ts), the reference the
 * formulas must reproduce.
 */

/** Fees tied for lowest, a blank rating and names a spreadsheet would read as formulas. */
const awkwardSelection: Scorecard = {
  ...structuredClone(t2VendorSelection),
  id: 'awkward-selection',
  candidates: t2VendorSelection.candidates.map((c, i) => {
    const ratings = { ...c.ratings, c1: i === 2 ? 420000 : 350000 };
    if (i === 1) delete (ratings as Record<string, unknown>)['c5'];
    return { ...c, name: { en: ['=1+1', '+SUM(A1)', '@vendor'][i], zh: ['=1+1', '-2', '@供应商'][i] }, ratings };
  }),
};
awkwardSelection.sections[0].criteria[0] = {
  ...awkwardSelection.sections[0].criteria[0],
  name: { en: '=HYPERLINK("x")', zh: '=HYPERLINK("x")' },
  reconstructed: false,
};

/** Actuals exactly on each band edge, and one KPI left blank. */
const edgeKpis: Scorecard = {
  ...structuredClone(t5KpiTargets),
  id: 'edge-kpis',
  candidates: [
    { id: 'on-edges', name: { en: 'On edges', zh: '边界值' }, kind: 'period', ratings: { renewal: 0.85, csat: 0.85, 'clv-growth': 0.05, churn: 0.07 } },
    { id: 'blank', name: { en: 'Blank', zh: '空白' }, kind: 'period', ratings: { renewal: 0.79, csat: 0.9 } },
  ],
};

interface Case {
  card: Scorecard;
  lang: Lang;
  file: string;
  sheetName: string;
  layout: ReturnType<typeof scorecardWorkbook>['layout'];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-recalc-'));
const cases: Case[] = [];
let csvs: Map<string, Map<string, Csv>>;

beforeAll(async () => {
  const cards = [...BUILT_IN_TEMPLATES, awkwardSelection, edgeKpis];
  for (const card of cards)
    for (const lang of LANGS) {
      const built = scorecardWorkbook(valid(card), lang, { linkId: 'recalc01' });
      const file = path.join(dir, `${card.id}-${lang}.xlsx`);
      const bytes = await addCharts(new Uint8Array(await built.workbook.xlsx.writeBuffer()), [
        { sheetIndex: 0, sheetName: built.sheetName, charts: built.layout.plan.charts },
      ]);
      fs.writeFileSync(file, bytes);
      cases.push({ card, lang, file, sheetName: built.sheetName, layout: built.layout });
    }
  csvs = recalculateToCsv(cases.map((c) => c.file));
}, 240_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (csv: Csv, a: string) => {
  const { row, col } = parseAddress(a);
  return csvCell(csv, row, col);
};
const sheetOf = (c: Case) => {
  const s = csvs.get(c.file)?.get(c.sheetName);
  if (!s) throw new Error(`no CSV for ${c.sheetName} in ${[...(csvs.get(c.file)?.keys() ?? [])].join(', ')}`);
  return s;
};
const names = [...BUILT_IN_TEMPLATES.map((t) => t.id), 'awkward-selection', 'edge-kpis'].flatMap((id) => LANGS.map((lang) => [id, lang] as const));

describe.each(names)('%s in %s, recalculated by LibreOffice', (id, lang) => {
  const get = () => cases.find((c) => c.card.id === id && c.lang === lang)!;

  test('every points, subtotal, total and rank cell equals the engine', () => {
    const c = get();
    const csv = sheetOf(c);
    const result = scoreScorecard(valid(c.card));
    for (const cand of result.candidates) {
      const total = c.layout.outputs.totals.find((t) => t.candidateId === cand.candidateId)!;
      expect(Number(at(csv, total.cell))).toBeCloseTo(cand.total, 9);
      const rank = c.layout.outputs.ranks.find((t) => t.candidateId === cand.candidateId)!;
      expect(Number(at(csv, rank.cell))).toBe(cand.rank);
      const grade = c.layout.outputs.grades.find((t) => t.candidateId === cand.candidateId);
      expect(grade ? at(csv, grade.cell) : undefined).toBe(cand.overallGrade && (lang === 'zh-CN' ? cand.overallGrade.zh : cand.overallGrade.en));
      for (const s of cand.sections) {
        const cell = c.layout.outputs.sectionPoints.find((x) => x.candidateId === cand.candidateId && x.sectionId === s.sectionId)!.cell;
        expect(Number(at(csv, cell))).toBeCloseTo(s.points, 9);
      }
      for (const k of cand.criteria) {
        const cell = c.layout.outputs.points.find((x) => x.candidateId === cand.candidateId && x.criterionId === k.criterionId)!.cell;
        expect([k.criterionId, Number(at(csv, cell))]).toEqual([k.criterionId, expect.closeTo(k.points, 9)]);
      }
    }
  });

  test('statuses follow the engine: full points on track, some at risk, none off track, blank when not entered', () => {
    const c = get();
    const csv = sheetOf(c);
    const result = scoreScorecard(valid(c.card));
    for (const s of c.layout.outputs.statuses) {
      const k = result.candidates.find((x) => x.candidateId === s.candidateId)!.criteria.find((x) => x.criterionId === s.criterionId)!;
      const expected = k.share === null ? '' : sheetLabel(k.share >= 1 ? 'onTrack' : k.share > 0 ? 'atRisk' : 'offTrack', lang);
      expect([s.cell, at(csv, s.cell)]).toEqual([s.cell, expected]);
    }
    expect(c.layout.outputs.statuses.length > 0).toBe(c.card.sections.some((s) => s.criteria.some((k) => k.scoring.type === 'target')));
  });

  test('no cell anywhere holds an error, and the weights check says OK', () => {
    const c = get();
    const csv = sheetOf(c);
    const errors = csv.flatMap((row, r) => row.map((v, col) => [r + 1, col + 1, v] as const)).filter(([, , v]) => SPREADSHEET_ERROR.test(v));
    expect(errors).toEqual([]);
    expect(at(csv, c.layout.outputs.weightsCheck)).toBe(sheetLabel('weightsOk', lang));
  });
});

test('names that look like formulas stay text', () => {
  const c = cases.find((x) => x.card.id === 'awkward-selection' && x.lang === 'en-US')!;
  const csv = sheetOf(c);
  expect(c.layout.inputs.candidateNames.map((n) => at(csv, n.cell))).toEqual(['=1+1', '+SUM(A1)', '@vendor']);
  expect(csvCell(csv, 8, 1)).toBe('=HYPERLINK("x")');
});

test('rank rule R3 with two fees tied for lowest: both earn 5, the higher fee the last 3 (docs/seeds.md T2)', () => {
  const c = cases.find((x) => x.card.id === 'awkward-selection' && x.lang === 'zh-CN')!;
  const csv = sheetOf(c);
  // Fees 350,000, 350,000, 420,000: ties share the better points (rank-points.ts); weight 25 % of a
  // 40 % section on a 5-point scale, so 5 points → 5/5 × 0.1 × 100 = 10 and 3 points → 6.
  const cells = c.layout.outputs.points.filter((p) => p.criterionId === 'c1').map((p) => Number(at(csv, p.cell)));
  expect(cells).toEqual([10, 10, 6]);
});

test('the overall grade of an appraisal is the nearest level: 90 → A, 80 → B, 58 → C (levels 100/80/60/40 %)', () => {
  for (const lang of LANGS) {
    const c = cases.find((x) => x.card.id === t1SupervisorAppraisal.id && x.lang === lang)!;
    const csv = sheetOf(c);
    const labels = t1SupervisorAppraisal.sections[0].criteria[0].scoring;
    if (labels.type !== 'levels') throw new Error('T1 is graded');
    const l = (i: number) => (lang === 'zh-CN' ? labels.levels[i].label.zh : labels.levels[i].label.en);
    expect(c.layout.outputs.grades.map((g) => at(csv, g.cell))).toEqual([l(0), l(1), l(2)]);
  }
});

test('the stored definition travels in a hidden sheet of the same file', () => {
  const c = cases.find((x) => x.card.id === t2VendorSelection.id && x.lang === 'en-US')!;
  const store = csvs.get(c.file)!.get('CRM_Scorecards')!;
  expect(store[1].slice(0, 4)).toEqual(['recalc01', '1', 'en-US', c.sheetName]);
  expect(JSON.parse(store[1].slice(4).join(''))).toEqual(t2VendorSelection);
});
