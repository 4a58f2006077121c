import { consolidateAppraisals, cardOfAppraiser, scoreScorecard, spreadOf, validateScorecard } from '../../../src/core/scorecard';
import type { Scorecard } from '../../../src/core/scorecard';
import { valid } from '../../helpers/cards';
import { panelCard } from '../../helpers/panel-card';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/*
 * Expected figures by hand, from test/helpers/panel-card.ts (c1 worth 30, c2 30, c3 40;
 * weights Ann 2, Bo 1, Cy 1; disagreement 20 % of a criterion's points by default).
 *
 * Xia   Ann: A 30, met 30, 8→32 = 92   Bo: B 24, partly 18, 7→28 = 70   Cy: A 30, met 30, 9→36 = 96
 *   c1 mean (2·30+24+30)/4 = 28.5; min 24, max 30; sd of 30,24,30 = √((4+16+4)/2) = √12; 6 ≤ 6: agree
 *   c2 mean (2·30+18+30)/4 = 27;   min 18, max 30; sd √((16+64+16)/2) = √48; 12 > 6: disagree
 *   c3 mean (2·32+28+36)/4 = 32;   min 28, max 36; sd √((0+16+16)/2) = 4; 8 ≤ 8: agree
 *   total 28.5 + 27 + 32 = 87.5; totals 92, 70, 96: sd √((36+256+100)/2) = 14; 26 > 20: disagree
 * Yara  Ann: C 18, partly 18, 5→20 = 56  Bo: C 18, not met 0, 6→24 = 42  Cy: (c1 unrated), partly 18, 5→20 = 38
 *   c1 mean over Ann and Bo (2·18+18)/3 = 18; min = max = 18; sd 0
 *   c2 mean (2·18+0+18)/4 = 13.5; sd √((36+144+36)/2) = √108; 18 > 6: disagree
 *   c3 mean (2·20+24+20)/4 = 21; sd of 20,24,20 = √((16/9+64/9+16/9)/2) = √(16/3); 4 ≤ 8: agree
 *   total 18 + 13.5 + 21 = 52.5; totals 56, 42, 38: mean (112+42+38)/4 = 48; sd √(268/3); 18 ≤ 20: agree
 */
describe('consolidateAppraisals', () => {
  const r = consolidateAppraisals(valid(panelCard));
  const [xia, yara] = r.candidates;
  const crit = (c: typeof xia, id: string) => c.criteria.find((x) => x.criterionId === id)!;

  test('each appraiser is scored as a card of their own', () => {
    expect(r.byAppraiser.map((a) => a.candidates.map((c) => c.total))).toEqual([
      [expect.closeTo(92, 9), expect.closeTo(56, 9)],
      [expect.closeTo(70, 9), expect.closeTo(42, 9)],
      [expect.closeTo(96, 9), expect.closeTo(38, 9)],
    ]);
    expect(r.weights).toEqual([2, 1, 1]);
  });

  test.each([
    ['xia', 'c1', 28.5, 24, 30, Math.sqrt(12), false],
    ['xia', 'c2', 27, 18, 30, Math.sqrt(48), true],
    ['xia', 'c3', 32, 28, 36, 4, false],
    ['yara', 'c1', 18, 18, 18, 0, false],
    ['yara', 'c2', 13.5, 0, 18, Math.sqrt(108), true],
    ['yara', 'c3', 21, 20, 24, Math.sqrt(16 / 3), false],
  ] as const)('%s on %s: mean %d, min %d, max %d, sd %d, disagree %s', (cand, id, mean, min, max, sd, disagree) => {
    const c = crit(cand === 'xia' ? xia : yara, id);
    expect(c.mean).toBeCloseTo(mean, 9);
    expect(c.min).toBeCloseTo(min, 9);
    expect(c.max).toBeCloseTo(max, 9);
    expect(c.sd).toBeCloseTo(sd, 9);
    expect(c.disagree).toBe(disagree);
  });

  test('an appraiser who did not rate is left out, not counted as 0', () => {
    expect(crit(yara, 'c1').byAppraiser).toEqual([expect.closeTo(18, 9), expect.closeTo(18, 9), null]);
  });

  test('totals: the sum of the means, and the spread of the appraisers’ own totals', () => {
    expect(xia.total).toBeCloseTo(87.5, 9);
    expect(yara.total).toBeCloseTo(52.5, 9);
    expect(xia.totalSpread.sd).toBeCloseTo(14, 9);
    expect(xia.totalSpread.disagree).toBe(true);
    expect(yara.totalSpread.mean).toBeCloseTo(48, 9);
    expect(yara.totalSpread.sd).toBeCloseTo(Math.sqrt(268 / 3), 9);
    expect(yara.totalSpread.disagree).toBe(false);
    expect([xia.rank, yara.rank]).toEqual([1, 2]);
  });

  test('a tighter setting flags what the default lets pass', () => {
    const card = clone(panelCard);
    card.disagreement = 0.1; // 3 points of c1, 4 of c3
    const t = consolidateAppraisals(valid(card)).candidates[0];
    expect(t.criteria.map((c) => c.disagree)).toEqual([true, true, true]);
  });

  test('a card of one appraiser consolidates to its own scores', () => {
    const one = cardOfAppraiser(valid(panelCard), 'bo');
    expect(one.appraiser?.id).toBe('bo');
    expect(one.appraisers).toBeUndefined();
    const c = consolidateAppraisals(one);
    expect(c.candidates.map((x) => x.total)).toEqual(scoreScorecard(one).candidates.map((x) => x.total));
    expect(c.candidates[0].criteria.every((x) => x.sd === null && !x.disagree)).toBe(true);
  });
});

