import { valid } from '../helpers/cards';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { buildScorecardLayout, legalSheetName, parseAddress } from '../../src/core/sheet';
import { csvCell, recalculateToCsv, SPREADSHEET_ERROR } from '../helpers/libreoffice';
import { scorecardSensitivity, scoreScorecard, t2VendorSelection, Scorecard } from '../../src/core/scorecard';
import { launch, offlineOffice, screenshot, serveDist } from '../helpers/browser';
import { distFile } from '../helpers/dist';
import { axeViolations } from './axe';

jest.setTimeout(120_000);

/*
 * The walk-through in a real browser against the production build: choose the CRM
 * vendor selection template, add a fourth vendor, answer its requirements and enter its
 * licence fee in the ratings grid by keyboard alone, then check the ranking the pane shows against the engine's.
 */
const VENDOR_D: Record<string, string | number> = {
  p1: 'met',
  p2: 'met',
  p3: 'met',
  p4: 'met',
  p5: 'partial',
  s1: 'met',
  s2: 'provided',
  s3: 'met',
  s4: 'met',
  s5: 'met',
  s6: 'provided',
  v1: 'met',
  v2: 'provided',
  v3: 'provided',
  v4: 'provided',
  c1: 300000,
  c2: 'met',
  c3: 'partial',
  c4: 'provided',
  c5: 'provided',
};
const ANSWER_LABEL: Record<string, string> = { met: 'Met', partial: 'Partly met', 'not-met': 'Not met', provided: 'Provided', 'not-provided': 'Not provided' };
/** The key that chooses each answer in the grid: its first letter. */
const ANSWER_KEY: Record<string, string> = { met: 'm', partial: 'p', 'not-met': 'n', provided: 'p', 'not-provided': 'n' };

export const expectedCard: Scorecard = {
  ...t2VendorSelection,
  candidates: [...t2VendorSelection.candidates, { id: 'candidate1', name: { en: 'Vendor D', zh: 'Vendor D' }, kind: 'vendor', ratings: VENDOR_D }],
};

