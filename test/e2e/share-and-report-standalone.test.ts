import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { t5KpiTracker, validateTracker } from '../../src/core/kpi';
import { t2VendorSelection, validateScorecard } from '../../src/core/scorecard';
import { appraiserCopies } from '../../src/core/scorecard/appraiser-copies';
import { trackerXlsxBytes } from '../../src/xlsx/tracker-workbook';
import { scorecardXlsxBytes } from '../../src/xlsx/scorecard-workbook';
import { distFile } from '../helpers/dist';
import { ARTIFACTS, launch, offlineOffice, serveDist } from '../helpers/browser';

jest.setTimeout(180_000);

/*
 * The pane's new parts in Chromium, standalone, at the pane's narrowest (350 px), in both
 * languages: sending copies to appraisers and merging the returned ones (with one refused), and
 * the KPI report of an opened tracker. Nothing may be wider than the pane; the screenshots
 * (test-artifacts/share-*.png) are for looking at.
 */
describe('several appraisers and the KPI report in Chromium, standalone', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-share-'));
  const tracker = path.join(dir, 'tracker.xlsx');
  const returned = ['ann', 'bo', 'cy'].map((n) => path.join(dir, `${n}.xlsx`));

  beforeAll(async () => {
    distFile('taskpane.html');
    const t = validateTracker(t5KpiTracker);
    const card = validateScorecard(t2VendorSelection);
    if (!t.ok || !card.ok) throw new Error('invalid');
    fs.writeFileSync(tracker, await trackerXlsxBytes(t.tracker, 'en-US'));
    const made = appraiserCopies(card.card, ['Ann', 'Bo', 'Cy']);
    if (!made.ok) throw new Error('copies');
    // Ann and Bo return the sample ratings; Cy returns the copy blank, and is refused.
    for (const [i, c] of made.copies.entries()) {
      const filled = i < 2 ? { ...c.card, candidates: c.card.candidates.map((k, j) => ({ ...k, ratings: card.card.candidates[j].ratings })) } : c.card;
      const checked = validateScorecard(filled);
      if (!checked.ok) throw new Error('filled');
      fs.writeFileSync(returned[i], await scorecardXlsxBytes(checked.card, 'en-US'));
    }
    server = await serveDist();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(locale: 'en-US' | 'zh-CN'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await offlineOffice(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true, null, { timeout: 20_000 });
    return { page, errors, close: () => context.close() };
  }
  const fitsPane = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  test.each([
    ['en-US', 'Open CRM system selection (tender) scoring', 'Generate', 'Appraisers, one per line', 'Merge returned workbooks', 'Returned copies'],
    ['zh-CN', '打开CRM系统选型评分标准', '生成', '考评人（每行一位）', '合并交回的工作簿', '交回的副本'],
  ] as const)('%s: names typed, returned copies merged with one refused', async (locale, openCard, tab, names, merge, report) => {
    const { page, errors, close } = await open(locale);
    await page.getByRole('button', { name: openCard }).click();
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('textbox', { name: names }).fill('Ann\nBo\nCy');
    await page.locator(`input[type=file][aria-label="${merge}"]`).setInputFiles(returned);
    const list = page.getByRole('list', { name: report });
    await list.waitFor({ timeout: 30_000 });
    expect(await list.getByRole('listitem').count()).toBe(3);
    expect(await fitsPane(page)).toBe(true);
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `share-appraisers-${locale}-350.png`), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  test.each([
    ['en-US', 'KPI watch', 'Open a workbook (.xlsx)', 'Periodic report', 'Export report', 'Edit this tracker', 'Add KPI'],
    ['zh-CN', 'KPI预警', '打开工作簿（.xlsx）', '定期报告', '导出报告', '编辑此跟踪表', '添加KPI'],
  ] as const)('%s: the report of an opened tracker, and its editor', async (locale, tab, openLabel, heading, button, edit, add) => {
    const { page, errors, close } = await open(locale);
    await page.getByRole('tab', { name: tab }).click();
    await page.getByLabel(openLabel).setInputFiles(tracker);
    const region = page.getByRole('region', { name: heading });
    await region.waitFor({ timeout: 30_000 });
    await region.getByRole('button', { name: button }).waitFor();
    expect(await fitsPane(page)).toBe(true);
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `share-report-pane-${locale}-350.png`) });
    // The tracker's editor fits the pane too.
    await page.getByRole('button', { name: edit }).click();
    await page.getByRole('button', { name: add }).waitFor();
    expect(await fitsPane(page)).toBe(true);
    await page
      .getByRole('button', { name: edit === 'Edit this tracker' ? 'Remove Customer lifetime value (CLV)' : '删除 客户生命周期价值（CLV）' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `share-tracker-editor-${locale}-350.png`) });
    expect(errors).toEqual([]);
    await close();
  });
});
