import { valid } from '../helpers/cards';
import ExcelJS from 'exceljs';
import { CrmError } from '../../src/core/errors';
import { Scorecard, t5KpiTargets } from '../../src/core/scorecard';
import { buildScorecardLayout } from '../../src/core/sheet';
import { SheetLimitError } from '../../src/core/sheet/limits';
import { writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { queuePlan } from '../../src/excel/write-plan';
import { scorecardWorkbook, scorecardXlsxBytes } from '../../src/xlsx/scorecard-workbook';
import { fakeHostApiSets, FakeWorkbook } from '../helpers/fake-excel';

/*
 * A plan Excel would not hold (src/core/sheet/limits.ts, after "Excel specifications and
 * limits") is refused by both writers before they write anything: Excel keeps what a batch did
 * before a failing operation (excel-contract.md), so a check part-way would leave half a sheet.
 */

/** T5 with a bell character (U+0007) in its first KPI name, which no .xlsx part can hold. */
const bell = (): Scorecard => {
  const card = structuredClone(t5KpiTargets);
  card.sections[0].criteria[0].name = { en: 'Renewal\u0007', zh: '续约\u0007' };
  return card;
};

test('Office.js: the write is refused with the reason, and not one operation reaches the workbook', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Budget').cells.set('A1', { input: 42 });
  const before = wb.operations;
  const attempt = writeScorecardSheet(valid(bell()), 'zh-CN', { linkId: 'limit001' }, wb.run);
  await expect(attempt).rejects.toBeInstanceOf(SheetLimitError);
  await expect(attempt).rejects.toThrow(/Remove the invisible control character U\+0007 from the name of criterion 1 of section 1/);
  expect(wb.operations).toBe(before);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Budget']);
  expect([...wb.names.keys()]).toEqual([]);
});

test('Office.js: queuePlan itself refuses before its first request', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Target');
  const { plan } = buildScorecardLayout(valid(bell()), 'en-US', 'limit002');
  await wb.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Target');
    expect(() => queuePlan(ws, plan, context.workbook, 'Target')).toThrow(SheetLimitError);
  });
  expect(wb.operations).toBe(0);
  expect(wb.sheet('Target').cells.size).toBe(0);
});

test('ExcelJS: no sheet is added to the workbook, and the download or CLI gets a CrmError in both languages', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Budget');
  expect(() => scorecardWorkbook(valid(bell()), 'en-US', { workbook, linkId: 'limit003' })).toThrow(SheetLimitError);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Budget']);
  const failure = await scorecardXlsxBytes(valid(bell()), 'zh-CN').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(CrmError);
  expect((failure as CrmError).localized('zh-CN')).toContain('请删除第 1 部分的指标 1 的名称中的不可见控制字符 U+0007');
  expect((failure as CrmError).localized('en-US')).toContain('Remove the invisible control character U+0007 from the name of criterion 1 of section 1');
});

test('Office.js: data bars and colour scales on a host without ExcelApi 1.6 are refused before the first request unless the caller leaves them out', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Target');
  const { plan } = buildScorecardLayout(valid(t5KpiTargets), 'en-US', 'limit004');
  const results = {
    ...plan,
    dataBars: [{ range: 'B2:B3', color: '5B9BD5' }],
    colorScales: [{ range: 'C2:C3', colors: ['F8696B', 'FFEB84', '63BE7B'] as [string, string, string] }],
  };
  fakeHostApiSets('1.5');
  try {
    await wb.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Target');
      expect(() => queuePlan(ws, results, context.workbook, 'Target')).toThrow(
        /This version of Excel cannot write parts of this sheet \(data bars, colour scales\); download the workbook instead/,
      );
    });
    expect(wb.operations).toBe(0);
    expect(wb.sheet('Target').cells.size).toBe(0);
    await wb.run(async (context) => {
      queuePlan(context.workbook.worksheets.getItem('Target'), results, context.workbook, 'Target', { leaveOut: ['data bars', 'colour scales'] });
      await context.sync();
    });
    expect(wb.sheet('Target').conditionalFormats.filter((f) => f.type !== 'Custom')).toEqual([]);
  } finally {
    fakeHostApiSets(null);
  }
});
