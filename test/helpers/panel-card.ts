import type { Scorecard } from '../../src/core/scorecard';

/**
 * A card of three appraisers small enough to score by hand (test/core/scorecard/consolidate.test.ts
 * writes the arithmetic out). Points: c1 levels A/B/C/D = 10/8/6/4 of 10, worth 0.6 × 0.5 × 100 = 30;
 * c2 met 5 / partly 3 / not 0 of 5, worth 30; c3 a 0–10 scale, worth 0.4 × 100 = 40.
 * Ann weighs 2, Bo and Cy 1 each. Cy leaves c1 of Yara unrated.
 */
export const panelCard: Scorecard = {
  format: 1,
  id: 'panel',
  title: { en: 'Panel appraisal', zh: '多人考评' },
  notes: { en: 'Three appraisers rate two people.', zh: '三位考评人考评两人。' },
  kind: 'appraisal',
  totalPoints: 100,
  sections: [
    {
      id: 's1',
      name: { en: 'Performance', zh: '业绩' },
      weight: 0.6,
      criteria: [
        {
          id: 'c1',
          name: { en: 'Results', zh: '成果' },
          weight: 0.5,
          scoring: {
            type: 'levels',
            maxPoints: 10,
            levels: [
              { id: 'A', label: { en: 'Excellent', zh: '优' }, description: { en: 'Beyond target', zh: '超出目标' }, points: 10 },
              { id: 'B', label: { en: 'Good', zh: '良' }, description: { en: 'On target', zh: '达到目标' }, points: 8 },
              { id: 'C', label: { en: 'Fair', zh: '中' }, description: { en: 'Near target', zh: '接近目标' }, points: 6 },
              { id: 'D', label: { en: 'Poor', zh: '差' }, description: { en: 'Below target', zh: '低于目标' }, points: 4 },
            ],
          },
        },
        { id: 'c2', name: { en: 'Reports on time', zh: '按时报告' }, weight: 0.5, scoring: { type: 'met', maxPoints: 5, partialPoints: 3 } },
      ],
    },
    {
      id: 's2',
      name: { en: 'Teamwork', zh: '协作' },
      weight: 0.4,
      criteria: [{ id: 'c3', name: { en: 'Helps colleagues', zh: '协助同事' }, weight: 1, scoring: { type: 'scale', min: 0, max: 10 } }],
    },
  ],
  candidates: [
    { id: 'xia', name: { en: 'Xia', zh: '夏' }, kind: 'person', ratings: {} },
    { id: 'yara', name: { en: 'Yara', zh: '雅拉' }, kind: 'person', ratings: {} },
  ],
  appraisers: [
    { id: 'ann', name: { en: 'Ann', zh: '安' }, weight: 2 },
    { id: 'bo', name: { en: 'Bo', zh: '博' } },
    { id: 'cy', name: { en: 'Cy', zh: '赛' }, weight: 1 },
  ],
  appraisals: [
    { appraiserId: 'ann', candidateId: 'xia', ratings: { c1: 'A', c2: 'met', c3: 8 } },
    { appraiserId: 'bo', candidateId: 'xia', ratings: { c1: 'B', c2: 'partial', c3: 7 } },
    { appraiserId: 'cy', candidateId: 'xia', ratings: { c1: 'A', c2: 'met', c3: 9 } },
    { appraiserId: 'ann', candidateId: 'yara', ratings: { c1: 'C', c2: 'partial', c3: 5 } },
    { appraiserId: 'bo', candidateId: 'yara', ratings: { c1: 'C', c2: 'not-met', c3: 6 } },
    { appraiserId: 'cy', candidateId: 'yara', ratings: { c2: 'partial', c3: 5 } },
  ],
};
