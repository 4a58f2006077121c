import { valid } from '../../helpers/cards';
import { t2VendorSelection } from '../../../src/core/scorecard';
import { excelHost } from '../../../src/excel/host-excel';
import { browserHost, fileNameFor } from '../../../src/taskpane/host/host';
import { downloadsWorkOn, OfficeLike, paneEnvironment } from '../../../src/taskpane/host/office-helpers';
import { preparePane } from '../../../src/taskpane/host/pane-start';
import type { SaveFile } from '../../../src/taskpane/host/pane-host';
import { FakeWorkbook } from '../../helpers/fake-excel';

describe('browser host', () => {
  test('downloads the workbook under the card title in the pane’s language, reporting progress', async () => {
    const saved: string[] = [];
    const progress: number[] = [];
    const host = browserHost({ buildXlsx: async (card, lang) => new Blob([`${card.id} ${lang}`]), save: (name) => saved.push(name) });
    expect(await host.generateScorecard(valid(t2VendorSelection), 'zh-CN', (p) => progress.push(p))).toEqual({
      kind: 'download',
      fileName: 'CRM系统选型评分标准.xlsx',
    });
    expect(saved).toEqual(['CRM系统选型评分标准.xlsx']);
    expect(progress.at(-1)).toBe(1);
    expect(await host.readActiveScorecard()).toBeNull();
    expect(await host.storedScorecards()).toEqual([]);
  });
  test('without a workbook writer the download fails with a reason', async () => {
    await expect(browserHost({}).generateScorecard(valid(t2VendorSelection), 'en-US', () => undefined)).rejects.toThrow('no workbook writer');
  });
  test('file names drop characters no desktop accepts', () => {
    expect(fileNameFor('Q3: A/B "test"?', 'json')).toBe('Q3 A B test.json');
    expect(fileNameFor('  ', 'xlsx')).toBe('scorecard.xlsx');
  });
});