describe('building a scorecard in the standalone pane', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    distFile('taskpane.html');
    server = await serveDist();
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 480, height: 1000 }, locale: 'en-US', acceptDownloads: true });
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

  test('the template gallery shows the six built-in templates, accessibly', async () => {
    await page.getByRole('heading', { name: 'Built-in templates' }).waitFor();
    expect(await page.getByRole('button', { name: /^Open / }).count()).toBe(6);
    await page.getByText('20 criteria').waitFor();
    await screenshot(page, 'scorecard-1-templates');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('choosing the vendor selection template opens it in the editor', async () => {
    await page.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }).click();
    await page.getByRole('tab', { name: 'Editor' }).click();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('CRM system selection (tender) scoring');
    expect(await page.getByRole('textbox', { name: 'Weight of section Price factors (%)' }).inputValue()).toBe('40');
    await screenshot(page, 'scorecard-2-editor');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the AHP mode shows weights and the consistency ratio', async () => {
    await page.getByRole('combobox', { name: 'Set weights by: Weights of the sections' }).selectOption('ahp');
    await page.getByText('Consistency ratio 0.000').waitFor();
    await screenshot(page, 'scorecard-3-ahp');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Set weights by: Weights of the sections' }).selectOption('direct');
  });

  test('a fourth vendor is added, named, and rated through the grid by keyboard alone', async () => {
    await page.getByRole('tab', { name: 'Candidates' }).click();
    await page.getByRole('button', { name: 'Add candidate' }).focus();
    await page.keyboard.press('Enter');
    // The new name field has the focus, its placeholder name selected: typing replaces it.
    await page.keyboard.type('Vendor D');
    expect(await page.getByRole('textbox', { name: 'Name of candidate 4' }).inputValue()).toBe('Vendor D');
    // Tab on to the grid, whose one cell in the tab order is the first.
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'gridcell'; i++) await page.keyboard.press('Tab');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focusedName()).toMatch(/^Core modules out of the box.*, Vendor A: Met$/);
    await page.keyboard.press('End');
    const criteria = t2VendorSelection.sections.flatMap((s) => s.criteria);
    for (const c of criteria) {
      expect(await focusedName()).toBe(`${c.name.en}, Vendor D: — not rated —`);
      const answer = VENDOR_D[c.id];
      if (typeof answer === 'number') {
        // A digit opens the cell; Enter takes the whole number and moves down.
        await page.keyboard.type(String(answer));
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.type(ANSWER_KEY[answer]);
        expect(await focusedName()).toBe(`${c.name.en}, Vendor D: ${ANSWER_LABEL[answer]}`);
        await page.keyboard.press('Enter');
      }
    }
    expect(await page.getByText('20 of 20 criteria rated').count()).toBe(4);
    await page.getByRole('gridcell', { name: 'Software licence fee (rate with the fee quoted), Vendor D: 300000' }).waitFor();
    await screenshot(page, 'scorecard-4-candidates');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the preview ranks the four vendors as the engine does, with the sensitivity in words', async () => {
    await page.getByRole('tab', { name: 'Preview' }).click();
    const rows = await page.getByRole('table', { name: 'Totals and ranking' }).getByRole('row').allInnerTexts();
    const result = scoreScorecard(valid(expectedCard));
    const expected = result.candidates
      .map((c, i) => ({ rank: c.rank, name: expectedCard.candidates[i].name.en, total: (Math.round(c.total * 10) / 10).toFixed(1), i }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((r) => `${r.rank}\t${r.name}\t${r.total}`);
    expect(rows.slice(1).map((r) => r.replace(/\s*\n\s*/g, '\t').trim())).toEqual(expected);
    await page.getByRole('img', { name: 'Bar chart of the totals' }).waitFor();
    const closest = scorecardSensitivity(valid(expectedCard))
      .filter((x) => x.change !== null)
      .sort((a, b) => Math.abs(a.change!) - Math.abs(b.change!))[0];
    expect(closest.text.en).toMatch(/^Vendor D stays first unless the weight of .+ (falls below|rises above) \d.*; then .+ would win\.$/);
    await page.getByText(closest.text.en, { exact: true }).waitFor();
    await screenshot(page, 'scorecard-5-preview');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the Generate page offers the download', async () => {
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('button', { name: 'Download .xlsx' }).waitFor();
    await screenshot(page, 'scorecard-6-generate');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the downloaded workbook, recalculated by LibreOffice, totals and ranks the four vendors as the engine does', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('CRM system selection (tender) scoring.xlsx');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-download-'));
    const file = path.join(dir, 'download.xlsx');
    await download.saveAs(file);
    const sheet = recalculateToCsv([file]).get(file)!.get(legalSheetName(expectedCard.title.en))!;
    const { outputs } = buildScorecardLayout(valid(expectedCard), 'en-US', 'anylink1');
    const cell = (a: string) => csvCell(sheet, parseAddress(a).row, parseAddress(a).col);
    const result = scoreScorecard(valid(expectedCard));
    expect(outputs.totals.map((t) => Number(cell(t.cell)))).toEqual(result.candidates.map((c) => expect.closeTo(c.total, 9)));
    expect(outputs.ranks.map((t) => Number(cell(t.cell)))).toEqual(result.candidates.map((c) => c.rank));
    expect(sheet.flat().filter((v) => SPREADSHEET_ERROR.test(v))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('in Chinese every page has Chinese labels', async () => {
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: '中文' }).click();
    for (const [tab, label] of [
      ['模板', '内置模板'],
      ['编辑', '各部分权重'],
      // A tender calls its candidates 投标人 (bidders).
      ['投标人', '添加投标人'],
      ['预览', '总分与排名'],
      ['生成', '下载 .xlsx'],
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByText(label, { exact: true }).first().waitFor();
      await screenshot(page, `scorecard-zh-${tab}`);
    }
    await page.getByRole('tab', { name: '预览' }).click();
    await page.getByRole('cell', { name: '甲公司' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the unsaved scorecard survives closing and reopening the pane', async () => {
    await page.reload();
    await page.waitForFunction(() => (window as { crmPaneReady?: boolean }).crmPaneReady === true);
    await page.getByText('已恢复您未保存的评分卡。').waitFor();
    await page.getByRole('tab', { name: '投标人' }).click();
    expect(await page.getByRole('textbox', { name: '投标人 4 名称' }).inputValue()).toBe('Vendor D');
  });

  test('no script error on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
