import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/crm-scorecards';
import { t2VendorSelection } from '../../src/core/scorecard';
import { parseStoredRow, STORE_SHEET } from '../../src/core/sheet';
import { buildScorecardLayout } from '../../src/core/sheet/scorecard-plan';

/*
 * `merge` as a team uses it: the T2 tender exported once and sent to three appraisers, each
 * typing ratings into their copy; the returned files merged into one workbook.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-merge-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The stored rows of a workbook, parsed. */
async function stored(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const store = wb.getWorksheet(STORE_SHEET)!;
  const rows = [];
  for (let r = 2; r <= store.rowCount; r++) rows.push(parseStoredRow((store.getRow(r).values as ExcelJS.CellValue[]).slice(1) as never, ''));
  return { wb, rows };
}

/** Types `ratings` (candidate id → criterion id → what is typed) into a copy, as an appraiser would. */
async function fillIn(file: string, ratings: Record<string, Record<string, string | number>>) {
  const { wb, rows } = await stored(file);
  const layout = buildScorecardLayout(rows[0].card, rows[0].lang, rows[0].linkId);
  const ws = wb.getWorksheet(rows[0].sheetName)!;
  for (const [cand, byCriterion] of Object.entries(ratings))
    for (const [crit, v] of Object.entries(byCriterion))
      ws.getCell(layout.inputs.ratings.find((x) => x.candidateId === cand && x.criterionId === crit)!.cell).value = v;
  await wb.xlsx.writeFile(path.join(dir, file));
}

const [v1, v2] = t2VendorSelection.candidates.map((c) => c.id);
const metCriterion = t2VendorSelection.sections.flatMap((s) => s.criteria).find((c) => c.scoring.type === 'met')!.id;

beforeAll(async () => {
  for (const who of ['ann', 'bo', 'cy']) expect((await run('export', t2VendorSelection.id, '--out', `${who}.xlsx`)).code).toBe(0);
  await fillIn('bo.xlsx', { [v1]: { [metCriterion]: 'Partly met' } });
  // Cy types something the criterion does not accept: read as unrated, and reported.
  await fillIn('cy.xlsx', { [v2]: { [metCriterion]: 'sort of' } });
  expect((await run('export', 't3-crm-software-evaluation', '--out', 'other.xlsx')).code).toBe(0);
}, 60_000);

test('three copies merge into a consolidated workbook, with what was not taken reported', async () => {
  const r = await run('merge', 'ann.xlsx', 'bo.xlsx', 'cy.xlsx', '--out', 'all.xlsx');
  expect([r.code, r.err]).toEqual([0, '']);
  expect(r.out).toMatch(
    /^Merged 3 appraisers into all\.xlsx:\n {2}- ann\.xlsx: ann, \d+ ratings\n {2}- bo\.xlsx: bo, \d+ ratings\n {2}- cy\.xlsx: cy, \d+ ratings\nCells not taken \(read as unrated\), 1:\n {2}- cy\.xlsx: [A-Z]+\d+ \(.*“sort of”.*read as unrated\.$/,
  );
  const { wb, rows } = await stored('all.xlsx');
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Consolidated', 'ann', 'bo', 'cy', STORE_SHEET]);
  // Each appraiser's sheet stores their copy, named, with what they typed.
  expect(rows.map((x) => x.card.appraiser?.name.en)).toEqual(['ann', 'bo', 'cy']);
  const rating = (i: number, cand: string) => rows[i].card.candidates.find((c) => c.id === cand)!.ratings[metCriterion];
  expect([rating(0, v1), rating(1, v1), rating(2, v2)]).toEqual([t2VendorSelection.candidates[0].ratings[metCriterion], 'partial', undefined]);
});

test('the merged workbook merges again with another copy', async () => {
  expect((await run('export', t2VendorSelection.id, '--out', 'dee.xlsx')).code).toBe(0);
  const r = await run('merge', 'all.xlsx', 'dee.xlsx', '--out', 'all2.xlsx');
  expect([r.code, r.err]).toEqual([0, '']);
  const { rows } = await stored('all2.xlsx');
  expect(rows.map((x) => x.card.appraiser?.name.en)).toEqual(['ann', 'bo', 'cy', 'dee']);
});

test('a copy of another scorecard stops the merge; nothing is written, in the chosen language', async () => {
  const r = await run('merge', 'ann.xlsx', 'other.xlsx', 'nowhere.xlsx', '--out', 'mixed.xlsx', '--lang', 'zh-CN');
  expect(r.code).toBe(1);
  expect(r.err.split('\n')).toEqual([
    '未合并，也未写入任何内容：共 2 处问题：',
    expect.stringMatching(/^ {2}- 无法读取 nowhere\.xlsx/),
    `  - other.xlsx 属于另一份评分表（“t3-crm-software-evaluation”，而 ann.xlsx 为 “${t2VendorSelection.id}”）。`,
  ]);
  expect(fs.existsSync(path.join(dir, 'mixed.xlsx'))).toBe(false);
});

test('the same copy twice, a file that is no workbook, and too few files', async () => {
  const twice = await run('merge', 'ann.xlsx', 'ann.xlsx');
  expect(twice.code).toBe(1);
  expect(twice.err).toContain('ann.xlsx is by “ann”, as ann.xlsx is; give each appraiser one copy.');
  fs.writeFileSync(path.join(dir, 'text.xlsx'), 'not a zip');
  const junk = await run('merge', 'ann.xlsx', 'text.xlsx');
  expect([junk.code, junk.err]).toEqual([1, expect.stringMatching(/text\.xlsx could not be opened as an \.xlsx workbook/)]);
  const one = await run('merge', 'ann.xlsx');
  expect(one.code).toBe(2);
  expect(one.err).toMatch(/^merge needs two or more workbooks, one per appraiser\.\nUsage:/);
});
