import { valid } from '../../helpers/cards';
import { scoreScorecard, ScorecardResult } from '../../../src/core/scorecard/engine';
import { scorecardSensitivity } from '../../../src/core/scorecard/scorecard-sensitivity';
import {
  BUILT_IN_TEMPLATES,
  t1SupervisorAppraisal,
  t2VendorSelection,
  t3SoftwareEvaluation,
  t4ServiceQuality,
  t5KpiTargets,
  t6CapabilityAssessment,
  templateById,
} from '../../../src/core/scorecard/templates';
import { CrmError } from '../../../src/core/errors';

const totals = (r: ScorecardResult) => Object.fromEntries(r.candidates.map((c) => [c.candidateId, c.total]));
const ranks = (r: ScorecardResult) => Object.fromEntries(r.candidates.map((c) => [c.candidateId, c.rank]));
const expectTotals = (r: ScorecardResult, expected: Record<string, number>) => {
  const got = totals(r);
  expect(Object.keys(got)).toEqual(Object.keys(expected));
  for (const [id, v] of Object.entries(expected)) expect(got[id]).toBeCloseTo(v, 9);
};

describe('built-in templates', () => {
  test('six templates with distinct ids, every text in both languages', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      't1-crm-supervisor-appraisal',
      't2-crm-vendor-selection',
      't3-crm-software-evaluation',
      't4-customer-service-quality',
      't5-crm-kpi-targets',
      't6-crm-capability-assessment',
    ]);
    expect(templateById('t5-crm-kpi-targets')).toBe(t5KpiTargets);
    // Every {en, zh} object anywhere in a template has both texts, and the zh text is Chinese.
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('en' in o || 'zh' in o) {
          expect(typeof o.en).toBe('string');
          expect(o.zh).toMatch(/[\u4e00-\u9fff]|^[A-Z0-9 ]+$/);
        } else Object.values(o).forEach(visit);
      }
    };
    BUILT_IN_TEMPLATES.forEach(visit);
  });

  test('reconstructed parts are flagged and named in the notes', () => {
    for (const t of [t1SupervisorAppraisal, t2VendorSelection, t4ServiceQuality, t5KpiTargets]) {
      expect(t.notes.en).toContain('Reconstructed');
      expect(t.notes.zh).toContain('重建');
    }
    expect(t1SupervisorAppraisal.sections[0].criteria[3].reconstructed).toBe(true);
    expect(
      t2VendorSelection.sections
        .flatMap((s) => s.criteria)
        .filter((c) => c.reconstructed)
        .map((c) => c.id),
    ).toEqual(['p1', 's3', 's4', 's5', 's6', 'v1', 'v4', 'c2']);
  });

  test('T1: four graded indicators 30/20/20/30, A/B/C/D = 100/80/60/40 % of the weight', () => {
    // Zhang Wei  A B A B: 30·1 + 20·.8 + 20·1 + 30·.8 = 30 + 16 + 20 + 24 = 90
    // Li Na      B A C B: 30·.8 + 20·1 + 20·.6 + 30·.8 = 24 + 20 + 12 + 24 = 80
    // Wang Fang  C C B D: 30·.6 + 20·.6 + 20·.8 + 30·.4 = 18 + 12 + 16 + 12 = 58
    const r = scoreScorecard(valid(t1SupervisorAppraisal));
    expectTotals(r, { 'zhang-wei': 90, 'li-na': 80, 'wang-fang': 58 });
    expect(ranks(r)).toEqual({ 'zhang-wei': 1, 'li-na': 2, 'wang-fang': 3 });
    expect(r.candidates[0].criteria.map((c) => c.grade)).toEqual(['A', 'B', 'A', 'B']);
  });

  test('T2: tender with rules R1/R2/R3 and a 40 % price section', () => {
    // One raw point is one card point in product (25 %, 5 × 5), solution (25 %, 5+2+5+5+5+3) and
    // service (10 %, 4+2+2+2); the price section holds 20 raw points for 40, so each counts twice.
    // Licence fees 480k / 350k / 420k: B lowest → 5, C middle → 4, A highest → 3 (R3).
    // Vendor A: product 5+5+3+5+5 = 23; solution 5+2+3+5+5+3 = 23; service 4+2+2+2 = 10;
    //           price 2 × (3+6+5+2+0) = 32;                          total 23+23+10+32 = 88
    // Vendor B: product 5+3+0+5+3 = 16; solution 3+2+5+3+3+0 = 16; service 3+2+0+2 = 7;
    //           price 2 × (5+3+3+0+2) = 26;                          total 16+16+7+26 = 65
    // Vendor C: product 5+5+5+3+5 = 23; solution 5+2+5+5+3+3 = 23; service 4+2+2+0 = 8;
    //           price 2 × (4+6+5+2+2) = 38;                          total 23+23+8+38 = 92
    const r = scoreScorecard(valid(t2VendorSelection));
    expectTotals(r, { 'vendor-a': 88, 'vendor-b': 65, 'vendor-c': 92 });
    expect(ranks(r)).toEqual({ 'vendor-a': 2, 'vendor-b': 3, 'vendor-c': 1 });
    const price = r.candidates.map((c) => c.sections.find((s) => s.sectionId === 'price')!);
    price.forEach((s, i) => {
      expect(s.maxPoints).toBeCloseTo(40, 9);
      expect(s.points).toBeCloseTo([32, 26, 38][i], 9);
    });
    expect(r.candidates.map((c) => c.criteria.find((x) => x.criterionId === 'c1')!.raw)).toEqual([3, 5, 4]);
  });

  test('T3: six core indicators and data, rated 1–5', () => {
    // Effective weights (core 70 %, data 30 %): fit .14, stability .14, ux .105, functions .14,
    // security .105, integration .07, data quality .15, analytics .15; a rating r earns r/5 × w × 100,
    // i.e. r × 2.8, 2.8, 2.1, 2.8, 2.1, 1.4, 3, 3.
    // X 5 4 4 3 4 5 | 4 3: 14 + 11.2 + 8.4 + 8.4 + 8.4 + 7 + 12 + 9 = 78.4
    // Y 4 5 3 4 5 3 | 5 4: 11.2 + 14 + 6.3 + 11.2 + 10.5 + 4.2 + 15 + 12 = 84.4
    // Z 3 3 5 5 3 4 | 3 5: 8.4 + 8.4 + 10.5 + 14 + 6.3 + 5.6 + 9 + 15 = 77.2
    const r = scoreScorecard(valid(t3SoftwareEvaluation));
    expectTotals(r, { 'product-x': 78.4, 'product-y': 84.4, 'product-z': 77.2 });
    expect(ranks(r)).toEqual({ 'product-x': 2, 'product-y': 1, 'product-z': 3 });
  });

  test('T4: service quality measures scored by band', () => {
    // Full points: response and resolution time 15 each (30 % × 50 %); service quality 16 (40 % × 40 %),
    // resolution and repeat rate 12 each; CSAT 12 (30 % × 40 %); complaint, churn, loyalty 6 each.
    // East:  0.8 h ≤ 1 → 100 %, 20 h ≤ 24 → 80 %: 15 + 12 = 27; quality 9/10 → 14.4, 93 % ≥ 90 % → 9.6,
    //        3 % ≤ 5 % → 9.6: 33.6; CSAT 92 → 12, 1.5 % ≤ 2 % → 4.8, 4 % ≤ 5 % → 4.8, 55 % ≥ 50 % → 6: 27.6;
    //        total 27 + 33.6 + 27.6 = 88.2
    // North: 3 h ≤ 4 → 60 %, 30 h ≤ 48 → 60 %: 9 + 9 = 18; 7/10 → 11.2, 85 % ≥ 80 % → 7.2, 8 % ≤ 10 % → 7.2:
    //        25.6; CSAT 75 → 80 % → 9.6, 3 % ≤ 5 % → 50 % → 3, 6 % ≤ 10 % → 3, 42 % ≥ 40 % → 4.8: 20.4;
    //        total 18 + 25.6 + 20.4 = 64
    // South: 1.5 h ≤ 2 → 12, 10 h ≤ 12 → 15: 27; 8/10 → 12.8, 96 % → 12, 12 % beyond 10 % → 0: 24.8;
    //        CSAT 45 → dissatisfied 0, 0.8 % → 6, 2 % → 6, 25 % below 30 % → 0: 12; total 27 + 24.8 + 12 = 63.8
    const r = scoreScorecard(valid(t4ServiceQuality));
    expectTotals(r, { east: 88.2, north: 64, south: 63.8 });
    expect(ranks(r)).toEqual({ east: 1, north: 2, south: 3 });
    const south = r.candidates[2].criteria;
    expect(south.find((c) => c.criterionId === 'csat')!.grade).toBe('dissatisfied');
    expect(south.find((c) => c.criterionId === 'repeat-rate')!.grade).toBeUndefined();
    expect(r.candidates[0].criteria.find((c) => c.criterionId === 'service-quality')!.grade).toBe('excellent');
  });

  test('T5: KPI targets, on target full, warning half', () => {
    // Weights renewal 30, CSAT 25, CLV growth 20, churn 25.
    // Key accounts: renewal 88 % ≥ 85 → 30; CSAT 87 % in warning → 12.5; CLV +12 % ≥ 10 → 20; churn 4 % ≤ 5 → 25; = 87.5
    // SMB:          82 % warning → 15; 91 % → 25; +6 % warning → 10; 8 % beyond 7 → 0;                    = 50
    // Channel:      78 % below 80 → 0; 93 % → 25; +15 % → 20; 6.5 % warning → 12.5;                      = 57.5
    const r = scoreScorecard(valid(t5KpiTargets));
    expectTotals(r, { 'key-accounts': 87.5, smb: 50, channel: 57.5 });
    expect(ranks(r)).toEqual({ 'key-accounts': 1, smb: 3, channel: 2 });
    const renewal = t5KpiTargets.sections[0].criteria[0].scoring;
    expect(renewal).toMatchObject({ type: 'target', direction: 'at-least', target: 0.85, period: 'quarterly' });
    expect(t5KpiTargets.sections[0].criteria[3].scoring).toMatchObject({ direction: 'at-most', target: 0.05, period: 'quarterly' });
  });

  test('T6: capability assessment, rated 1–5', () => {
    // Four capability sections of 20 % with two indicators each: 10 % each, r/5 × 10 = 2r points.
    // Input-output 20 % over four indicators: 5 % each, r points.
    // Retail:    2 × (4+3+4+4+3+4+3+2) = 2 × 27 = 54; 3+4+3+2 = 12; total 66
    // Wholesale: 2 × (2+2+3+3+4+4+4+5) = 2 × 27 = 54; 4+3+4+4 = 15; total 69
    const r = scoreScorecard(valid(t6CapabilityAssessment));
    expectTotals(r, { retail: 66, wholesale: 69 });
    expect(ranks(r)).toEqual({ retail: 2, wholesale: 1 });
  });
});

