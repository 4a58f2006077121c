import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { t5KpiTracker, validateTracker } from '../../src/core/kpi';
import { trackerXlsxBytes } from '../../src/xlsx/tracker-workbook';
import { distFile } from '../helpers/dist';
import { ARTIFACTS, launch, offlineOffice, screenshot, serveDist } from '../helpers/browser';

jest.setTimeout(120_000);

/*
 * The KPI watch in Chromium, standalone: a tracker workbook is opened from disk and its alerts
 * show, worst first, with the count on the tab, at the pane's narrowest (350 px) and at a wide
 * 1000 px, in both languages. The screenshots (test-artifacts/) are for looking at.
 */
describe('the KPI watch in Chromium, standalone', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-watch-'));
  const file = path.join(dir, 'tracker.xlsx');

  beforeAll(async () => {
    distFile('taskpane.html');
    const checked = validateTracker(t5KpiTracker);
    if (!checked.ok) throw new Error('invalid');
    fs.writeFileSync(file, await trackerXlsxBytes(checked.tracker, 'en-US'));
    server = await serveDist();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases = [
    ['en-US', 350, 'KPI watch (2)', 'Open a workbook (.xlsx)', 'Off track'],
    ['en-US', 1000, 'KPI watch (2)', 'Open a workbook (.xlsx)', 'Off track'],
    ['zh-CN', 350, 'KPI预警（2）', '打开工作簿（.xlsx）', '未达标'],
    ['zh-CN', 1000, 'KPI预警（2）', '打开工作簿（.xlsx）', '未达标'],
  ] as const;

  test.each(cases)('%s at %i px: the opened workbook’s alerts, worst first, and the count on the tab', async (locale, width, tabName, openLabel, worst) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await offlineOffice(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true, null, { timeout: 20_000 });
    await page.getByRole('tab', { name: locale === 'zh-CN' ? 'KPI预警' : 'KPI watch' }).click();
    await page.getByLabel(openLabel).setInputFiles(file);
    await page.getByRole('tab', { name: tabName }).waitFor({ timeout: 30_000 });
    const items = page.getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await items.first().textContent()).toContain(worst);
    // Nothing wider than the pane: no sideways scrolling at 350 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, `kpi-watch-${locale}-${width}`);
    await page.screenshot({ path: path.join(ARTIFACTS, `kpi-watch-${locale}-${width}-full.png`), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
