import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { Lang } from '../../src/core/errors';
import { periodReport, t4ServiceTracker, t5KpiTracker, Tracker, validateTracker, ValidTracker } from '../../src/core/kpi';
import { parseAddress } from '../../src/core/sheet/a1';
import { buildTrackerReport } from '../../src/core/sheet/tracker-report-plan';
import { trackerReportXlsxBytes } from '../../src/xlsx/tracker-report-workbook';
import { csvCell, recalculateToCsv, pdfPages, pdfPageText, printToPdf, SPREADSHEET_ERROR } from '../helpers/libreoffice';

/*
 * The periodic report of a tracker as a colleague without the add-in gets it: the .xlsx file
 * written by the ExcelJS writer without cached results, recalculated by LibreOffice, and
 * printed to PDF. Its figures are checked by hand against the T5 sample year
 * (src/core/kpi/templates/t5-kpi-tracker.ts), November 2026:
 *
 *   Key accounts  renewal  Sep 0.86, review before Jun 0.88: −0.02, ≥ 0.85 → On track
 *                 CSAT     Nov 0.91, Oct 0.92: −0.01, ≥ 0.90 → On track
 *                 CLV      Jun 12400 on last year's 11000: 12400/11000 − 1 = +12.7 %, ≥ +10 % → On track
 *                 churn    Sep 0.05, Jun 0.045: +0.005, ≤ 0.05 → On track (at most)
 *   SMB           renewal  Sep 0.85, Jun 0.86: −0.01 → On track
 *                 CSAT     Nov 0.84, Oct 0.86: −0.02, below the 0.85 edge → Off track, action due
 *                 churn    Sep 0.065, Jun 0.06: +0.005, above 0.05 within 0.07 → At risk, action due
 */
const valid = (t: Tracker): ValidTracker => {
  const r = validateTracker(t);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.tracker;
};
const t5 = valid(t5KpiTracker);
const t4 = valid(t4ServiceTracker);

interface Case {
  name: string;
  tracker: ValidTracker;
  endMonth: number;
  lang: Lang;
  file: string;
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-report-'));
const cases: Case[] = [
  { name: 't5-nov-en', tracker: t5, endMonth: 11, lang: 'en-US' as Lang },
  { name: 't5-nov-zh', tracker: t5, endMonth: 11, lang: 'zh-CN' },
  { name: 't5-feb-en', tracker: t5, endMonth: 2, lang: 'en-US' },
  { name: 't4-last-zh', tracker: t4, endMonth: 12, lang: 'zh-CN' },
].map((c): Case => ({ ...c, lang: c.lang as Lang, file: path.join(dir, `${c.name}.xlsx`) }));
let sheets: ReturnType<typeof recalculateToCsv>;
let printed: ReturnType<typeof printToPdf>;

beforeAll(async () => {
  for (const c of cases) fs.writeFileSync(c.file, await trackerReportXlsxBytes(c.tracker, c.endMonth, c.lang, 'Tracker'));
  const files = cases.map((c) => c.file);
  sheets = recalculateToCsv(files);
  printed = printToPdf(files);
}, 240_000);
afterAll(() => {
  printed?.done();
  fs.rmSync(dir, { recursive: true, force: true });
});

const csvOf = (c: Case) => [...sheets.get(c.file)!.values()][0];
const at = (c: Case, cell: string) => {
  const { row, col } = parseAddress(cell);
  return csvCell(csvOf(c), row, col);
};
const byName = (name: string) => cases.find((c) => c.name === name)!;

test('November of the T5 sample: statuses, changes, growth and the actions due, as worked out by hand', () => {
  const c = byName('t5-nov-en');
  const { rows } = buildTrackerReport(c.tracker, 11, 'en-US', 'Tracker');
  // The CSV holds values, not what the number format shows: "-2%" is −0.02.
  const num = (s: string) => (s === '' ? null : s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));
  const line = (team: string, kpi: string) => {
    const r = rows.find((x) => x.teamId === team && x.kpiId === kpi)!;
    const round = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
    return [round(num(at(c, r.change))), round(num(at(c, r.yoy))), at(c, r.status), at(c, r.action)];
  };
  expect(line('key-accounts', 'renewal')).toEqual([-0.02, null, 'On track', '']);
  expect(line('key-accounts', 'csat')).toEqual([-0.01, null, 'On track', '']);
  // 12400 / 11000 − 1 = 0.1272727…
  expect(line('key-accounts', 'clv')).toEqual([null, 0.127273, 'On track', '']);
  expect(line('key-accounts', 'churn')).toEqual([0.005, null, 'On track', '']);
  expect(line('smb', 'renewal')).toEqual([-0.01, null, 'On track', '']);
  expect(line('smb', 'csat')).toEqual([-0.02, null, 'Off track', 'Increase follow-up visits; improve how service responds. (Customer service)']);
  expect(line('smb', 'churn')).toEqual([0.005, null, 'At risk', 'Build a customer health score; intervene early with high-risk customers. (CRM operations)']);
  expect(at(c, 'A2')).toBe('On track: 5 · At risk: 1 · Off track: 1');
  expect(at(c, 'A1')).toBe('CRM KPI targets and monitoring 2026: report for Nov');
});

