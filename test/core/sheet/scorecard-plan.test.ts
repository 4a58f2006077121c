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
