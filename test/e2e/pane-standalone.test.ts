import * as fs from 'fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { distFile } from '../helpers/dist';
import { launch, offlineOffice, screenshot, serveDist } from '../helpers/browser';

jest.setTimeout(90_000);

describe('the pane in Chromium, standalone (no Excel)', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    distFile('taskpane.html');
    server = await serveDist();
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    page = await context.newPage();
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await offlineOffice(page);
    await page.goto(`${server.url}taskpane.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the Functions page lists every function of functions.json', async () => {
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true, null, { timeout: 20_000 });
    await page.getByRole('tab', { name: 'Functions' }).click();
    await page.getByText('CRM.CLV', { exact: true }).waitFor();
    const ids = (JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    await page.getByText(`${ids.length} functions`).waitFor();
    await page.getByText(/Running in a browser without Excel/).waitFor();
    await screenshot(page, 'functions-en');
  });

  test('search, then Copy puts the example formula on the clipboard', async () => {
    await page.getByRole('searchbox').fill('churn');
    await page.getByText('CRM.CHURN', { exact: true }).waitFor();
    expect(await page.getByText('CRM.CLV', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Copy CRM.CHURN' }).click();
    await page.getByText('Formula copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('=CRM.CHURN(45, 1200)');
  });

  test('switching to 中文 shows Chinese labels and descriptions, and is remembered', async () => {
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: '中文' }).click();
    await page.getByRole('heading', { name: 'CRM 分析' }).waitFor();
    await page.getByText('公式已复制到剪贴板。').waitFor(); // the earlier notice follows the language
    // A new search moves on from the copied formula, and its notice goes.
    await page.getByRole('searchbox').fill('');
    await page.getByText('客户流失率：期内流失客户数 / 期初客户数。').waitFor();
    expect(await page.getByText('公式已复制到剪贴板。').count()).toBe(0);
    await screenshot(page, 'functions-zh');
    await page.reload();
    await page.getByRole('heading', { name: 'CRM 分析' }).waitFor();
    await page.getByRole('tab', { name: '模板' }).waitFor();
  });

  test('Ctrl+Shift+P, a function name as typed in a cell, Enter: the example is copied, and Escape gives focus back', async () => {
    // The page reloaded in Chinese above.
    await page.getByRole('tab', { name: '模板' }).focus();
    await page.keyboard.press('Control+Shift+P');
    const box = page.getByRole('combobox', { name: '搜索全部' });
    expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('=crm.clv(');
    await page.getByRole('option').first().filter({ hasText: '函数' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('公式已复制到剪贴板。').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('=CRM.CLV(100, 0.8, 0.1)');
    expect(await page.getByRole('tab', { name: '模板' }).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('tab', { name: '模板' }).evaluate((e) => e === document.activeElement)).toBe(true);
  });

  test('no script error on the page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
