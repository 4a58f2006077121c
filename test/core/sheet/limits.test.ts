import { valid } from '../../helpers/cards';
import { CrmError, LANGS } from '../../../src/core/errors';
import { BUILT_IN_TEMPLATES, Scorecard, t1SupervisorAppraisal, t5KpiTargets } from '../../../src/core/scorecard';
import { buildScorecardLayout } from '../../../src/core/sheet';
import { assertPlanFits, EXCEL_LIMITS, forbiddenCharacter, formulaShape, planProblems, SheetLimitError } from '../../../src/core/sheet/limits';

/*
 * The limits Excel enforces, from Microsoft's "Excel specifications and limits": 255
 * characters of text in a formula, 8,192 characters of formula, 64 nested levels of
 * functions, 255 arguments of a function, 32,767 characters in a cell; and the characters
 * XML 1.0 cannot carry (its Char production: tab, LF, CR and nothing else below U+0020).
 */

const planOf = (card: Scorecard, lang: (typeof LANGS)[number] = 'en-US') => buildScorecardLayout(valid(card), lang, 'lim00001').plan;
const refusal = (card: Scorecard): SheetLimitError => {
  try {
    assertPlanFits(planOf(card));
  } catch (e) {
    if (e instanceof SheetLimitError) return e;
    throw e;
  }
  throw new Error('the plan was accepted');
};

/** T1 with its first criterion graded on `n` levels, labels and ids as given. */
function gradedOn(n: number, label = (i: number) => `L${i}`, id = (i: number) => `L${i}`): Scorecard {
  const card = structuredClone(t1SupervisorAppraisal);
  const s = card.sections[0].criteria[0].scoring;
  if (s.type !== 'levels') throw new Error('T1 is graded');
  s.levels = Array.from({ length: n }, (_, i) => ({
    id: id(i),
    label: { en: label(i), zh: label(i) },
    description: { en: 'd', zh: 'd' },
    points: s.maxPoints * (1 - i / n),
  }));
  for (const c of card.candidates) c.ratings[card.sections[0].criteria[0].id] = id(0);
  return card;
}

test('the numbers are the ones of Excel specifications and limits', () => {
  expect(EXCEL_LIMITS).toEqual({ textInFormula: 255, formulaLength: 8192, nesting: 64, arguments: 255, cellText: 32767, listSource: 255 });
});

describe('reading a formula', () => {
  test('nesting counts function calls inside calls, not grouping parentheses (hand count)', () => {
    // IF → IF → ISNUMBER: three levels; (1+2) is grouping.
    expect(formulaShape('IF(A1>0,"x",IF(ISNUMBER(B1),(1+2)*3,0))').depth).toBe(3);
    expect(formulaShape('(1+2)*3').depth).toBe(0);
  });

  test('a text literal is measured with doubled quotes read as one', () => {
    // "say ""hi""" is the 8 characters say "hi".
    expect(formulaShape('A1="say ""hi"""').longestText).toBe('say "hi"');
  });

  test('parentheses and quotes inside text, quoted sheet names or array constants do not count', () => {
    expect(formulaShape(`IF('a(b'!A1="(((",1,0)`)).toMatchObject({ depth: 1, longestText: '(((', mostArguments: 3 });
    // The array constant holds three values but INDEX gets two arguments.
    expect(formulaShape('INDEX({1,2,3},2)').mostArguments).toBe(2);
    expect(formulaShape('NOW()').mostArguments).toBe(0);
  });

  test('the length counts the "=" Excel shows in front', () => {
    expect(formulaShape('SUM(A1)').length).toBe('=SUM(A1)'.length);
  });
});

test('characters XML 1.0 cannot carry are found; tab, line feed, carriage return and emoji are fine', () => {
  expect(forbiddenCharacter('KPI\u0007name')).toBe(7);
  expect(forbiddenCharacter('a\u0000')).toBe(0);
  expect(forbiddenCharacter('half \ud83d pair')).toBe(0xd83d);
  expect(forbiddenCharacter('tab\tline\nreturn\r 😀 满足')).toBeNull();
});

test('every built-in template fits, in both languages', () => {
  for (const t of BUILT_IN_TEMPLATES) for (const lang of LANGS) expect([t.id, lang, planProblems(planOf(t, lang))]).toEqual([t.id, lang, []]);
});

test('a level label of 256 characters is refused, naming the levels the overall grade uses; 255 is accepted', () => {
  // The grade formula writes each level label as a text literal ("IF(...,"label",...)").
  expect(() => assertPlanFits(planOf(gradedOn(4, (i) => (i === 1 ? 'x'.repeat(255) : `L${i}`))))).not.toThrow();
  const e = refusal(gradedOn(4, (i) => (i === 1 ? 'x'.repeat(256) : `L${i}`)));
  expect(e).toBeInstanceOf(CrmError);
  expect(e.kind).toBe('VALUE');
  expect(e.text.en).toMatch(
    /^The sheet was not written, because Excel would not accept it\. Shorten the levels of criterion 1 of section 1 \("CRM standards"\), which the overall grade is read from/,
  );
  expect(e.text.en).toMatch(/is 256 characters long and ends up as text inside the formula of [A-Z]+\d+; Excel allows at most 255 there/);
  expect(e.localized('zh-CN')).toContain('请缩短第 1 部分的指标 1（“CRM standards”）的等级（综合等级依据它们得出；等级名称或等级数量）');
});

