import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Recalculates workbooks in LibreOffice headless and reads every sheet back as CSV. The
 * profile sets OOXMLRecalcMode to 0 (always recalculate), so no cached value is trusted;
 * the files are written without cached results anyway. One soffice process converts all
 * files, which keeps the suite fast.
 */
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
// Comma-separated, double quotes, UTF-8 (76), from line 1, raw values (not as shown), every sheet (-1).
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export type Csv = string[][];

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): Csv {
  const rows: Csv = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * @returns for each input file, its sheets' CSV keyed by sheet name (LibreOffice names the
 * outputs "<file>-<sheet>.csv", cutting long sheet names, so sheets are matched by prefix).
 */
export function recalculateToCsv(files: string[]): Map<string, Map<string, Csv>> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-lo-'));
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
  const out = path.join(work, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', out, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  const produced = fs.readdirSync(out);
  const result = new Map<string, Map<string, Csv>>();
  for (const f of files) {
    const base = path.basename(f, path.extname(f));
    const sheets = new Map<string, Csv>();
    for (const p of produced.filter((x) => x.startsWith(`${base}-`)))
      sheets.set(p.slice(base.length + 1, -'.csv'.length), parseCsv(fs.readFileSync(path.join(out, p), 'utf8')));
    if (sheets.size === 0) throw new Error(`LibreOffice produced nothing for ${f}; files: ${produced.join(', ')}`);
    result.set(f, sheets);
  }
  fs.rmSync(work, { recursive: true, force: true });
  return result;
}

/** A cell of a CSV by A1 position ("" beyond its edges). */
export function csvCell(csv: Csv, row: number, col: number): string {
  return csv[row - 1]?.[col - 1] ?? '';
}

export const SPREADSHEET_ERROR = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)/;

/**
 * Prints workbooks to PDF in one soffice call, as a reader of the sheet would, and hands back
 * each PDF's path (in a folder the caller removes with `done`).
 */
export function printToPdf(files: string[]): { pdfs: Map<string, string>; done: () => void } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-lo-pdf-'));
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
  const out = path.join(work, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  const pdfs = new Map<string, string>();
  for (const f of files) {
    const pdf = path.join(out, `${path.basename(f, path.extname(f))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice printed nothing for ${f}`);
    pdfs.set(f, pdf);
  }
  return { pdfs, done: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/** Page count and page size in points, from poppler's pdfinfo. */
export function pdfPages(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** The text of one page, from poppler's pdftotext. */
export function pdfPageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}