describe('where the pane runs (Office.onReady, awaited once)', () => {
  // Office.js answers onReady with { host, platform }; outside Office both are null
  // (initialize-add-in.md; the onReady remarks in @types/office-js).
  const office = (answer: { host: unknown; platform: unknown }, delayMs = 0, context: OfficeLike['context'] = {}): OfficeLike => ({
    onReady: () => new Promise((resolve) => (delayMs ? setTimeout(() => resolve(answer), delayMs) : resolve(answer))),
    context,
  });
  afterEach(() => jest.useRealTimers());

  test('a slow start inside Excel (5 s) still gives the Excel host, and no timeout is left racing it', async () => {
    jest.useFakeTimers();
    let settled = false;
    const env = paneEnvironment(office({ host: 'Excel', platform: 'PC' }, 5000, { displayLanguage: 'zh-CN' })).then((e) => ((settled = true), e));
    await jest.advanceTimersByTimeAsync(3000);
    expect(settled).toBe(false); // the old 3-second race would have answered "browser" here
    await jest.advanceTimersByTimeAsync(2000);
    expect(await env).toEqual({ host: 'excel', platform: 'PC', language: 'zh-CN', background: undefined, canDownload: true });
    expect(jest.getTimerCount()).toBe(0);
  });

  test('onReady with host null (a plain browser) gives the browser host', async () => {
    expect(await paneEnvironment(office({ host: null, platform: null }))).toEqual({ host: 'browser', platform: null, canDownload: true });
  });

  test('a page without office.js runs standalone', async () => {
    expect((await paneEnvironment(undefined)).host).toBe('browser');
  });

  test('Excel on Mac (WKWebView) cannot download; Windows and Excel on the web can', async () => {
    // office-js #2700 and #4681: anchors with blob: URLs do nothing in Office on Mac; Mac web works.
    expect((await paneEnvironment(office({ host: 'Excel', platform: 'Mac' }))).canDownload).toBe(false);
    expect((await paneEnvironment(office({ host: 'Excel', platform: 'OfficeOnline' }))).canDownload).toBe(true);
    expect((await paneEnvironment(office({ host: 'Excel', platform: 'PC' }))).canDownload).toBe(true);
    // Without a platform in the answer, Office.context.diagnostics (Office.ContextInformation) decides.
    expect(await paneEnvironment(office({ host: 'Excel', platform: null }, 0, { diagnostics: { platform: 'Mac' } }))).toMatchObject({
      platform: 'Mac',
      canDownload: false,
    });
    expect(downloadsWorkOn(null)).toBe(true);
  });

  const hosts = () => {
    const saves: SaveFile[] = [];
    return {
      saves,
      excelHost: (save: SaveFile) => (saves.push(save), excelHost(new FakeWorkbook().run, save)),
      browserHost: (save: SaveFile) => (saves.push(save), browserHost({ save })),
    };
  };

  test('the page root builds the Excel host from a slow onReady, in the display language', async () => {
    jest.useFakeTimers();
    const h = hosts();
    const start = preparePane({
      office: office({ host: 'Excel', platform: 'PC' }, 5000, { displayLanguage: 'zh-TW' }),
      ...h,
      browserLanguage: 'en-US',
      storedLanguage: null,
    });
    await jest.advanceTimersByTimeAsync(5000);
    const pane = await start;
    expect(pane.host.kind).toBe('excel');
    expect(pane.lang).toBe('zh-CN'); // every Chinese display language gets zh-CN (src/functions/host-language.ts)
    expect(pane.manualSave).toBeUndefined();
  });

  test('the page root builds the browser host when onReady answers host null', async () => {
    const pane = await preparePane({ office: office({ host: null, platform: null }), ...hosts(), browserLanguage: 'en-GB', storedLanguage: null });
    expect(pane.host.kind).toBe('browser');
    expect(pane.lang).toBe('en-US');
  });

  test('in Excel on Mac every file the pane saves goes to the manual-save dialog', async () => {
    const h = hosts();
    const pane = await preparePane({ office: office({ host: 'Excel', platform: 'Mac' }), ...h, storedLanguage: null });
    expect(pane.manualSave).toBeDefined();
    expect(h.saves).toEqual([pane.manualSave!.save]);
    // A binary file keeps this node test clear of FileReader; the text path is tested in jsdom (manual-save.test.tsx).
    await pane.host.saveFile('card.bin', new Blob([new Uint8Array([1, 2])], { type: 'application/octet-stream' }));
    expect(pane.manualSave!.current()).toMatchObject({ fileName: 'card.bin', text: null });
  });
});

describe('the larger AHP and ratings windows (Office dialogs sharing the pane’s storage)', () => {
  const larger = { open: async () => ({ judgements: null, apply: false }) };
  const largerRatings = { open: async () => null };
  const start = (answer: { host: unknown; platform: unknown }) =>
    preparePane({
      office: { onReady: async () => answer },
      excelHost: (save) => excelHost(new FakeWorkbook().run, save),
      browserHost: (save) => browserHost({ save }),
      ahpWindow: () => larger,
      ratingsWindow: () => largerRatings,
      storedLanguage: null,
    });

  test('is offered in Excel on Windows and on Mac', async () => {
    expect((await start({ host: 'Excel', platform: 'PC' })).ahpWindow).toBe(larger);
    expect((await start({ host: 'Excel', platform: 'Mac' })).ahpWindow).toBe(larger);
    expect((await start({ host: 'Excel', platform: 'PC' })).ratingsWindow).toBe(largerRatings);
  });

  test('not in Excel on the web, whose dialog window gets storage apart from the pane (parent-to-dialog.md)', async () => {
    expect((await start({ host: 'Excel', platform: 'OfficeOnline' })).ahpWindow).toBeUndefined();
    expect((await start({ host: 'Excel', platform: 'OfficeOnline' })).ratingsWindow).toBeUndefined();
  });

  test('not in a plain browser, where the pane has room to grow instead', async () => {
    expect((await start({ host: null, platform: null })).ahpWindow).toBeUndefined();
    expect((await start({ host: null, platform: null })).ratingsWindow).toBeUndefined();
  });
});
