import { t2VendorSelection } from '../../src/core/scorecard';
import { excelHost, ExcelScorecardOps } from '../../src/excel/host-excel';
import { browserHost, fileNameFor } from '../../src/taskpane/host';

describe('browser host', () => {
  test('downloads the workbook under the card title in the pane’s language, reporting progress', async () => {
    const saved: string[] = [];
    const progress: number[] = [];
    const host = browserHost({ buildXlsx: async (card, lang) => new Blob([`${card.id} ${lang}`]), save: (name) => saved.push(name) });
    expect(await host.generateScorecard(t2VendorSelection, 'zh-CN', (p) => progress.push(p))).toEqual({ kind: 'download', fileName: 'CRM系统选型评分标准.xlsx' });
    expect(saved).toEqual(['CRM系统选型评分标准.xlsx']);
    expect(progress.at(-1)).toBe(1);
    expect(await host.readActiveScorecard()).toBeNull();
    expect(await host.storedScorecards()).toEqual([]);
  });
  test('without a workbook writer the download fails with a reason', async () => {
    await expect(browserHost({}).generateScorecard(t2VendorSelection, 'en-US', () => undefined)).rejects.toThrow('no workbook writer');
  });
  test('file names drop characters no desktop accepts', () => {
    expect(fileNameFor('Q3: A/B "test"?', 'json')).toBe('Q3 A B test.json');
    expect(fileNameFor('  ', 'xlsx')).toBe('scorecard.xlsx');
  });
});

describe('Excel host', () => {
  const calls: string[] = [];
  const ops: ExcelScorecardOps = {
    write: async (card, lang, options) => (calls.push(`write ${card.id} ${lang} ${options.sheetName ?? '(new)'}`), { sheetName: options.sheetName ?? 'Scorecard 2' }),
    readActive: async () => ({ card: t2VendorSelection, sheetName: 'Tender' }),
    listStored: async () => [t2VendorSelection],
  };
  beforeEach(() => (calls.length = 0));

  test('generates into a new sheet and regenerates over a named one', async () => {
    const host = excelHost(ops);
    expect(await host.generateScorecard(t2VendorSelection, 'en-US', () => undefined)).toEqual({ kind: 'sheet', sheetName: 'Scorecard 2' });
    expect(await host.regenerateScorecard('Tender', t2VendorSelection, 'zh-CN', () => undefined)).toEqual({ kind: 'sheet', sheetName: 'Tender' });
    expect(calls).toEqual(['write t2-crm-vendor-selection en-US (new)', 'write t2-crm-vendor-selection zh-CN Tender']);
  });
  test('reads the active sheet and the stored cards through the writer’s reader', async () => {
    const host = excelHost(ops);
    expect((await host.readActiveScorecard())?.sheetName).toBe('Tender');
    expect(await host.storedScorecards()).toEqual([t2VendorSelection]);
  });
  test('exports files through the save function', async () => {
    const saved: string[] = [];
    await excelHost(ops, (name) => saved.push(name)).saveFile('card.json', new Blob(['{}']));
    expect(saved).toEqual(['card.json']);
  });
});
