import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { pAlive } from '../../src/core/models/bgnbd';
import { clvBgNbd } from '../../src/core/models/clv-bgnbd';
import { perPeriodRate } from '../../src/core/models/period-rate';
import { ARTIFACTS, launch, offlineOffice, screenshot, serveDist } from '../helpers/browser';
import { distFile } from '../helpers/dist';
import { cdnowSummary } from '../core/models/cdnow';

jest.setTimeout(180_000);

/*
 * The customer-value page in a real browser against the production build: open the CDNOW log
 * as a CSV, fit with the calibration ending 1997-09-30 in weeks, check the parameters against
 * the published estimates (Fader, Hardie & Lee 2005: r 0.243, α 4.414, a 0.793, b 2.426), then
 * download the results and check three customers' P(alive) and CLV against the functions'
 * core (CRM.BGNBD.PALIVE, CRM.CLV.BGNBD with CRM.RATE.PERPERIOD) on the published summary.
 */
const CSV = path.join(__dirname, '..', 'fixtures', 'cdnow', 'cdnow_transactions.csv');

describe('the customer-value page in the standalone pane', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    distFile('taskpane.html');
    server = await serveDist();
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, locale: 'en-US', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await offlineOffice(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true, null, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the CDNOW log opens with its columns found and counted', async () => {
    await page.getByRole('tab', { name: 'Customer value' }).click();
    await page.getByTestId('cv-file').setInputFiles(CSV);
    await page.getByText('6919 rows, 2357 customers, 1997-01-01 to 1998-06-30.').waitFor();
    await page.getByTestId('cv-cal').fill('1997-09-30');
  });

  test('fitting gives the published BG/NBD estimates', async () => {
    await page.getByRole('button', { name: 'Fit the models' }).click();
    await page.getByTestId('cv-fit').waitFor({ timeout: 60_000 });
    const value = async (n: string) => Number(await page.getByTestId(`cv-param-${n}`).textContent());
    expect(await value('r')).toBeCloseTo(0.243, 2);
    expect(await value('alpha')).toBeCloseTo(4.414, 1);
    expect(await value('a')).toBeCloseTo(0.793, 2);
    expect(await value('b')).toBeCloseTo(2.426, 1);
    await page.getByText(/^Well determined/).waitFor();
  });

  test('the downloaded results hold P(alive) and CLV as the CRM functions compute them', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the results (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('cdnow_transactions-customer-value.xlsx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cv-')), 'cv.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const summary = wb.getWorksheet('Customer value summary')!;
    const paramOf = (name: string) => {
      let v = NaN;
      summary.eachRow((row) => {
        if (row.getCell(1).value === name) v = Number(row.getCell(2).value);
      });
      return v;
    };
    const bg = { r: paramOf('r'), alpha: paramOf('alpha'), a: paramOf('a'), b: paramOf('b') };
    const gg = { p: paramOf('p (Gamma-Gamma)'), q: paramOf('q (Gamma-Gamma)'), gamma: paramOf('gamma (Gamma-Gamma)') };
    expect(bg.r).toBeCloseTo(0.243, 2);
    const published = cdnowSummary();
    const results = wb.getWorksheet('Customer value')!;
    const d = perPeriodRate(0.1, 7);
    for (const id of [1, 2, 1000]) {
      const j = id - 1;
      const row = results.getRow(id + 1);
      expect(row.getCell(1).value).toBe(String(id));
      // The published summary is rounded to 2 decimals; the sheet's is exact.
      expect(Number(row.getCell(6).value)).toBeCloseTo(pAlive(bg, published.x[j], published.tx[j], published.T[j]), 2);
      expect(Number(row.getCell(10).value)).toBeCloseTo(clvBgNbd(bg, gg, published.x[j], published.tx[j], published.T[j], published.zbar[j], 52, d, 1), 0);
    }
    expect(pageErrors).toEqual([]);
  });

  test('with a holdout end the check shows the holdout error and its two charts', async () => {
    await page.getByTestId('cv-hold').fill('1998-06-30');
    await page.getByRole('button', { name: 'Fit the models' }).click();
    await page.getByTestId('cv-check').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('cv-check-errors').textContent()).toMatch(/^Over the 39 periods of the holdout: mean absolute error/);
    expect(await page.getByTestId('cv-check').getByRole('img').count()).toBe(2);
  });

  test('screenshots at 350 and 1000 px in both languages, nothing wider than the pane', async () => {
    for (const lang of ['en', 'zh'] as const) {
      if (lang === 'zh') {
        await page.getByRole('combobox', { name: 'Language' }).click();
        await page.getByRole('option', { name: '中文' }).click();
      }
      for (const width of [350, 1000]) {
        await page.setViewportSize({ width, height: 1100 });
        await screenshot(page, `customer-value-${lang}-${width}`);
        // The holdout check (its charts and table) on its own, to be looked at.
        await page.getByTestId('cv-check').screenshot({ path: path.join(ARTIFACTS, `customer-value-check-${lang}-${width}.png`) });
        expect(fs.existsSync(path.join(ARTIFACTS, `customer-value-check-${lang}-${width}.png`))).toBe(true);
        // The page scrolls down, never sideways; the charts shrink to the pane.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        for (const box of await page
          .getByTestId('cv-check')
          .getByRole('img')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
          expect(box).toBeLessThanOrEqual(width);
      }
    }
  });
});