describe('spreadOf', () => {
  test('nobody rated: no mean, no spread', () => {
    expect(spreadOf([null, null], [1, 1], 1)).toEqual({ mean: null, min: null, max: null, sd: null, disagree: false });
  });
  test('only zero-weight appraisers rated: a spread but no mean', () => {
    // (5 − 1) = 4 > 2: they disagree though neither counts in the mean.
    expect(spreadOf([5, 1, null], [0, 0, 1], 2)).toEqual({ mean: null, min: 1, max: 5, sd: Math.sqrt(8), disagree: true });
  });
});

describe('validation of appraisers', () => {
  const errorsOf = (card: unknown) => {
    const r = validateScorecard(card);
    return r.ok ? [] : r.errors;
  };
  test('the panel card is valid', () => {
    expect(errorsOf(panelCard)).toEqual([]);
  });
  test('every problem of appraisers is reported in both languages', () => {
    const card = clone(panelCard) as Scorecard;
    card.appraisers![2].id = 'ann';
    card.appraisals!.push({ appraiserId: 'dee', candidateId: 'zed', ratings: {} });
    card.appraisals!.push({ appraiserId: 'bo', candidateId: 'xia', ratings: {} });
    card.appraisals![0].ratings.c1 = 'E';
    card.appraisals![0].ratings.c3 = 11;
    card.candidates[0].ratings = { c1: 'A' };
    const errors = errorsOf(card);
    expect(errors.map((e) => e.path)).toEqual([
      'appraisers[2].id',
      'candidates[0].ratings',
      'appraisals[0].ratings.c1',
      'appraisals[0].ratings.c3',
      'appraisals[2].appraiserId', // cy is now a second ann, so cy's appraisals have no appraiser
      'appraisals[5].appraiserId',
      'appraisals[6].appraiserId',
      'appraisals[6].candidateId',
      'appraisals[7]',
    ]);
    expect(errors[1].text.en).toBe(
      'candidates[0].ratings (Xia) holds ratings, but this scorecard has several appraisers, so every rating belongs to one of them; move them into "appraisals".',
    );
    expect(errors[2].text.zh).toBe('appraisals[0].ratings.c1（夏在“成果”上的评分）为 "E"；该指标只接受 "A"、"B"、"C"、"D"。');
    expect(errors[8].text.en).toBe('appraisals[7] rates "xia" by "bo" a second time (first at appraisals[1]); put the ratings in one place.');
    expect(errors[7].text.zh).toBe('appraisals[6].candidateId 指向考评对象 "zed"，但该评分表中没有此考评对象。');
  });
  test('negative weights, all-zero weights, a share above 1 and appraisals without appraisers are refused', () => {
    const negative = clone(panelCard);
    negative.appraisers![0].weight = -1;
    expect(errorsOf(negative).map((e) => e.text.en)).toEqual(['appraisers[0].weight must be at least 0.']);
    const zero = clone(panelCard);
    zero.appraisers!.forEach((a) => (a.weight = 0));
    expect(errorsOf(zero).map((e) => e.text.en)).toEqual([
      'The weights of appraisers are all zero, so no appraiser counts in the consolidated points; give at least one a weight above zero.',
    ]);
    const share = { ...clone(panelCard), disagreement: 1.5 };
    expect(errorsOf(share).map((e) => e.path)).toEqual(['disagreement']);
    const orphan = clone(panelCard);
    delete orphan.appraisers;
    expect(errorsOf(orphan).map((e) => e.path)).toEqual(['appraisals']);
    const both = { ...clone(panelCard), appraiser: { id: 'ann', name: { en: 'Ann', zh: '安' } } };
    expect(errorsOf(both).map((e) => e.path)).toEqual(['appraiser']);
  });
});
