import { valid } from '../../helpers/cards';
import { LANGS } from '../../../src/core/errors';
import { BUILT_IN_TEMPLATES, t2VendorSelection, t5KpiTargets } from '../../../src/core/scorecard';
import { buildScorecardLayout, parseRange, sheetLabel } from '../../../src/core/sheet';

const all = BUILT_IN_TEMPLATES.flatMap((t) => LANGS.map((lang) => ({ t, lang, layout: buildScorecardLayout(valid(t), lang, 'plan0001') })));

/** Functions of Excel 2010 the layout may use: none needs the _xlfn. prefix in a file. */
const EXCEL_2010 = new Set(['SUM', 'ROUND', 'RANK', 'IF', 'AND', 'ABS', 'ISNUMBER', 'IFERROR', 'INDEX', 'MATCH', 'COUNTIF', 'MIN']);

test('every formula uses only Excel 2010 functions and no _xlfn. prefix', () => {
  for (const { layout } of all)
    for (const c of layout.plan.cells.filter((x) => x.formula !== undefined)) {
      expect(c.formula).not.toMatch(/_xlfn|^=/);
      const used = [...c.formula!.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const f of used) expect([f, EXCEL_2010.has(f)]).toEqual([f, true]);
    }
});

test('no cell holds both a value and a formula, and every cell lies inside the plan', () => {
  for (const { layout } of all)
    for (const c of layout.plan.cells) {
      expect(c.value !== undefined && c.formula !== undefined).toBe(false);
      expect(c.row).toBeLessThanOrEqual(layout.plan.rows);
      expect(c.col).toBeLessThanOrEqual(layout.plan.cols);
    }
});

test('one rating input per criterion and candidate, one weight input per criterion and section', () => {
  for (const { t, layout } of all) {
    const criteria = t.sections.flatMap((s) => s.criteria).length;
    expect(layout.inputs.ratings).toHaveLength(criteria * t.candidates.length);
    expect(layout.inputs.criterionWeights).toHaveLength(criteria);
    expect(layout.inputs.sectionWeights).toHaveLength(t.sections.length);
    expect(layout.outputs.totals).toHaveLength(t.candidates.length);
  }
});

test('answer dropdowns are in the sheet language (docs/seeds.md T2: 满足/部分满足/不满足, 能提供)', () => {
  const zh = buildScorecardLayout(valid(t2VendorSelection), 'zh-CN', 'plan0001')
    .plan.validations.filter((v) => v.type === 'list')
    .map((v) => (v.type === 'list' ? v.values.join('/') : ''));
  expect(new Set(zh)).toEqual(new Set(['满足/部分满足/不满足', '能提供/不能提供']));
  const en = buildScorecardLayout(valid(t2VendorSelection), 'en-US', 'plan0001')
    .plan.validations.filter((v) => v.type === 'list')
    .map((v) => (v.type === 'list' ? v.values.join('/') : ''));
  expect(new Set(en)).toEqual(new Set(['Met/Partly met/Not met', 'Provided/Not provided']));
});

test('KPI sheets get a status block with red-amber-green rules and a bar chart of points per KPI (one unit, from zero); selections a bar chart of totals', () => {
  const kpi = buildScorecardLayout(valid(t5KpiTargets), 'en-US', 'plan0001');
  expect(kpi.outputs.statuses).toHaveLength(4 * 3);
  expect(kpi.plan.conditionalFormats.map((f) => f.fill)).toEqual(['FFC7CE', 'C6EFCE', 'C6EFCE', 'FFEB9C', 'FFC7CE']);
  expect(kpi.plan.charts.map((c) => [c.type, c.series.length, c.valueAxis?.min])).toEqual([['bar', 4, 0]]);
  // Each series is a KPI's points (the points block), never its actuals in their own units.
  const pointsCells = new Set(kpi.outputs.points.map((p) => p.cell));
  for (const s of kpi.plan.charts[0].series) for (const cell of s.values.split(':')) expect(pointsCells.has(cell)).toBe(true);
  const sel = buildScorecardLayout(valid(t2VendorSelection), 'en-US', 'plan0001');
  expect(sel.outputs.statuses).toHaveLength(0);
  expect(sel.plan.charts.map((c) => [c.type, c.series[0].values])).toEqual([
    [
      'bar',
      sel.outputs.totals
        .map((t) => t.cell)
        .join(':')
        .replace(/:.*:/, ':'),
    ],
  ]);
});

