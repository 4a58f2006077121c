import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Lang, LANGS } from '../../src/core/errors';
import { consolidateAppraisals, Scorecard, t2VendorSelection } from '../../src/core/scorecard';
import { parseAddress } from '../../src/core/sheet/a1';
import { sheetLabel } from '../../src/core/sheet';
import { consolidatedWorkbook, consolidatedXlsxBytes } from '../../src/xlsx/consolidated-workbook';
import { valid } from '../helpers/cards';
import { Csv, csvCell, pdfPages, pdfPageText, printToPdf, recalculateToCsv, SPREADSHEET_ERROR } from '../helpers/libreoffice';
import { panelCard } from '../helpers/panel-card';

/*
 * A consolidated appraisal of three appraisers, recalculated by LibreOffice: every appraiser's
 * points and totals, every mean, lowest, highest, standard deviation, flag, consolidated total,
 * rank and count of disagreements equals the engine (src/core/scorecard/consolidate.ts, whose
 * figures for the panel card are worked out by hand in test/core/scorecard/consolidate.test.ts).
 */

/** The T2 tender rated by three people: a rank rule ranks within each appraiser's fees; Cy leaves a fee unrated. */
const tenderPanel: Scorecard = (() => {
  const t = structuredClone(t2VendorSelection);
  const people = [
    { id: 'ann', name: { en: 'Ann', zh: '安' } },
    { id: 'bo', name: { en: 'Bo', zh: '博' }, weight: 0.5 },
    { id: 'cy', name: { en: 'Cy', zh: '赛' }, weight: 1.5 },
  ];
  const appraisals = people.flatMap((p, a) =>
    t.candidates.map((c, j) => {
      const ratings: Record<string, string | number> = { ...c.ratings };
      if (a === 1) for (const k of Object.keys(ratings)) if (ratings[k] === 'met') ratings[k] = 'partial';
      if (a === 2 && j === 0) delete ratings.c1;
      if (a === 2 && typeof ratings.c2 === 'number') ratings.c2 = ratings.c2 * (1 + 0.1 * j);
      return { appraiserId: p.id, candidateId: c.id, ratings };
    }),
  );
  return { ...t, id: 'tender-panel', candidates: t.candidates.map((c) => ({ ...c, ratings: {} })), appraisers: people, appraisals, disagreement: 0.25 };
})();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-consolidated-'));
const cards = [panelCard, tenderPanel];
const cases = cards.flatMap((card) => LANGS.map((lang) => ({ card, lang, file: path.join(dir, `${card.id}-${lang}.xlsx`) })));
let csvs: Map<string, Map<string, Csv>>;

