import { valid } from '../../helpers/cards';
import ExcelJS from 'exceljs';
import { CrmError } from '../../../src/core/errors';
import { answerPoints } from '../../../src/core/scorecard/answer-points';
import { Scorecard, scoreScorecard, validateScorecard } from '../../../src/core/scorecard';
import { address, buildScorecardLayout, CellValue, parseStoredRow, STORE_SHEET } from '../../../src/core/sheet';
import { readBack } from '../../../src/core/sheet/read-back';
import { scorecardWorkbook } from '../../../src/xlsx/scorecard-workbook';

/*
 * Ids are the user's words, so they may be the names of Object.prototype's members. A plain
 * object answers `ratings.constructor` with Object's function, which once made an unrated
 * criterion look rated and broke scoring and export. These cards go the whole way: validate,
 * score, plan, .xlsx through the ExcelJS writer, and read back out of the saved file.
 */
const NAMES = ['constructor', 'toString', 'hasOwnProperty'] as const;

/**
 * Two criteria in one section, weighted 60 % and 40 %; the first is graded in levels whose ids
 * are prototype names too. Expected points follow the model's rule (model.ts): share of the
 * criterion's full points × section weight × criterion weight × 100.
 *   first:  criterion 1 unrated → 0;        partial 3/5 × 0.4 × 100 = 24;  total 24
 *   second: level "toString" 4/5 × 0.6 × 100 = 48; met 5/5 × 0.4 × 100 = 40; total 88
 *   third:  level "__proto__" 5/5 × 0.6 × 100 = 60; not met 0;            total 60
 */
function cardWith(name: string): Scorecard {
  return {
    format: 1,
    id: 'prototype-names',
    title: { en: 'Prototype names', zh: '原型名称' },
    notes: { en: 'Ids named like members of Object.prototype.', zh: '以 Object.prototype 成员命名的 id。' },
    kind: 'selection',
    totalPoints: 100,
    sections: [
      {
        id: name,
        name: { en: 'All', zh: '全部' },
        weight: 1,
        criteria: [
          {
            id: name,
            name: { en: 'Fit', zh: '匹配度' },
            weight: 0.6,
            scoring: {
              type: 'levels',
              maxPoints: 5,
              levels: [
                { id: '__proto__', label: { en: 'Best', zh: '优' }, description: { en: 'Best', zh: '优' }, points: 5 },
                { id: 'toString', label: { en: 'Good', zh: '良' }, description: { en: 'Good', zh: '良' }, points: 4 },
                { id: 'valueOf', label: { en: 'Fair', zh: '中' }, description: { en: 'Fair', zh: '中' }, points: 3 },
              ],
            },
          },
          { id: 'valueOf', name: { en: 'Support', zh: '支持' }, weight: 0.4, scoring: { type: 'met', maxPoints: 5, partialPoints: 3 } },
        ],
      },
    ],
    candidates: [
      { id: name, name: { en: 'First', zh: '甲' }, kind: 'vendor', ratings: { valueOf: 'partial' } },
      { id: 'isPrototypeOf', name: { en: 'Second', zh: '乙' }, kind: 'vendor', ratings: { [name]: 'toString', valueOf: 'met' } },
      { id: 'third', name: { en: 'Third', zh: '丙' }, kind: 'vendor', ratings: { [name]: '__proto__', valueOf: 'not-met' } },
    ],
  };
}

/** A cell of a saved workbook as Office.js `values` would give it: formulas as their text. */
function valueOf(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'formula' in (v as object)) return `=${(v as { formula: string }).formula}`;
  if (typeof v === 'object' && 'richText' in (v as object)) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return v as CellValue;
}

describe.each(NAMES)('ids named %s', (name) => {
  const card = cardWith(name);

  test('pass validation and score as the model says, the unrated criterion listed as unrated', () => {
    expect(validateScorecard(card)).toEqual({ ok: true, card });
    const result = scoreScorecard(valid(card));
    expect(result.candidates.map((c) => c.total)).toEqual([24, 88, 60]);
    expect(result.candidates.map((c) => c.rank)).toEqual([3, 1, 2]);
    expect(result.candidates.map((c) => c.unrated)).toEqual([[name], [], []]);
  });

  test('the plan leaves the unrated cell empty and writes only data into cells', () => {
    const layout = buildScorecardLayout(valid(card), 'en-US', 'proto001');
    for (const c of layout.plan.cells) expect(['string', 'number', 'boolean', 'undefined']).toContain(c.value === null ? 'undefined' : typeof c.value);
    const unrated = layout.inputs.ratings.find((r) => r.criterionId === name && r.candidateId === name)!.cell;
    const planned = layout.plan.cells.find((c) => address(c.row, c.col) === unrated)!;
    expect(planned.value).toBeNull();
  });

  test('written with the ExcelJS writer and read back from the saved file, the card comes back whole', async () => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      const built = scorecardWorkbook(valid(card), lang, { linkId: 'proto001' });
      const file = new ExcelJS.Workbook();
      await file.xlsx.load((await built.workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const store = file.getWorksheet(STORE_SHEET)!;
      const row = (store.getRow(2).values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as CellValue)));
      const entry = parseStoredRow(row, built.sheetName);
      expect(entry.card).toEqual(card);
      const sheet = file.getWorksheet(built.sheetName)!;
      const read = readBack(entry, (a) => valueOf(sheet.getCell(a)));
      expect(read).toEqual({ card, skipped: [] });
      expect(scoreScorecard(valid(read.card)).candidates.map((c) => c.total)).toEqual([24, 88, 60]);
    }
  });
});

describe('__proto__', () => {
  test('as a criterion or candidate id it is refused by the id rule, with its path, not a crash', () => {
    const card = cardWith('plain');
    card.sections[0].criteria[1].id = '__proto__';
    card.candidates[2].id = '__proto__';
    const v = validateScorecard(JSON.parse(JSON.stringify(card)));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.path)).toEqual(['sections[0].criteria[1].id', 'candidates[2].id']);
    expect(() => scoreScorecard(valid(card))).toThrow(CrmError);
    expect(() => buildScorecardLayout(valid(card), 'en-US', 'proto001')).toThrow(CrmError);
  });

  test('as a ratings key in a file it is reported as an unknown criterion, not dropped or turned into a prototype', () => {
    const json = JSON.stringify(cardWith('plain')).replace('"ratings":{"valueOf":"partial"}', '"ratings":{"valueOf":"partial","__proto__":"met"}');
    const v = validateScorecard(JSON.parse(json));
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors.map((e) => e.text.en)).toEqual(['candidates[0].ratings.__proto__ rates "__proto__", which is not a criterion of this scorecard.']);
  });
});

test('an answer typed as a prototype name is an unknown answer (#N/A with the accepted list), not a number', () => {
  for (const answer of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
    for (const rule of ['met', 'provided', 'grade'] as const) {
      let error: unknown;
      try {
        answerPoints(answer, rule, 5, null);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).kind).toBe('NA');
      expect((error as CrmError).text.en).toMatch(/^Unknown answer/);
    }
});