test('text from the card is always a value: names starting with = + - @ never become formulas', () => {
  const card = structuredClone(t2VendorSelection);
  card.candidates[0].name = { en: '=cmd|"/c calc"!A1', zh: '=cmd' };
  card.sections[0].criteria[0].name = { en: '+1', zh: '+1' };
  const { plan, inputs } = buildScorecardLayout(valid(card), 'en-US', 'plan0001');
  const nameCell = parseRange(inputs.candidateNames[0].cell);
  const c = plan.cells.find((x) => x.row === nameCell.top && x.col === nameCell.left)!;
  expect(c).toMatchObject({ value: '=cmd|"/c calc"!A1' });
  expect(c.formula).toBeUndefined();
  expect(plan.cells.find((x) => x.row === 8 && x.col === 1)).toMatchObject({ value: expect.stringMatching(/^\+1/) });
});

test('quotes in level ids are escaped in formulas; ids with commas get no dropdown rather than a broken one', () => {
  const card = structuredClone(BUILT_IN_TEMPLATES[0]);
  const s = card.sections[0].criteria[0].scoring;
  if (s.type !== 'levels') throw new Error('T1 is graded');
  s.levels[0].id = 'A "top", best';
  for (const cand of card.candidates)
    if (cand.ratings[card.sections[0].criteria[0].id] === 'A') cand.ratings[card.sections[0].criteria[0].id] = 'A "top", best';
  const { plan, inputs } = buildScorecardLayout(valid(card), 'en-US', 'plan0001');
  expect(plan.cells.some((c) => c.formula?.includes('"A ""top"", best"'))).toBe(true);
  const row = (a: string) => parseRange(a).top;
  const firstRow = row(inputs.ratings[0].cell);
  const secondRow = row(inputs.ratings.find((r) => r.criterionId === card.sections[0].criteria[1].id)!.cell);
  expect(plan.validations.filter((v) => row(v.range) === firstRow && v.type === 'list')).toHaveLength(0);
  expect(plan.validations.filter((v) => row(v.range) === secondRow && v.type === 'list')).toHaveLength(1);
});

test('a card without candidates is refused with a message; an invalid card never reaches the layout, validation lists its problems', () => {
  expect(() => buildScorecardLayout(valid({ ...t2VendorSelection, candidates: [] }), 'zh-CN', 'plan0001')).toThrow(/at least one candidate/);
  expect(() => valid({ ...t2VendorSelection, totalPoints: -1 })).toThrow(/not valid/);
});

test('the weights check names the problem in the sheet language', () => {
  const { plan } = buildScorecardLayout(valid(t5KpiTargets), 'zh-CN', 'plan0001');
  const check = plan.cells.find((c) => c.row === 3 && c.col === 2)!;
  expect(check.formula).toContain(sheetLabel('weightsBad', 'zh-CN'));
  expect(check.formula).toContain(sheetLabel('weightsOk', 'zh-CN'));
});

test('T6, a capability appraisal on 1–5 scales, uses the appraisal layout: ratings, totals and a bar chart, no status block', () => {
  const t6 = BUILT_IN_TEMPLATES.find((t) => t.id === 't6-crm-capability-assessment')!;
  const { plan, outputs } = buildScorecardLayout(valid(t6), 'en-US', 'plan0001');
  expect(outputs.statuses).toHaveLength(0);
  expect(plan.charts.map((c) => c.type)).toEqual(['bar']);
  expect(plan.cells.find((c) => c.row === 6 && c.col === 1)?.value).toBe('Criterion');
  expect(plan.cells.some((c) => c.row === 5 && c.value === 'Ratings (enter here)')).toBe(true);
});