describe('scoreScorecard details', () => {
  test('unrated criteria earn nothing and are listed; rank rules rank only the rated', () => {
    const card = JSON.parse(JSON.stringify(t2VendorSelection)) as typeof t2VendorSelection;
    delete card.candidates[1].ratings.c1; // vendor B quotes no fee: A 480k highest → 3, C 420k lowest → 5
    delete card.candidates[1].ratings.p1;
    const r = scoreScorecard(valid(card));
    expect(r.candidates[1].unrated).toEqual(['p1', 'c1']);
    expect(r.candidates[1].criteria[0]).toMatchObject({ raw: null, share: null, points: 0 });
    expect(r.candidates.map((c) => c.criteria.find((x) => x.criterionId === 'c1')!.raw)).toEqual([3, null, 5]);
    // B loses p1 (5) and its licence fee points (2 × 5): 65 − 5 − 10 = 50.
    expect(r.candidates[1].total).toBeCloseTo(50, 9);
  });

  test('equal totals share a rank', () => {
    const card = JSON.parse(JSON.stringify(t1SupervisorAppraisal)) as typeof t1SupervisorAppraisal;
    card.candidates[1].ratings = { ...card.candidates[0].ratings };
    expect(scoreScorecard(valid(card)).candidates.map((c) => c.rank)).toEqual([1, 1, 3]);
  });

  test('an invalid card is a #VALUE! error listing its problems', () => {
    const card = JSON.parse(JSON.stringify(t1SupervisorAppraisal)) as typeof t1SupervisorAppraisal;
    card.candidates[0].ratings.standards = 'E';
    try {
      scoreScorecard(valid(card));
      throw new Error('expected a CrmError');
    } catch (e) {
      expect(e).toBeInstanceOf(CrmError);
      expect((e as CrmError).kind).toBe('VALUE');
      expect((e as CrmError).text.en).toBe(
        'The scorecard is not valid (1 problem); nothing was loaded.\n- candidates[0].ratings.standards (Zhang Wei on "CRM standards") is "E"; this criterion accepts "A", "B", "C", "D".',
      );
    }
  });
});