test('a level id of 256 characters is refused, naming the level ids of its criterion', () => {
  const e = refusal(
    gradedOn(
      4,
      (i) => `L${i}`,
      (i) => (i === 0 ? 'A'.repeat(256) : `L${i}`),
    ),
  );
  expect(e.problems[0].en).toMatch(/^Shorten the levels of criterion 1 of section 1 \("CRM standards"\) \(their ids, or how many there are\)/);
  expect(e.problems[0].zh.startsWith('请缩短第 1 部分的指标 1（“CRM standards”）的等级（等级编号或等级数量）')).toBe(true);
});

test('70 levels give 69 nested IFs in the overall grade: refused; 65 levels give 64, the most Excel allows', () => {
  // gradeFormula nests one IF per level but the last (src/core/sheet/scorecard-plan.ts).
  expect(() => assertPlanFits(planOf(gradedOn(65)))).not.toThrow();
  const e = refusal(gradedOn(70));
  expect(
    e.problems.some((p) =>
      /^Reduce the levels of criterion 1 of section 1 .*: the formula of [A-Z]+\d+ would nest 69 functions inside each other; Excel allows at most 64\.$/.test(
        p.en,
      ),
    ),
  ).toBe(true);
});

test('254 sections make the weights check longer than 8,192 characters: refused, naming the number of sections', () => {
  const card = structuredClone(t5KpiTargets);
  const first = card.sections[0].criteria[0];
  card.sections = Array.from({ length: 254 }, (_, i) => ({
    id: `s${i}`,
    name: { en: `S${i}`, zh: `S${i}` },
    weight: 1 / 254,
    criteria: [{ ...first, id: `k${i}`, weight: 1 }],
  }));
  for (const c of card.candidates) c.ratings = {};
  const e = refusal(card);
  const weights = e.problems.find((p) => p.en.includes('formula of B3'))!;
  expect(weights.en).toMatch(
    /^Shorten or reduce the number of sections \(254\): the formula of B3 would be ([\d,]+) characters long; Excel allows at most 8,192\.$/,
  );
  expect(Number(/be ([\d,]+) characters/.exec(weights.en)![1].replace(/,/g, ''))).toBeGreaterThan(8192);
  expect(weights.zh.startsWith('请缩短或减少部分的数量（254 个）：B3 的公式将长达')).toBe(true);
});

test('a cell of more than 32,767 characters is refused, naming the notes', () => {
  const card = { ...structuredClone(t5KpiTargets), notes: { en: 'n'.repeat(32_767), zh: '说明' } };
  // "Notes: " and the notes, a line break, and the 42 characters of
  // "Points by section: Core KPIs 100 (of 100).": 7 + 32,767 + 1 + 42 = 32,817 characters.
  const [only, ...others] = refusal(card).problems;
  expect(others).toEqual([]);
  expect(only.en).toMatch(/^Shorten the notes: A\d+ would hold 32,817 characters; an Excel cell holds at most 32,767\.$/);
  expect(only.zh).toMatch(/^请缩短说明：A\d+ 将包含 32,817 个字符；Excel 单元格最多容纳 32,767 个。$/);
});

test('a control character in a KPI name is refused in its cell and in the chart series, naming the KPI', () => {
  const card = structuredClone(t5KpiTargets);
  card.sections[0].criteria[0].name = { en: 'Renewal\u0007 rate', zh: '续约\u0007率' };
  const e = refusal(card);
  expect(e.problems.map((p) => p.en)).toEqual([
    'Remove the invisible control character U+0007 from the name of criterion 1 of section 1 (A8): an Excel file cannot hold it.',
    expect.stringMatching(
      /^Remove the invisible control character U\+0007 from the name of criterion 1 of section 1 \([A-Z]+\d+:[A-Z]+\d+\): an Excel file cannot hold it\.$/,
    ),
  ]);
  expect(e.problems[0].zh).toBe('请删除第 1 部分的指标 1 的名称中的不可见控制字符 U+0007（A8）：Excel 文件无法保存该字符。');
});

test('the refusal shows the first three problems and counts the rest', () => {
  const card = structuredClone(t5KpiTargets);
  for (const c of card.sections.flatMap((s) => s.criteria)) c.name = { en: `x\u0001${c.id}`, zh: `x\u0001${c.id}` };
  const e = refusal(card);
  expect(e.problems.length).toBeGreaterThan(3);
  expect(e.text.en).toMatch(new RegExp(`\\(${e.problems.length - 3} more like this\\.\\)$`));
  expect(e.text.zh.endsWith(`（另有 ${e.problems.length - 3} 处类似问题。）`)).toBe(true);
});