beforeAll(async () => {
  for (const c of cases) fs.writeFileSync(c.file, await consolidatedXlsxBytes(valid(c.card), c.lang, { linkIds: ['lnkann1', 'lnkbo01', 'lnkcy01'] }));
  csvs = recalculateToCsv(cases.map((c) => c.file));
}, 240_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (csv: Csv, a: string) => {
  const { row, col } = parseAddress(a);
  return csvCell(csv, row, col);
};
const num = (v: string) => (v === '' ? null : Number(v));

describe.each(cases.map((c) => [c.card.id, c.lang, c] as const))('%s (%s), recalculated by LibreOffice', (_id, lang: Lang, c) => {
  const planned = () => consolidatedWorkbook(valid(c.card), lang, { linkIds: ['lnkann1', 'lnkbo01', 'lnkcy01'] }).planned;
  const sheet = (name: string) => {
    const s = csvs.get(c.file)!.get(name);
    if (!s) throw new Error(`no ${name} in ${[...csvs.get(c.file)!.keys()].join(', ')}`);
    return s;
  };

  test('every figure of the consolidated sheet equals the engine', () => {
    const { layout, sheetName } = planned();
    const csv = sheet(sheetName);
    const result = consolidateAppraisals(valid(c.card));
    const flag = (on: boolean) => (on ? sheetLabel('disagree', lang) : '');
    for (const cand of result.candidates) {
      for (const k of cand.criteria) {
        const o = layout.outputs.criteria.find((x) => x.candidateId === cand.candidateId && x.criterionId === k.criterionId)!;
        const got = {
          byAppraiser: o.byAppraiser.map((a) => num(at(csv, a))),
          mean: num(at(csv, o.mean)),
          min: num(at(csv, o.min)),
          max: num(at(csv, o.max)),
          sd: num(at(csv, o.sd)),
        };
        const close = (x: number | null) => (x === null ? null : expect.closeTo(x, 9));
        expect([cand.candidateId, k.criterionId, got]).toEqual([
          cand.candidateId,
          k.criterionId,
          { byAppraiser: k.byAppraiser.map(close), mean: close(k.mean), min: close(k.min), max: close(k.max), sd: close(k.sd) },
        ]);
        expect([k.criterionId, at(csv, o.flag)]).toEqual([k.criterionId, flag(k.disagree)]);
      }
      const t = layout.outputs.totals.find((x) => x.candidateId === cand.candidateId)!;
      expect(t.byAppraiser.map((a) => Number(at(csv, a)))).toEqual(cand.totals.map((x) => expect.closeTo(x, 9)));
      expect(Number(at(csv, t.mean))).toBeCloseTo(cand.total, 9);
      expect([Number(at(csv, t.min)), Number(at(csv, t.max)), Number(at(csv, t.sd))]).toEqual(
        [cand.totalSpread.min!, cand.totalSpread.max!, cand.totalSpread.sd!].map((x) => expect.closeTo(x, 9)),
      );
      expect(at(csv, t.flag)).toBe(flag(cand.totalSpread.disagree));
      const s = layout.outputs.summary.find((x) => x.candidateId === cand.candidateId)!;
      expect(Number(at(csv, s.total))).toBeCloseTo(cand.total, 9);
      expect(Number(at(csv, s.rank))).toBe(cand.rank);
      expect(Number(at(csv, s.disagreements))).toBe(cand.criteria.filter((k) => k.disagree).length);
    }
    const errors = csv.flatMap((row, r) => row.map((v, col) => [r + 1, col + 1, v] as const)).filter(([, , v]) => SPREADSHEET_ERROR.test(v));
    expect(errors).toEqual([]);
  });

  test('each appraiser sheet computes that appraiser’s totals', () => {
    const p = planned();
    const result = consolidateAppraisals(valid(c.card));
    p.appraisers.forEach((a, i) => {
      const csv = sheet(a.sheetName);
      for (const t of a.layout.outputs.totals) {
        const expected = result.byAppraiser[i].candidates.find((x) => x.candidateId === t.candidateId)!.total;
        expect(Number(at(csv, t.cell))).toBeCloseTo(expected, 9);
      }
    });
  });
});

test('the panel card on the sheet: the figures worked out by hand', () => {
  const c = cases.find((x) => x.card === panelCard && x.lang === 'en-US')!;
  const { layout, sheetName } = consolidatedWorkbook(valid(panelCard), 'en-US', { linkIds: ['lnkann1', 'lnkbo01', 'lnkcy01'] }).planned;
  const csv = csvs.get(c.file)!.get(sheetName)!;
  const xia = layout.outputs.totals[0];
  // (2·92 + 70 + 96) / 4 = 87.5; totals 92, 70, 96: sd 14, and 26 > 20 flags them.
  expect([Number(at(csv, xia.mean)), Number(at(csv, xia.sd)), at(csv, xia.flag)]).toEqual([87.5, 14, 'Appraisers disagree']);
  // Cy did not rate Yara's c1: blank, and the mean over Ann and Bo is (2·18 + 18) / 3 = 18.
  const yc1 = layout.outputs.criteria.find((x) => x.candidateId === 'yara' && x.criterionId === 'c1')!;
  expect([at(csv, yc1.byAppraiser[2]), Number(at(csv, yc1.mean))]).toEqual(['', 18]);
});

test('printed, each sheet of the panel takes one A4 landscape page, the consolidated one first', () => {
  const files = cases.filter((c) => c.card === panelCard).map((c) => c.file);
  const { pdfs, done } = printToPdf(files);
  try {
    for (const f of files) {
      const pdf = pdfs.get(f)!;
      const { pages, width, height } = pdfPages(pdf);
      // A4 is 842 × 595 points landscape (ISO 216: 297 × 210 mm).
      expect([pages, Math.round(width), Math.round(height)]).toEqual([4, 842, 595]);
      expect(pdfPageText(pdf, 1)).toMatch(f.includes('zh-CN') ? /考评人意见分歧/ : /Appraisers disagree/);
    }
  } finally {
    done();
  }
}, 120_000);

test('a returned copy holding what a criterion does not accept: the consolidated sheet leaves it out, as the engine reads it unrated', async () => {
  // Ann typed "Maybe" for Xia's c2 (met / partly met / not met) and Bo typed 12 on Xia's 0–10
  // scale: data validation stops both in Excel, but a pasted value or another program gets past it.
  const card = valid(panelCard);
  const { workbook, planned } = consolidatedWorkbook(card, 'en-US', { linkIds: ['lnkann1', 'lnkbo01', 'lnkcy01'] });
  const ratingCell = (i: number, criterionId: string) =>
    planned.appraisers[i].layout.inputs.ratings.find((x) => x.candidateId === 'xia' && x.criterionId === criterionId)!.cell;
  workbook.getWorksheet(planned.appraisers[0].sheetName)!.getCell(ratingCell(0, 'c2')).value = 'Maybe';
  workbook.getWorksheet(planned.appraisers[1].sheetName)!.getCell(ratingCell(1, 'c3')).value = 12;
  const file = path.join(dir, 'panel-unaccepted.xlsx');
  fs.writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const csv = recalculateToCsv([file]).get(file)!.get(planned.sheetName)!;
  // The engine on the same appraisals with those two ratings left unrated.
  const unrated = structuredClone(panelCard);
  const of = (appraiserId: string) => unrated.appraisals!.find((a) => a.appraiserId === appraiserId && a.candidateId === 'xia')!;
  delete of('ann').ratings.c2;
  delete of('bo').ratings.c3;
  const xia = consolidateAppraisals(valid(unrated)).candidates.find((c) => c.candidateId === 'xia')!;
  for (const k of xia.criteria) {
    const o = planned.layout.outputs.criteria.find((x) => x.candidateId === 'xia' && x.criterionId === k.criterionId)!;
    expect([k.criterionId, o.byAppraiser.map((a) => num(at(csv, a)))]).toEqual([
      k.criterionId,
      k.byAppraiser.map((v) => (v === null ? null : expect.closeTo(v, 9))),
    ]);
    expect(num(at(csv, o.mean))).toBeCloseTo(k.mean!, 9);
  }
  // By hand, c2 (worth 30): Bo partly met 3/5 → 18, Cy met → 30, Ann left out: (18 + 30) / 2 = 24.
  const c2 = planned.layout.outputs.criteria.find((x) => x.candidateId === 'xia' && x.criterionId === 'c2')!;
  expect(num(at(csv, c2.mean))).toBeCloseTo(24, 9);
}, 120_000);
