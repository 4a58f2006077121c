import { valid } from '../../helpers/cards';
import type { Lang } from '../../../src/core/errors';
import { BUILT_IN_TEMPLATES, Scorecard, t1SupervisorAppraisal, t2VendorSelection, t3SoftwareEvaluation, t5KpiTargets } from '../../../src/core/scorecard';
import { address, buildScorecardLayout, CellValue, parseAddress, parseStoredRow, readBack, storedRow, StoredDefinitionError } from '../../../src/core/sheet';
import { SheetLayoutError } from '../../../src/core/sheet/read-back';

test('a stored row gives back the same card, language and link', () => {
  const row = storedRow({ linkId: 'abc12345', lang: 'zh-CN', sheetName: '选型', card: valid(t2VendorSelection) });
  expect(parseStoredRow(row, '选型')).toEqual({ linkId: 'abc12345', lang: 'zh-CN', sheetName: '选型', card: t2VendorSelection });
});

test('a definition longer than a cell holds (32,767 characters) is cut into pieces and joined again', () => {
  const card = structuredClone(t2VendorSelection);
  card.notes = { en: 'x'.repeat(70_000), zh: '说明' };
  const row = storedRow({ linkId: 'long0001', lang: 'en-US', sheetName: 'S', card: valid(card) });
  expect(row.length).toBe(4 + 3);
  for (const piece of row.slice(4)) expect(String(piece).length).toBeLessThanOrEqual(32_767);
  expect(parseStoredRow(row, 'S').card).toEqual(card);
});

