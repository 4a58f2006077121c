import { valid } from '../../../helpers/cards';
import fc from 'fast-check';
import { LANGS } from '../../../../src/core/errors';
import { RULES, Scorecard, scoreScorecard, SCORING_TYPES, starterScoring, validateScorecard } from '../../../../src/core/scorecard';
import { formulaString } from '../../../../src/core/sheet/formula-text';

/*
 * What every scoring rule promises, checked for each module in rules/ so a new rule is held
 * to it without a test of its own for these: its starting scoring is valid and keeps full
 * points where it can, every rating it accepts earns between 0 and full points, and a blank
 * earns nothing. The rule's own formulas are compared with the engine in
 * test/xlsx/rules-side-by-side.test.ts.
 */

const cardWith = (scoring: Scorecard['sections'][0]['criteria'][0]['scoring'], ratings: (string | number)[]): Scorecard => ({
  format: 1,
  id: 'contract',
  title: { en: 'Contract', zh: '约定' },
  notes: { en: 'n', zh: 'n' },
  kind: 'selection',
  totalPoints: 100,
  sections: [{ id: 's', name: { en: 'S', zh: 'S' }, weight: 1, criteria: [{ id: 'c', name: { en: 'C', zh: 'C' }, weight: 1, scoring }] }],
  candidates: ratings.map((r, i) => ({ id: `k${i}`, name: { en: `K${i}`, zh: `K${i}` }, kind: 'vendor', ratings: { c: r } })),
});

describe.each(SCORING_TYPES)('the %s rule', (type) => {
  const rule = RULES[type];
  const starter = starterScoring(type);

  test('its starting scoring is valid and keeps the 5 points of a fresh criterion', () => {
    expect(validateScorecard(cardWith(starter, [])).ok).toBe(true);
    // R3's 5/4/3 fee rule always starts on 5 points; the others keep what the criterion had.
    expect(rule.full(starter as never)).toBe(5);
    const ten = { type: 'provided', maxPoints: 10 } as const;
    expect(rule.full(starterScoring(type, ten) as never)).toBe(type === 'rank' ? 5 : 10);
  });

  test('every rating it accepts earns between 0 and full points; a blank earns nothing', () => {
    const accepts = rule.accepts(starter as never);
    const rating: fc.Arbitrary<string | number> =
      accepts.kind === 'choice'
        ? fc.constantFrom(...accepts.choices.map((c) => c.id))
        : fc.double({ min: accepts.bounds?.min ?? -1e6, max: accepts.bounds?.max ?? 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1, maxLength: 8 }), (ratings) => {
        const scored = rule.score(starter as never, [...ratings, undefined]);
        expect(scored[ratings.length]).toBeNull();
        for (const s of scored.slice(0, -1)) {
          expect(s).not.toBeNull();
          expect(s!.raw).toBeGreaterThanOrEqual(0);
          expect(s!.raw).toBeLessThanOrEqual(rule.full(starter as never));
        }
        const result = scoreScorecard(valid(cardWith(starter, ratings)));
        result.candidates.forEach((c, i) => expect(c.total).toBeCloseTo((100 * scored[i]!.raw) / rule.full(starter as never), 9));
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  test('its sheet text exists in both languages, and its formula tests for every choice that earns points', () => {
    for (const lang of LANGS) {
      expect(rule.text(starter as never, lang).length).toBeGreaterThan(0);
      const f = rule.formula(starter as never, 'H7', '$H$7:$J$7', lang);
      expect(f).toMatch(/H7/);
      const accepts = rule.accepts(starter as never);
      if (accepts.kind !== 'choice') continue;
      // A cell holding a choice that earns points must be tested for in the formula, as the
      // word of the sheet's language (level ids are the same in both).
      const scored = rule.score(
        starter as never,
        accepts.choices.map((c) => c.id),
      );
      accepts.choices.forEach((c, i) => {
        if (scored[i]!.raw > 0) expect(f).toContain(formulaString(lang === 'zh-CN' ? c.typed.zh : c.typed.en));
      });
    }
  });
});
