import { LANGS } from '../../src/core/errors';
import { label as sheetLabel } from '../../src/core/sheet/sheet-labels';
import { statusFormula } from '../../src/core/sheet/scoring-formulas';
import { ANSWERS, inLanguage, KPI_STATUS, KpiStatusKey } from '../../src/core/vocabulary';
import { answerPoints, choicesOf, ruleOf, t2VendorSelection } from '../../src/core/scorecard';
import { address, buildScorecardLayout, readBack } from '../../src/core/sheet';
import { valid } from '../helpers/cards';
import { OMITTED } from '../helpers/excel-call';
import * as metrics from '../../src/functions/families/metrics';

/*
 * One name per KPI state wherever a user meets it: what =CRM.KPISTATUS returns, what a
 * generated KPI sheet's status formula writes, and the sheet's colour rules that key on it.
 */
// renewal ≥ 85 % with a 5 % tolerance (4.25 points): 0.9 met, 0.83 within the band, 0.7 missed.
const CASES: [number, KpiStatusKey][] = [
  [0.9, 'onTrack'],
  [0.83, 'atRisk'],
  [0.7, 'offTrack'],
];

describe.each(LANGS)('%s', (lang) => {
  test.each(CASES)('KPISTATUS(%s, 0.85) and the sheet say the same word', (actual, key) => {
    const fromFunction = metrics.kpiStatusFn([[actual]], [[0.85]], OMITTED, OMITTED, [[lang]])[0][0];
    expect(fromFunction).toBe(inLanguage(KPI_STATUS[key], lang));
    expect(sheetLabel(key, lang)).toBe(fromFunction);
  });

  test('the sheet status formula writes exactly these three words', () => {
    const f = statusFormula({ type: 'scale', min: 0, max: 1 } as never, 'C5', '5', lang, 1);
    const words = [...f.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(words.sort()).toEqual(
      Object.values(KPI_STATUS)
        .map((t) => inLanguage(t, lang))
        .sort(),
    );
  });
});

test("the zh-CN words: 达标, the source document's 预警 (docs/seeds/001), 未达标", () => {
  expect(Object.values(KPI_STATUS).map((t) => t.zh)).toEqual(['达标', '预警', '未达标']);
});

/*
 * The answers of rules R1 and R2 have one set of words: the sheet offers them in its dropdown
 * and scores them, read-back takes them, CRM.LEVEL accepts them, and the pane lists them.
 */
describe.each(LANGS)('answer words in %s', (lang) => {
  const metCriterion = t2VendorSelection.sections.flatMap((s) => s.criteria).find((c) => c.scoring.type === 'met')!;
  const card = valid(t2VendorSelection);
  const layout = buildScorecardLayout(card, lang, 'vocab001');
  const row = layout.inputs.ratings.find((r) => r.criterionId === metCriterion.id)!;
  const words = (['met', 'partial', 'not-met'] as const).map((id) => inLanguage(ANSWERS[id], lang));

  test("the sheet's dropdown offers exactly the vocabulary's words", () => {
    const rowNo = row.cell.replace(/^[A-Z]+/, '');
    const list = layout.plan.validations.find((v) => v.range.replace(/[A-Z]+/g, '').split(':')[0] === rowNo && v.type === 'list');
    expect(list && list.type === 'list' ? list.values : null).toEqual(words);
  });

  test('the sheet formula scores the words, read-back takes them, CRM.LEVEL accepts them', () => {
    const formula = ruleOf(metCriterion.scoring).formula(metCriterion.scoring, 'H9', '$H$9:$J$9', lang);
    for (const w of words.slice(0, 2)) expect(formula).toContain(`"${w}"`);
    const read = (id: 'met' | 'partial' | 'not-met') => {
      const entry = { linkId: 'vocab001', lang, sheetName: 'S', card };
      const cells = new Map(layout.plan.cells.map((c) => [address(c.row, c.col), c.formula !== undefined ? `=${c.formula}` : (c.value ?? null)] as const));
      cells.set(row.cell, inLanguage(ANSWERS[id], lang));
      return readBack(entry, (a) => cells.get(a) ?? null).card.candidates.find((k) => k.id === row.candidateId)!.ratings[metCriterion.id];
    };
    expect(['met', 'partial', 'not-met'].map((id) => read(id as 'met'))).toEqual(['met', 'partial', 'not-met']);
    expect(words.map((w) => answerPoints(w, 'met', 5, null))).toEqual([5, 3, 0]);
  });

  test('the pane lists the same words for a met criterion', () => {
    const choices = choicesOf(metCriterion.scoring)!.map((c) => inLanguage(c.label, lang));
    expect(choices).toEqual(words);
  });
});
