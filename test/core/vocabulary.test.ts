import { LANGS } from '../../src/core/errors';
import { label as sheetLabel } from '../../src/core/sheet/sheet-labels';
import { statusFormula } from '../../src/core/sheet/scoring-formulas';
import { inLanguage, KPI_STATUS, KpiStatusKey } from '../../src/core/vocabulary';
import * as metrics from '../../src/functions/families/metrics';

/*
 * One name per KPI state wherever a user meets it: what =CRM.KPISTATUS returns, what a
 * generated KPI sheet's status formula writes, and the sheet's colour rules that key on it.
 */
const OMITTED = null as unknown as undefined;
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