describe('the texts on the sheet follow the card as it is now', () => {
  const detailsOf = (card: Parameters<typeof valid>[0], lang: 'en-US' | 'zh-CN', name: string) => {
    const { plan } = buildScorecardLayout(valid(card), lang, 'plan0001');
    const row = plan.cells.find((c) => c.col === 1 && c.value === name)!.row;
    return plan.cells.find((c) => c.row === row && c.col === 2)!.value;
  };

  test('a rule states the points its row awards: raw / full × the criterion’s points', () => {
    // T2's fixed-price criterion: rule R1 on 6 points (partly met 3), 30 % of the price section,
    // which is 40 % of 100 points: 12 points; partly met earns 3/6 × 12 = 6.
    expect(detailsOf(t2VendorSelection, 'en-US', 'Fixed-price implementation covering configuration, migration and training, no extra charges')).toBe(
      'Met 12; Partly met 6; Not met 0',
    );
    // The same card with AHP section weights 22.2/22.2/11.1/44.4 %: the local-support criterion,
    // R1 on 4 points (partly met 3), 40 % of the service section: 0.4 × 11.1 = 4.44 points, and
    // partly met 3/4 × 4.44 = 3.33, shown to one decimal as the points cells show them.
    const ahp = structuredClone(t2VendorSelection);
    [0.222, 0.222, 0.111, 0.445].forEach((w, i) => (ahp.sections[i].weight = w));
    expect(detailsOf(ahp, 'en-US', 'Local support team with a committed response time')).toBe('Met 4.4; Partly met 3.3; Not met 0');
    expect(detailsOf(ahp, 'zh-CN', '本地化支持团队并承诺响应时间')).toBe('满足 4.4；部分满足 3.3；不满足 0');
  });

  test('the notes give each section’s points from its weight, not from the template’s words', () => {
    const ahp = structuredClone(t2VendorSelection);
    [0.222, 0.222, 0.111, 0.445].forEach((w, i) => (ahp.sections[i].weight = w));
    const notes = (lang: 'en-US' | 'zh-CN') =>
      String(buildScorecardLayout(valid(ahp), lang, 'plan0001').plan.cells.find((c) => /^(Notes|说明)/.test(String(c.value)))!.value);
    // 0.222 × 100 = 22.2 and so on; the template's "product 25, solution 25…" is gone.
    expect(notes('en-US')).toContain('Points by section: Product requirements 22.2, System solution 22.2, Service 11.1, Price factors 44.5 (of 100).');
    expect(notes('zh-CN')).toContain('各部分分值：产品要求 22.2、系统解决方案 22.2、服务 11.1、价格因素 44.5（满分 100）。');
    expect(notes('en-US')).not.toMatch(/product 25|price 40|worth 40/);
  });

  test('criterion names are names: rebuilt ones carry a note on the name cell instead (T1: 1, T2: 8, T4: 7)', () => {
    for (const [t, count] of [
      [BUILT_IN_TEMPLATES[0], 1],
      [t2VendorSelection, 8],
      [BUILT_IN_TEMPLATES[3], 7],
    ] as const)
      for (const lang of LANGS) {
        const { plan, inputs } = buildScorecardLayout(valid(t), lang, 'plan0001');
        // The rows of criteria: those with rating inputs.
        const rows = new Set(inputs.ratings.map((r) => Number(/\d+$/.exec(r.cell)![0])));
        const names = plan.cells.filter((c) => c.col === 1 && rows.has(c.row));
        expect(names.filter((c) => /reconstructed|重建/i.test(String(c.value)))).toEqual([]);
        expect(names.filter((c) => c.comment !== undefined)).toHaveLength(count);
        expect(names.find((c) => c.comment)!.comment).toMatch(lang === 'zh-CN' ? /^重建：/ : /^Reconstructed: /);
      }
  });
});

test('every sheet prints on A4 one page wide, its print area the block the plan fills, and its totals chart starts at zero', () => {
  for (const { layout } of all) {
    const { print, charts, cols, rows } = layout.plan;
    expect(print).toMatchObject({ paper: 'A4', fitToWidth: true, area: `A1:${String.fromCharCode(64 + cols)}${rows}` });
    for (const c of charts) expect(c.valueAxis?.min).toBe(c.type === 'bar' ? 0 : undefined);
  }
});
