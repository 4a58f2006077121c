import { valid } from '../helpers/cards';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { LANGS } from '../../src/core/errors';
import { BUILT_IN_TEMPLATES } from '../../src/core/scorecard';
import { buildScorecardLayout, sheetLabel } from '../../src/core/sheet';
import { scorecardXlsxBytes } from '../../src/xlsx/scorecard-workbook';
import { pdfPages, pdfPageText, printToPdf } from '../helpers/libreoffice';

/*
 * Every template in both languages printed the way a colleague prints or sends it: the .xlsx
 * file the CLI and the browser download write, opened and printed to PDF by LibreOffice. The
 * pages must be A4 landscape, one page wide (every page shows the first and the last column
 * of the repeated header), and no page may hold the repeated header alone; the file itself
 * must name a face in every font, give paper and print area, fit the width, and give rows of
 * wrapped text a height of their own.
 */
const cases = BUILT_IN_TEMPLATES.flatMap((t) => LANGS.map((lang) => ({ t, lang })));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-print-'));
const files = new Map<string, string>();
let printed: ReturnType<typeof printToPdf>;

beforeAll(async () => {
  for (const { t, lang } of cases) {
    const file = path.join(work, `${t.id}-${lang}.xlsx`);
    fs.writeFileSync(file, await scorecardXlsxBytes(valid(t), lang, { linkId: 'print001' }));
    files.set(`${t.id} ${lang}`, file);
  }
  printed = printToPdf([...files.values()]);
}, 240_000);

afterAll(() => {
  printed?.done();
  fs.rmSync(work, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, '');

test.each(cases.map((c) => [c.t.id, c.lang, c] as const))('%s (%s) prints on A4 landscape, one page wide, with no stray page', (_id, lang, { t }) => {
  const pdf = printed.pdfs.get(files.get(`${t.id} ${lang}`)!)!;
  const { pages, width, height } = pdfPages(pdf);
  // A4 is 297 × 210 mm: 841.9 × 595.3 points.
  expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  const firstHeader = sheetLabel(t.kind === 'kpi' && t.sections.some((s) => s.criteria.some((c) => c.scoring.type === 'target')) ? 'kpi' : 'criterion', lang);
  const lastCandidate = t.candidates[t.candidates.length - 1].name[lang === 'zh-CN' ? 'zh' : 'en'];
  const header = new Set([firstHeader, ...lastCandidate.split(/\s+/)].map(squash));
  for (let p = 1; p <= pages; p++) {
    const text = squash(pdfPageText(pdf, p));
    // The header rows repeat on every page: the first and the last column are on each.
    // A wrapped header comes out of the PDF line by line, so the name is looked for word by word.
    const words = lastCandidate.split(/\s+/).map(squash);
    expect([p, text.includes(squash(firstHeader)), words.every((w) => text.includes(w))]).toEqual([p, true, true]);
    // Beyond the header, every page has something of its own: criteria, notes or the chart.
    const { plan } = buildScorecardLayout(valid(t), lang, 'print001');
    const headerText = plan.cells
      .filter((c) => c.row <= 6 && typeof c.value === 'string')
      .map((c) => squash(String(c.value)))
      .concat([...header]);
    let rest = text;
    for (const h of headerText.sort((a, b) => b.length - a.length)) rest = rest.split(h).join('');
    expect([p, rest.length > 20]).toEqual([p, true]);
  }
});

test.each(cases.map((c) => [c.t.id, c.lang, c] as const))(
  '%s (%s): the file names its face, its paper and print area, and heights for wrapped rows',
  async (_id, lang, { t }) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(files.get(`${t.id} ${lang}`)!));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    // The cell fonts (not the conditional formats' differential ones, which only colour).
    const cellFonts = /<fonts[^>]*>(.*?)<\/fonts>/.exec(styles)![1];
    const fonts = [...cellFonts.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(1);
    // ExcelJS's default font (the Normal style) is Calibri; every other font is the sheet's face.
    for (const f of fonts) expect(f).toMatch(/<name val="(Calibri|Microsoft YaHei)"\/>/);
    expect(fonts.slice(1).every((f) => f.includes(lang === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri'))).toBe(true);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">[^<]+!\$A\$1:\$[A-Z]+\$\d+<\/definedName>/);
    // Each row of criteria (wrapped text) has a height of its own, at least one line of the face.
    const { plan, inputs } = buildScorecardLayout(valid(t), lang, 'print001');
    const criterionRows = [...new Set(inputs.ratings.map((r) => Number(/\d+$/.exec(r.cell)![0])))];
    for (const r of criterionRows) {
      const row = new RegExp(`<row r="${r}"[^>]*ht="([\\d.]+)"[^>]*customHeight="1"`).exec(sheet);
      expect([r, row !== null && Number(row[1]) === plan.rowHeights[r] && Number(row[1]) >= 15]).toEqual([r, true]);
    }
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    if (plan.charts[0].type === 'bar') expect(chart).toContain('<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>');
  },
);
