import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import {
  analyse,
  DEFAULT_SETTINGS,
  detectColumns,
  readTable,
  daySerial,
  SEGMENTS,
  SEGMENT_NAMES,
  CV_STORE_SHEET,
  parseStoredAnalysis,
} from '../../src/core/customer-value';
import { inLanguage, LANGS, type Lang } from '../../src/core/language';
import { CUSTOMER_VALUE_LABELS as L } from '../../src/core/sheet/sheet-labels';
import { customerValueXlsx } from '../../src/xlsx/customer-value-workbook';
import ExcelJS from 'exceljs';
import { csvCell, recalculateToCsv, SPREADSHEET_ERROR } from '../helpers/libreoffice';
import { cdnowTable } from '../core/customer-value/cdnow-table';

/*
 * The results workbook of the CDNOW analysis, written by the ExcelJS writer without cached
 * results and recalculated by LibreOffice: no cell of any sheet is an error, and the summary's
 * formulas (total CLV, customers and CLV per segment) reproduce the scores of the core.
 */
const table = cdnowTable();
const columns = detectColumns(table[0]);
const { transactions, report } = readTable(table, columns);
const settings = { ...DEFAULT_SETTINGS, calibrationEnd: daySerial('1997-09-30') };
const analysis = analyse(transactions, report.lastDay, settings);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cv-'));
const files = new Map<Lang, string>();

beforeAll(async () => {
  for (const lang of LANGS) {
    const file = path.join(dir, `cv-${lang}.xlsx`);
    fs.writeFileSync(file, await customerValueXlsx(analysis, transactions, lang, 'cdnow_transactions.csv', columns));
    files.set(lang, file);
  }
}, 60_000);

test.each(LANGS)(
  'LibreOffice recalculates the %s workbook with no error cell, and its totals match the core',
  (lang) => {
    const sheets = recalculateToCsv([files.get(lang)!]).get(files.get(lang)!)!;
    for (const [name, csv] of sheets)
      for (const row of csv) for (const c of row) expect(`${name}: ${c}`).not.toMatch(new RegExp(`: ${SPREADSHEET_ERROR.source}`));
    const summary = sheets.get(inLanguage(L.summarySheet, lang))!;
    const find = (label: string) => summary.findIndex((r) => r[0] === label) + 1;
    const total = analysis.scores.clv.reduce((s, v) => s + v, 0);
    expect(Number(csvCell(summary, find(inLanguage(L.totalClv, lang)), 2).replace(/,/g, ''))).toBeCloseTo(total, 1);
    SEGMENTS.forEach((k, i) => {
      const count = analysis.scores.segment.filter((s) => s === i).length;
      expect(Number(csvCell(summary, find(inLanguage(SEGMENT_NAMES[k], lang)), 2).replace(/,/g, ''))).toBe(count);
    });
  },
  180_000,
);

test('the results sheet has a frozen header, filter buttons, data bars on CLV, a colour scale on P(alive), and the settings stored for a rerun', async () => {
  const bytes = fs.readFileSync(files.get('en-US')!);
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  expect(sheet).toContain('<autoFilter ref="A1:K2358"');
  expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  expect(sheet).toMatch(/<conditionalFormatting sqref="J2:J2358">\s*<cfRule type="dataBar"/);
  expect(sheet).toMatch(/<conditionalFormatting sqref="F2:F2358">\s*<cfRule type="colorScale"/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const results = wb.getWorksheet('Customer value')!;
  expect(results.getCell('A2').value).toBe(transactions.ids[analysis.summary.customer[0]]);
  expect(results.getCell('F2').numFmt).toBe('0.0%');
  const store = wb.getWorksheet(CV_STORE_SHEET)!;
  expect(store.state).toBe('veryHidden');
  const row = [1, 2, 3, 4, 5, 6].map((c) => store.getRow(2).getCell(c).value) as (string | number)[];
  expect(parseStoredAnalysis(row)).toMatchObject({ lang: 'en-US', resultsSheet: 'Customer value', source: 'cdnow_transactions.csv', settings, columns });
});

test('with a holdout the summary sheet carries the check: LibreOffice opens it with no error, the actual means by calibration frequency are CDNOW’s', async () => {
  const held = analyse(transactions, report.lastDay, { ...settings, holdoutEnd: daySerial('1998-06-30') });
  const file = path.join(dir, 'cv-holdout.xlsx');
  fs.writeFileSync(file, await customerValueXlsx(held, transactions, 'en-US', 'cdnow_transactions.csv', columns));
  const summary = recalculateToCsv([file]).get(file)!.get(inLanguage(L.summarySheet, 'en-US'))!;
  for (const row of summary) for (const c of row) expect(c).not.toMatch(SPREADSHEET_ERROR);
  const at = (label: string) => summary.findIndex((r) => r[0] === label) + 1;
  expect(Number(csvCell(summary, at(inLanguage(L.holdoutPeriods, 'en-US')), 2))).toBe(39);
  const top = at(inLanguage(L.repeatInCalibration, 'en-US')) + 1;
  // Mean purchases in weeks 40–78 of the customers with 0, 1, … 6 and 7 or more repeat purchases
  // in weeks 1–39, from the CDNOW sample (FHL 2005, figure 4; BTYD's vignette prints them too).
  const published = [0.24, 0.7, 1.39, 1.56, 2.53, 2.95, 3.86, 6.36];
  const labels = ['0', '1', '2', '3', '4', '5', '6', '7+'];
  labels.forEach((l, i) => {
    expect(csvCell(summary, top + i, 1)).toBe(l);
    expect(Number(csvCell(summary, top + i, 2))).toBeCloseTo(published[i], 2);
  });
  // Bias is predicted − actual: the predictions lie under most of the actual means above.
  expect(Number(csvCell(summary, at(inLanguage(L.bias, 'en-US')), 2))).toBeLessThan(0);
}, 120_000);