test('an appraisal has an overall grade, the nearest level of its first graded criterion: T1 totals 90, 80, 58 → A, B, C', () => {
  // Levels A–D at 100/80/60/40 %: cuts halfway at 90, 70 and 50 % of 100 points (overall-grade.ts).
  const levels = t1SupervisorAppraisal.sections[0].criteria[0].scoring;
  if (levels.type !== 'levels') throw new Error('T1 is graded');
  const result = scoreScorecard(valid(t1SupervisorAppraisal));
  expect(result.candidates.map((c) => Math.round(c.total))).toEqual([90, 80, 58]);
  expect(result.candidates.map((c) => c.overallGrade)).toEqual([levels.levels[0].label, levels.levels[1].label, levels.levels[2].label]);
  // Selections and KPI cards have no overall grade.
  expect(scoreScorecard(valid(t2VendorSelection)).candidates.every((c) => c.overallGrade === undefined)).toBe(true);
});

describe('scorecardSensitivity', () => {
  test('T1: training weight, words for the pane', () => {
    // Zhang Wei leads with 90 on shares (1, .8, 1, .8); Li Na has (.8, 1, .6, .8). With the share t of
    // training and the rest scaled by (1 − t)/0.8: Zhang = .8t + (1 − t)(.3 + .2 + .24)/.8 = .8t + .925(1 − t),
    // Li = t + (1 − t)(.24 + .12 + .24)/.8 = t + .75(1 − t). Equal when .175(1 − t) = .2t, t = .175/.375 = 0.4667.
    const s = scorecardSensitivity(valid(t1SupervisorAppraisal));
    const training = s.find((x) => x.criterionId === 'training')!;
    expect(training.threshold).toBeCloseTo(0.175 / 0.375, 9);
    expect(training).toMatchObject({ winnerId: 'zhang-wei', challengerId: 'li-na' });
    expect(training.text).toEqual({
      en: 'Zhang Wei stays first unless the weight of Quality of training for CRM users rises above 46.7% (now 20%); then Li Na would win.',
      zh: '若“对CRM系统使用者培训质量”的权重升至 46.7% 以上（当前 20%），李娜将取代张伟成为第一名。',
    });
    expect(s.find((x) => x.criterionId === 'standards')!.text.en).toBe('No weight of CRM standards changes the winner (Zhang Wei).');
  });
});
