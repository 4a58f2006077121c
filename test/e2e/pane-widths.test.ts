import type { Browser, Page } from 'playwright-core';
import { distFile } from '../helpers/dist';
import { launch, offlineOffice, screenshot, serveDist } from '../helpers/browser';
import { axeViolations } from './axe';

jest.setTimeout(120_000);

/*
 * The pane as wide as Excel makes it (320–350 px) and as wide as a browser tab (1000 px), in
 * both languages: the ratings grid shows every candidate when there is room, and otherwise
 * scrolls sideways with the criterion names held in place and readable. Screenshots of the
 * Candidates, Preview and Editor pages go to test-artifacts/ to be looked at.
 */
const LANGS = [
  { lang: 'en-US', open: 'Open CRM system selection (tender) scoring', candidates: 'Candidates', preview: 'Preview', editor: 'Editor' },
  { lang: 'zh-CN', open: '打开CRM系统选型评分标准', candidates: '投标人', preview: '预览', editor: '编辑' },
] as const;

describe.each(LANGS)('the pane in $lang', (words) => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    distFile('taskpane.html');
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openAt(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: words.lang });
    // Frames without storage of their own (office.js's) are passed over.
    await context.addInitScript((lang) => {
      try {
        localStorage.setItem('crm-addin.language', lang);
      } catch {
        /* no storage in this frame */
      }
    }, words.lang);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await offlineOffice(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true, null, { timeout: 20_000 });
    await page.getByRole('button', { name: words.open }).click();
    await page.getByRole('tab', { name: words.candidates }).click();
    await page.getByRole('grid').waitFor();
    return page;
  }

  /** Where the grid's parts are, in CSS pixels. */
  const measure = (page: Page) =>
    page.evaluate(() => {
      const grid = document.querySelector('[role="grid"]')!;
      const scroller = grid.parentElement!;
      const rowHeader = grid.querySelector('tbody th[scope="row"]')!;
      return {
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        scrollable: scroller.scrollWidth - scroller.clientWidth,
        scrollerLeft: scroller.getBoundingClientRect().left,
        headerLeft: rowHeader.getBoundingClientRect().left,
        headerWidth: rowHeader.getBoundingClientRect().width,
      };
    });

  test('at 1000 px the grid shows every candidate, with nothing to scroll', async () => {
    const page = await openAt(1000);
    const m = await measure(page);
    expect(m.scrollable).toBeLessThanOrEqual(0);
    expect(m.pageOverflow).toBeLessThanOrEqual(0);
    for (const [name, tab] of [
      ['candidates', words.candidates],
      ['preview', words.preview],
      ['editor', words.editor],
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await screenshot(page, `width-1000-${words.lang}-${name}`);
    }
    await page.context().close();
  });

  test('at 350 px the grid scrolls sideways with the criterion column held and readable', async () => {
    const page = await openAt(350);
    const before = await measure(page);
    expect(before.pageOverflow).toBeLessThanOrEqual(0);
    expect(before.scrollable).toBeGreaterThan(0);
    // Wide enough for words, not a sliver: about nine characters and more.
    expect(before.headerWidth).toBeGreaterThanOrEqual(140);
    // The keyboard takes the grid to its last column; the criterion column stays put.
    await page.getByRole('gridcell').first().focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('[role="grid"]')!.parentElement!.scrollLeft > 0);
    const after = await measure(page);
    expect(Math.round(after.headerLeft)).toBe(Math.round(after.scrollerLeft + 1));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `width-350-${words.lang}-candidates`);
    for (const [name, tab] of [
      ['preview', words.preview],
      ['editor', words.editor],
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      // Nothing of the page reaches past the pane's right edge.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, `width-350-${words.lang}-${name}`);
    }
    await page.context().close();
  });

  test('no script error on the page', () => {
    expect(errors).toEqual([]);
  });
});
