import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { distFile } from '../helpers/dist';
import { ARTIFACTS, launch, offlineOffice, screenshot, serveDist } from '../helpers/browser';
import { axeViolations } from './axe';

jest.setTimeout(120_000);

/*
 * The search box open over the pane at Excel's width (350 px) and a browser tab's (1000 px), in
 * both languages: the list stays inside the window, no result's name is cut or runs into its
 * kind, and the screenshots go to test-artifacts/palette-<lang>-<width>.png to be looked at.
 */
const LANGS = [
  { lang: 'en-US', query: 'crm', kind: 'Template' },
  { lang: 'zh-CN', query: 'crm', kind: '模板' },
] as const;

describe.each(LANGS)('the search box in $lang', (words) => {
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
    const context = await browser.newContext({ viewport: { width, height: 700 }, locale: words.lang });
    await context.addInitScript((lang) => {
      try {
        localStorage.setItem('crm-addin.language', lang);
        localStorage.setItem('crm-addin.standalone-seen', '1');
      } catch {
        /* no storage in this frame */
      }
    }, words.lang);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await offlineOffice(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true, null, { timeout: 20_000 });
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type(words.query);
    await page.getByRole('option').filter({ hasText: words.kind }).first().waitFor();
    // The function list arrives after the templates; wait for it, so the list is whole.
    await page.getByRole('option').filter({ hasText: 'CRM.' }).first().waitFor();
    return page;
  }

  test.each([350, 1000])('at %d px the open list fits the window and nothing in it is cut or overlaps', async (width) => {
    const page = await openAt(width);
    const m = await page.evaluate(() => {
      const list = document.querySelector('[role="listbox"]')!.parentElement!.getBoundingClientRect();
      const options = [...document.querySelectorAll('[role="option"]')].slice(0, 12).map((o) => {
        const [name, badge] = [o.children[0] as HTMLElement, o.children[1] as HTMLElement];
        const n = name.getBoundingClientRect();
        const b = badge.getBoundingClientRect();
        return {
          cut: name.scrollWidth > name.clientWidth + 1,
          overlap: n.right > b.left && n.top < b.bottom && b.top < n.bottom,
          badgeOut: b.right > o.getBoundingClientRect().right + 0.5,
        };
      });
      return { left: list.left, right: list.right, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, options };
    });
    expect(m.left).toBeGreaterThanOrEqual(0);
    expect(m.right).toBeLessThanOrEqual(width);
    expect(m.pageOverflow).toBeLessThanOrEqual(0);
    expect(m.options.length).toBeGreaterThan(3);
    for (const o of m.options) expect(o).toEqual({ cut: false, overlap: false, badgeOut: false });
    // The combobox, its listbox and options as axe-core checks them (roles, names, contrast).
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `palette-${words.lang}-${width}`);
    expect(fs.existsSync(path.join(ARTIFACTS, `palette-${words.lang}-${width}.png`))).toBe(true);
    await page.context().close();
  });

  test('no script error on the page', () => expect(errors).toEqual([]));
});