test('a long definition is never split inside a surrogate pair: every piece is valid text on its own', () => {
  const card = structuredClone(t2VendorSelection);
  // Notes of emoji (two UTF-16 units each) put a pair across every possible 30,000-unit boundary.
  for (const pad of ['', 'x']) {
    card.notes = { en: pad + '😀'.repeat(40_000), zh: '说明' };
    const row = storedRow({ linkId: 'long0002', lang: 'en-US', sheetName: 'S', card: valid(card) });
    // A lone high surrogate at the end or a lone low one at the start of a piece is a split pair.
    for (const piece of row.slice(4)) expect(String(piece)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(parseStoredRow(row, 'S').card).toEqual(card);
  }
});

test('missing, damaged, invalid and newer definitions are refused with a message naming the sheet', () => {
  const good = storedRow({ linkId: 'abc12345', lang: 'en-US', sheetName: 'S', card: valid(t2VendorSelection) });
  const cases: [unknown[] | undefined, RegExp][] = [
    [undefined, /"S" was not generated as a scorecard/],
    [[...good.slice(0, 4), '{"format":1'], /damaged \(JSON\)/],
    [[good[0], 'one', ...good.slice(2)], /damaged \(version\)/],
    [[...good.slice(0, 2), 'fr-FR', ...good.slice(3)], /damaged \(language\)/],
    [[...good.slice(0, 4), JSON.stringify({ ...t2VendorSelection, totalPoints: 0 })], /damaged \(.*totalPoints/],
    [[good[0], 7, ...good.slice(2)], /newer version \(format 7/],
  ];
  for (const [row, message] of cases) {
    expect(() => parseStoredRow(row as never, 'S')).toThrow(StoredDefinitionError);
    expect(() => parseStoredRow(row as never, 'S')).toThrow(message);
  }
});

/**
 * A sheet as the writers leave it: every value of the plan in its cell, formulas as their
 * text (read-back never looks at them). Tests then type over cells as a user would.
 */
function sheetOf(card: Scorecard, lang: Lang, linkId = 'read0001') {
  const layout = buildScorecardLayout(valid(card), lang, linkId);
  const cells = new Map<string, CellValue>();
  for (const c of layout.plan.cells) cells.set(address(c.row, c.col), c.formula !== undefined ? `=${c.formula}` : (c.value ?? null));
  const read = (a: string): CellValue => cells.get(a) ?? null;
  const entry = { linkId, lang, sheetName: 'S', card: valid(card) };
  return { layout, cells, read, entry };
}

const ratingCell = (layout: ReturnType<typeof buildScorecardLayout>, criterionId: string, candidateId: string) =>
  layout.inputs.ratings.find((r) => r.criterionId === criterionId && r.candidateId === candidateId)!.cell;

describe('read-back', () => {
  test('every built-in template, in both languages, reads back as the card it was made from, with nothing skipped', () => {
    for (const card of BUILT_IN_TEMPLATES)
      for (const lang of ['en-US', 'zh-CN'] as const) {
        const { entry, read } = sheetOf(card, lang);
        expect(readBack(entry, read)).toEqual({ card, skipped: [] });
      }
  });

  test('level ids are matched ignoring case; a cleared cell becomes unrated and is not reported', () => {
    const { layout, cells, entry, read } = sheetOf(t1SupervisorAppraisal, 'en-US');
    const [first, second] = layout.inputs.ratings;
    cells.set(first.cell, 'd');
    cells.set(second.cell, '');
    const { card, skipped } = readBack(entry, read);
    expect(card.candidates.find((c) => c.id === first.candidateId)!.ratings[first.criterionId]).toBe('D');
    expect(second.criterionId in card.candidates.find((c) => c.id === second.candidateId)!.ratings).toBe(false);
    expect(skipped).toEqual([]);
  });

  test('answers are taken in either language whatever the sheet language, ignoring case and spacing', () => {
    const { layout, cells, entry, read } = sheetOf(t2VendorSelection, 'en-US');
    cells.set(ratingCell(layout, 'p2', 'vendor-a'), '部分满足');
    cells.set(ratingCell(layout, 'p3', 'vendor-a'), '  not   MET ');
    cells.set(ratingCell(layout, 's2', 'vendor-a'), 'not-provided');
    const { card, skipped } = readBack(entry, read);
    expect(card.candidates[0].ratings).toMatchObject({ p2: 'partial', p3: 'not-met', s2: 'not-provided' });
    expect(skipped).toEqual([]);
  });

  test('text pasted over a rating is kept in the result with its cell, candidate, criterion, value and reason, in both languages', () => {
    const { layout, cells, entry, read } = sheetOf(t2VendorSelection, 'en-US');
    const cell = ratingCell(layout, 'p3', 'vendor-b');
    cells.set(cell, 'Met (confirmed)');
    const { card, skipped } = readBack(entry, read);
    expect('p3' in card.candidates[1].ratings).toBe(false);
    expect(skipped).toEqual([
      {
        kind: 'rating',
        criterionId: 'p3',
        candidateId: 'vendor-b',
        cell,
        value: 'Met (confirmed)',
        reason: 'not-accepted',
        text: {
          en: `${cell} (Vendor B, “International product: multiple languages, currencies and time zones”): “Met (confirmed)” is not a rating this criterion accepts (Met, Partly met, Not met); it is read as unrated.`,
          zh: `${cell}（乙公司，“CRM软件是国际化产品，支持多语言、多币种、多时区”）：“Met (confirmed)”不是该指标可接受的评分（满足、部分满足、不满足）；按未评分读取。`,
        },
      },
    ]);
  });

  test('a rating outside its scale is not taken: the scale of T3 runs from 1 to 5', () => {
    const { layout, cells, entry, read } = sheetOf(t3SoftwareEvaluation, 'zh-CN');
    const cell = ratingCell(layout, 'fit', 'product-x');
    cells.set(cell, 7);
    const { card, skipped } = readBack(entry, read);
    expect('fit' in card.candidates[0].ratings).toBe(false);
    expect(skipped.map((s) => [s.cell, s.reason])).toEqual([[cell, 'out-of-range']]);
    expect(skipped[0].text.zh).toContain('7 超出 1–5 的范围');
  });

  test('the sheet formats weights and percent KPIs as percentages, so "25%", "25 %" and "25％" mean 0.25', () => {
    // Excel stores a percentage as its fraction: 25 % is the number 0.25 (Excel's percentage format).
    const { layout, cells, entry, read } = sheetOf(t5KpiTargets, 'en-US');
    const w = layout.inputs.criterionWeights;
    const formatOf = (a: string) => layout.plan.cells.find((c) => address(c.row, c.col) === a)!.style?.numFmt;
    expect(formatOf(w[0].cell)).toBe('0.0%');
    expect(formatOf(ratingCell(layout, 'renewal', 'smb'))).toBe('0.0%');
    cells.set(w[0].cell, '25 %');
    cells.set(w[1].cell, '25%');
    cells.set(w[2].cell, '25％');
    cells.set(w[3].cell, 0.25);
    cells.set(ratingCell(layout, 'renewal', 'smb'), '85.5%');
    const { card, skipped } = readBack(entry, read);
    expect(card.sections[0].criteria.map((c) => c.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(card.candidates[1].ratings.renewal).toBeCloseTo(0.855, 12);
    expect(skipped).toEqual([]);
  });

  test('weights that are not unambiguous are reported and keep their stored value', () => {
    const { layout, cells, entry, read } = sheetOf(t1SupervisorAppraisal, 'en-US');
    const [a, b, c, d] = layout.inputs.criterionWeights.map((x) => x.cell);
    const stored = t1SupervisorAppraisal.sections[0].criteria.map((x) => x.weight);
    cells.set(a, 'heavy');
    cells.set(b, '25');
    cells.set(c, 25);
    cells.set(d, null);
    const { card, skipped } = readBack(entry, read);
    expect(card.sections[0].criteria.map((x) => x.weight)).toEqual(stored);
    expect(skipped.map((s) => [s.kind, s.cell, s.value, s.reason])).toEqual([
      ['criterion-weight', a, 'heavy', 'not-accepted'],
      ['criterion-weight', b, '25', 'ambiguous'],
      ['criterion-weight', c, 25, 'out-of-range'],
      ['criterion-weight', d, null, 'empty'],
    ]);
    const name = t1SupervisorAppraisal.sections[0].criteria[2].name.en;
    expect(skipped[2].text.en).toBe(`${c} (weight of “${name}”): 2500% is not a weight from 0% to 100%; the previous weight ${stored[2] * 100}% is kept.`);
    expect(skipped[1].text.en).toContain('could mean 25% or 2500%');
  });

  test('a cleared candidate name keeps the stored name and says so; a renamed candidate is taken', () => {
    const { layout, cells, entry, read } = sheetOf(t2VendorSelection, 'zh-CN');
    const [a, b] = layout.inputs.candidateNames;
    cells.set(a.cell, '');
    cells.set(b.cell, '乙公司（复评）');
    const { card, skipped } = readBack(entry, read);
    expect(card.candidates[0].name).toEqual(t2VendorSelection.candidates[0].name);
    expect(card.candidates[1].name).toEqual({ ...t2VendorSelection.candidates[1].name, zh: '乙公司（复评）' });
    expect(skipped.map((s) => [s.kind, s.cell, s.reason])).toEqual([['candidate-name', a.cell, 'empty']]);
  });
});

describe('a sheet that does not match its stored definition is refused', () => {
  const withInserted = (card: Scorecard): Scorecard => {
    const out = structuredClone(card);
    const s = out.sections[0];
    s.criteria.splice(1, 0, {
      id: 'inserted',
      name: { en: 'Inserted criterion', zh: '插入的指标' },
      weight: 0,
      scoring: { type: 'met', maxPoints: 5, partialPoints: 3 },
    });
    return out;
  };

  test('one criterion inserted in the definition: the first row that moved is named, nothing is read', () => {
    const { read, layout } = sheetOf(t2VendorSelection, 'en-US');
    const entry = { linkId: 'read0001', lang: 'en-US' as const, sheetName: 'Tender', card: valid(withInserted(t2VendorSelection)) };
    const row = parseAddress(layout.inputs.criterionWeights[1].cell).row;
    let error: unknown;
    try {
      readBack(entry, read);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SheetLayoutError);
    const e = error as SheetLayoutError;
    expect(e.mismatches[0]).toMatchObject({ cell: `A${row}`, expected: 'Inserted criterion', found: t2VendorSelection.sections[0].criteria[1].name.en });
    expect(e.text.en).toMatch(/^The sheet “Tender” does not match the scorecard stored with it, so its cells cannot be read safely; nothing was read\. /);
    expect(e.text.en).toContain(`A${row} should hold the criterion “Inserted criterion” but holds “${t2VendorSelection.sections[0].criteria[1].name.en}”`);
    expect(e.text.zh).toContain(`A${row} 应为指标“Inserted criterion”`);
    expect(e.text.en).toMatch(/; and \d+ more\./);
  });

  test('a row inserted in the sheet, or a column before the ratings, is found', () => {
    const { cells, entry } = sheetOf(t1SupervisorAppraisal, 'zh-CN');
    const shifted = (by: (r: number, c: number) => [number, number]) => {
      const m = new Map<string, CellValue>();
      for (const [a, v] of cells) {
        const { row, col } = parseAddress(a);
        const [r, c] = by(row, col);
        m.set(address(r, c), v);
      }
      return (a: string) => m.get(a) ?? null;
    };
    const rowInserted = shifted((r, c) => [r >= 9 ? r + 1 : r, c]);
    const colInserted = shifted((r, c) => [r, c >= 3 ? c + 1 : c]);
    expect(() => readBack(entry, rowInserted)).toThrow(SheetLayoutError);
    expect(() => readBack(entry, rowInserted)).toThrow(/A9 should hold the criterion/);
    expect(() => readBack(entry, colInserted)).toThrow(SheetLayoutError);
  });

  test('a candidate fewer in the sheet than in the definition moves the Points header', () => {
    const fewer = { ...structuredClone(t2VendorSelection), candidates: t2VendorSelection.candidates.slice(0, 2) };
    const { read } = sheetOf(fewer, 'en-US');
    const entry = { linkId: 'read0001', lang: 'en-US' as const, sheetName: 'S', card: valid(t2VendorSelection) };
    expect(() => readBack(entry, read)).toThrow(/should hold “Points”/);
  });

  test('candidates swapped in the definition are found by their names; renamed ones are not a mismatch', () => {
    const swapped = {
      ...structuredClone(t2VendorSelection),
      candidates: [t2VendorSelection.candidates[1], t2VendorSelection.candidates[0], t2VendorSelection.candidates[2]],
    };
    const { read, layout } = sheetOf(t2VendorSelection, 'en-US');
    const entry = { linkId: 'read0001', lang: 'en-US' as const, sheetName: 'S', card: valid(swapped) };
    const first = layout.inputs.candidateNames[0].cell;
    expect(() => readBack(entry, read)).toThrow(`${first} should hold the candidate “Vendor B” but holds “Vendor A”, the name of another candidate`);
  });
});
