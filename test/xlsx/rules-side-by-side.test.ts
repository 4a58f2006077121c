import { valid } from '../helpers/cards';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LANGS } from '../../src/core/errors';
import { BUILT_IN_TEMPLATES, boundsOf, Candidate, choicesOf, Criterion, Rating, RULES, Scorecard, scoreScorecard } from '../../src/core/scorecard';
import { parseAddress } from '../../src/core/sheet/a1';
import { scorecardWorkbook } from '../../src/xlsx/scorecard-workbook';
import { csvCell, recalculateToCsv } from '../helpers/libreoffice';

/*
 * Each scoring rule has two versions of its points: `score` in the engine and `formula` in
 * the sheet (src/core/scorecard/rules). Here they are set side by side on every criterion of
 * every template: candidates rate it with every answer it accepts and with numbers on, just
 * above and just below each of its edges (target, band thresholds, scale ends), tied values
 * for rank rules, and a blank; LibreOffice computes the sheet and every points cell must
 * equal the engine's.
 */

/** The numbers a criterion's scoring turns on: targets, thresholds and the ends of its scale. */
function edges(scoring: unknown): number[] {
  const out: number[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'number' && ['target', 'threshold', 'min', 'max'].includes(key)) out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(scoring, '');
  return out;
}

/** Ratings that probe one criterion; `undefined` leaves it blank. */
function probes(c: Criterion): (Rating | undefined)[] {
  const choices = choicesOf(c.scoring);
  if (choices) return [...choices.map((x) => x.id), undefined];
  const bounds = boundsOf(c.scoring);
  const inside = (x: number) => !bounds || (x >= bounds.min && x <= bounds.max);
  const near = edges(c.scoring).flatMap((e) => {
    const step = Math.max(Math.abs(e), 1) * 1e-3;
    return [e - step, e, e + step];
  });
  // Values of a fee-like size too, so a rank rule sees a spread, a tie and an outlier.
  const spread = c.scoring.type === 'rank' ? [350000, 350000, 420000, 395000, 0] : [];
  const values = [...new Set([...near, ...spread])].filter(inside);
  return [...values, values[0], undefined];
}

function probeCard(card: Scorecard): Scorecard {
  const criteria = card.sections.flatMap((s) => s.criteria);
  const table = criteria.map(probes);
  const n = Math.max(...table.map((p) => p.length));
  const candidates: Candidate[] = Array.from({ length: n }, (_, j) => ({
    id: `p${j + 1}`,
    name: { en: `Probe ${j + 1}`, zh: `探测 ${j + 1}` },
    kind: card.candidates[0]?.kind ?? 'person',
    ratings: Object.fromEntries(criteria.flatMap((c, i) => (table[i][j] === undefined ? [] : [[c.id, table[i][j] as Rating]]))),
  }));
  return { ...structuredClone(card), id: `${card.id}-probe`, candidates };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-rules-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cases = BUILT_IN_TEMPLATES.flatMap((t) => LANGS.map((lang) => ({ card: probeCard(t), lang })));
let computed: ReturnType<typeof recalculateToCsv>;
const files = new Map<string, { file: string; built: ReturnType<typeof scorecardWorkbook> }>();

beforeAll(async () => {
  for (const { card, lang } of cases) {
    const built = scorecardWorkbook(valid(card), lang, { linkId: 'probe001' });
    const file = path.join(dir, `${card.id}-${lang}.xlsx`);
    fs.writeFileSync(file, new Uint8Array(await built.workbook.xlsx.writeBuffer()));
    files.set(`${card.id}/${lang}`, { file, built });
  }
  computed = recalculateToCsv([...files.values()].map((f) => f.file));
}, 240_000);

test('the probes reach every rule the templates use, with more than one rating each', () => {
  const used = new Set(cases.flatMap(({ card }) => card.sections.flatMap((s) => s.criteria.map((c) => c.scoring.type))));
  expect([...used].sort()).toEqual(Object.keys(RULES).sort());
  for (const { card } of cases) expect(card.candidates.length).toBeGreaterThan(3);
});

describe.each(cases.map((c) => [c.card.id, c.lang, c] as const))('%s in %s', (_id, lang, { card }) => {
  test("every criterion's points in the sheet equal the engine's, probe by probe", () => {
    const { file, built } = files.get(`${card.id}/${lang}`)!;
    const csv = computed.get(file)!.get(built.sheetName)!;
    const result = scoreScorecard(valid(card));
    const types = new Map(card.sections.flatMap((s) => s.criteria.map((c) => [c.id, c.scoring.type] as const)));
    for (const p of built.layout.outputs.points) {
      const engine = result.candidates.find((x) => x.candidateId === p.candidateId)!.criteria.find((x) => x.criterionId === p.criterionId)!;
      const { row, col } = parseAddress(p.cell);
      const sheet = Number(csvCell(csv, row, col));
      expect({ rule: types.get(p.criterionId), criterion: p.criterionId, candidate: p.candidateId, points: sheet }).toEqual({
        rule: types.get(p.criterionId),
        criterion: p.criterionId,
        candidate: p.candidateId,
        points: expect.closeTo(engine.points, 9),
      });
    }
  });
});