test('the same report in Chinese uses the shared status words and full-width punctuation', () => {
  const c = byName('t5-nov-zh');
  const { rows } = buildTrackerReport(c.tracker, 11, 'zh-CN', 'Tracker');
  const smbChurn = rows.find((x) => x.teamId === 'smb' && x.kpiId === 'churn')!;
  expect([at(c, smbChurn.status), at(c, smbChurn.action)]).toEqual(['预警', '建立客户健康评分模型，主动干预高风险客户。（CRM运营）']);
  expect(at(c, 'A2')).toBe('达标：5；预警：1；未达标：1');
  expect(at(c, 'A1')).toBe('CRM关键绩效指标目标与监控（2026年）11月报告');
});

test('every recalculated status, change and growth agrees with the tracker engine, and no cell is an error', () => {
  for (const c of cases) {
    const { rows } = buildTrackerReport(c.tracker, c.endMonth, c.lang, 'Tracker');
    const report = periodReport(c.tracker, c.endMonth);
    const words =
      c.lang === 'zh-CN' ? { onTrack: '达标', atRisk: '预警', offTrack: '未达标' } : { onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track' };
    rows.forEach((r, i) => {
      const l = report.lines[i];
      expect([c.name, r.kpiId, at(c, r.status)]).toEqual([c.name, l.kpi.id, l.status ? words[l.status] : '']);
      expect([c.name, r.kpiId, at(c, r.change) === '']).toEqual([c.name, l.kpi.id, l.change === null]);
      expect([c.name, r.kpiId, at(c, r.yoy) === '']).toEqual([c.name, l.kpi.id, l.yoy === null]);
    });
    for (const row of csvOf(c)) for (const cell of row) expect([c.name, cell]).toEqual([c.name, expect.not.stringMatching(SPREADSHEET_ERROR)]);
  }
});

test('before a KPI’s first review the report says it is not due yet', () => {
  const c = byName('t5-feb-en');
  const { rows } = buildTrackerReport(c.tracker, 2, 'en-US', 'Tracker');
  const renewal = rows.find((x) => x.teamId === 'smb' && x.kpiId === 'renewal')!;
  const { row } = parseAddress(renewal.status);
  expect([csvCell(csvOf(c), row, 3), at(c, renewal.status)]).toEqual(['not due yet', '']);
});

test.each(cases.map((c) => [c.name, c] as const))('%s prints on exactly one A4 landscape page, in the named face', async (_n, c) => {
  const pdf = printed.pdfs.get(c.file)!;
  const { pages, width, height } = pdfPages(pdf);
  // A4 is 297 × 210 mm: 841.9 × 595.3 points.
  expect([pages, Math.round(width), Math.round(height)]).toEqual([1, 842, 595]);
  // The last column is on the page: nothing was cut off at the right.
  expect(pdfPageText(pdf, 1).replace(/\s+/g, '')).toContain(c.lang === 'zh-CN' ? '待办措施' : 'Actiondue');
  const zip = await JSZip.loadAsync(fs.readFileSync(c.file));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="1"/);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const fonts = [.../<fonts[^>]*>(.*?)<\/fonts>/.exec(styles)![1].matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
  expect(fonts.slice(1).every((f) => f.includes(c.lang === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri'))).toBe(true);
});
