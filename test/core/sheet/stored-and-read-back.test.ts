import { t1SupervisorAppraisal, t2VendorSelection } from '../../../src/core/scorecard';
import { buildScorecardLayout, parseStoredRow, readBack, storedRow, StoredDefinitionError } from '../../../src/core/sheet';

test('a stored row gives back the same card, language and link', () => {
  const row = storedRow({ linkId: 'abc12345', lang: 'zh-CN', sheetName: '选型', card: t2VendorSelection });
  expect(parseStoredRow(row, '选型')).toEqual({ linkId: 'abc12345', lang: 'zh-CN', sheetName: '选型', card: t2VendorSelection });
});

test('a definition longer than a cell holds (32,767 characters) is cut into pieces and joined again', () => {
  const card = structuredClone(t2VendorSelection);
  card.notes = { en: 'x'.repeat(70_000), zh: '说明' };
  const row = storedRow({ linkId: 'long0001', lang: 'en-US', sheetName: 'S', card });
  expect(row.length).toBe(4 + 3);
  for (const piece of row.slice(4)) expect(String(piece).length).toBeLessThanOrEqual(32_767);
  expect(parseStoredRow(row, 'S').card).toEqual(card);
});

test('missing, damaged, invalid and newer definitions are refused with a message naming the sheet', () => {
  const good = storedRow({ linkId: 'abc12345', lang: 'en-US', sheetName: 'S', card: t2VendorSelection });
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

describe('read-back', () => {
  const layout = buildScorecardLayout(t1SupervisorAppraisal, 'en-US', 'read0001');
  const entry = { linkId: 'read0001', lang: 'en-US' as const, sheetName: 'S', card: t1SupervisorAppraisal };
  const planValue = (cells: Map<string, unknown>) => (a: string) => (cells.has(a) ? cells.get(a) : null) as never;
  const asWritten = () => {
    const m = new Map<string, unknown>();
    for (const r of layout.inputs.ratings) m.set(r.cell, t1SupervisorAppraisal.candidates.find((c) => c.id === r.candidateId)!.ratings[r.criterionId] ?? null);
    for (const w of layout.inputs.criterionWeights) m.set(w.cell, t1SupervisorAppraisal.sections[0].criteria.find((c) => c.id === w.criterionId)!.weight);
    for (const w of layout.inputs.sectionWeights) m.set(w.cell, 1);
    for (const n of layout.inputs.candidateNames) m.set(n.cell, t1SupervisorAppraisal.candidates.find((c) => c.id === n.candidateId)!.name.en);
    return m;
  };

  test('an untouched sheet reads back as the card it was made from', () => {
    expect(readBack(entry, planValue(asWritten()))).toEqual({ card: t1SupervisorAppraisal, skipped: [] });
  });

  test('level ids are matched ignoring case; a cleared cell becomes unrated', () => {
    const cells = asWritten();
    cells.set(layout.inputs.ratings[0].cell, 'd');
    cells.set(layout.inputs.ratings[1].cell, '');
    const { card } = readBack(entry, planValue(cells));
    const [first, second] = layout.inputs.ratings;
    expect(card.candidates.find((c) => c.id === first.candidateId)!.ratings[first.criterionId]).toBe('D');
    expect(second.criterionId in card.candidates.find((c) => c.id === second.candidateId)!.ratings).toBe(false);
  });

  test('entries a rule cannot take are left out and reported with their cell; bad weights keep the old weight', () => {
    const cells = asWritten();
    const r = layout.inputs.ratings[0];
    cells.set(r.cell, 'E');
    cells.set(layout.inputs.criterionWeights[0].cell, 'heavy');
    const { card, skipped } = readBack(entry, planValue(cells));
    expect(r.criterionId in card.candidates.find((c) => c.id === r.candidateId)!.ratings).toBe(false);
    expect(card.sections[0].criteria[0].weight).toBe(t1SupervisorAppraisal.sections[0].criteria[0].weight);
    expect(skipped.map((s) => s.en)).toEqual([
      `${r.cell}: "E" is not a rating this criterion accepts; left unrated.`,
      `${layout.inputs.criterionWeights[0].cell}: "heavy" is not a weight; the previous weight is kept.`,
    ]);
  });
});
