import { valid } from '../helpers/cards';
import { t2VendorSelection } from '../../src/core/scorecard';
import { excelHost } from '../../src/excel/host-excel';
import { FakeWorkbook } from '../helpers/fake-excel';

/*
 * The pane's host inside Excel, on a stand-in workbook: the same factory the add-in uses with
 * Excel.run, given the fake workbook's run instead.
 */
const TITLE_ZH = 'CRM系统选型评分标准';

test('generates, reads back and regenerates through the workbook', async () => {
  const wb = new FakeWorkbook();
  const host = excelHost(wb.run, () => undefined);
  expect(host.kind).toBe('excel');
  expect(await host.generateScorecard(valid(t2VendorSelection), 'zh-CN', () => undefined)).toEqual({ kind: 'sheet', sheetName: TITLE_ZH });
  expect(await host.readActiveScorecard()).toEqual({ card: t2VendorSelection, sheetName: TITLE_ZH, skipped: [] });
  const edited = { ...structuredClone(t2VendorSelection), title: { en: 'Renamed', zh: '改名' } };
  expect(await host.regenerateScorecard(TITLE_ZH, valid(edited), 'zh-CN', () => undefined)).toEqual({ kind: 'sheet', sheetName: TITLE_ZH });
  expect((await host.storedScorecards()).map((c) => c.title.zh)).toEqual(['改名']);
  expect(wb.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual([TITLE_ZH]);
});

test('progress reaches 1 once, rising, for a generation and for a regeneration', async () => {
  const wb = new FakeWorkbook();
  const host = excelHost(wb.run, () => undefined);
  const generated: number[] = [];
  const { sheetName } = (await host.generateScorecard(valid(t2VendorSelection), 'en-US', (p) => generated.push(p))) as { sheetName: string };
  const regenerated: number[] = [];
  await host.regenerateScorecard(sheetName, valid(t2VendorSelection), 'en-US', (p) => regenerated.push(p));
  for (const calls of [generated, regenerated]) {
    expect(calls.filter((p) => p === 1)).toHaveLength(1);
    expect(calls.at(-1)).toBe(1);
    expect([...calls].sort((a, b) => a - b)).toEqual(calls);
  }
});

test('inserts a formula into the active cell, and reports an occupied one', async () => {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('Sheet1');
  const host = excelHost(wb.run, () => undefined);
  expect(await host.insertFormula('=CRM.NPS(A2:A9)', false)).toBe('inserted');
  expect(sheet.cells.get('A1')?.input).toBe('=CRM.NPS(A2:A9)');
  expect(await host.insertFormula('=CRM.CSAT(A2:A9)', false)).toBe('occupied');
  expect(await host.insertFormula('=CRM.CSAT(A2:A9)', true)).toBe('inserted');
  expect(sheet.cells.get('A1')?.input).toBe('=CRM.CSAT(A2:A9)');
});

test('exports files through the save function, awaiting it', async () => {
  const saved: string[] = [];
  const host = excelHost(new FakeWorkbook().run, async (name) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    saved.push(name);
  });
  await host.saveFile('card.json', new Blob(['{}']));
  expect(saved).toEqual(['card.json']);
});

test('the module builds nothing at load: it exports the factory alone', async () => {
  expect(Object.keys(await import('../../src/excel/host-excel'))).toEqual(['excelHost']);
});
