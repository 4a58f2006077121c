/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import ExcelJS from 'exceljs';
import { Scorecard, t1SupervisorAppraisal, t2VendorSelection, t5KpiTargets } from '../../src/core/scorecard';
import { buildScorecardLayout, STORE_SHEET } from '../../src/core/sheet';
import { listStoredScorecards, readActiveScorecard, sheetOfReference, writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { cellInput, widthInPoints } from '../../src/excel/write-plan';
import { scorecardWorkbook } from '../../src/xlsx/scorecard-workbook';
import { metCard, valid } from '../helpers/cards';
import { FakeWorkbook } from '../helpers/fake-excel';

/*
 * The Office.js side of scorecard sheets against a recording stand-in of the Excel API:
 * how many syncs, what lands in which sheet, what is stored, and what is refused.
 */
const big = (criteria: number, candidates: number): Scorecard => metCard(criteria, candidates, undefined, 'big');

test('generation takes two syncs, whatever the size (200 criteria × 50 candidates)', async () => {
  for (const card of [t2VendorSelection, big(200, 50)]) {
    const wb = new FakeWorkbook();
    await writeScorecardSheet(valid(card), 'en-US', {}, wb.run);
    expect(wb.syncs).toBe(2);
  }
});

// Design: the writer batches. A regeneration reads, builds the new sheet in its own batch, then
// swaps it in, so that a failure can never leave the old sheet unlinked: three syncs.
test('regeneration takes three syncs, whatever the size (100 criteria × 30 candidates)', async () => {
  for (const card of [t2VendorSelection, big(100, 30)]) {
    const wb = new FakeWorkbook();
    const { sheetName } = await writeScorecardSheet(valid(card), 'en-US', {}, wb.run);
    wb.syncs = 0;
    await writeScorecardSheet(valid(card), 'en-US', { sheetName }, wb.run);
    expect(wb.syncs).toBe(3);
  }
});

test('every cell of the plan lands in the new sheet as planned; the sheet is activated', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1').cells.set('A1', { input: 'keep me' });
  const { sheetName } = await writeScorecardSheet(valid(t5KpiTargets), 'zh-CN', { linkId: 'cells001' }, wb.run);
  const sheet = wb.sheet(sheetName);
  const { plan } = buildScorecardLayout(valid(t5KpiTargets), 'zh-CN', 'cells001');
  for (const c of plan.cells) {
    const input = sheet.cells.get(`${String.fromCharCode(64 + c.col)}${c.row}`)?.input;
    if (c.formula !== undefined) expect(input).toBe(`=${c.formula}`);
    else expect(FakeWorkbook.valueOf(input)).toBe(c.value ?? '');
  }
  expect(wb.active).toBe(sheet);
  expect(sheet.frozen).toBe('A1:A6');
  expect(sheet.charts.map((c) => [c.type, c.valueAxis.minimum])).toEqual([['ColumnClustered', 0]]);
  expect(sheet.page).toEqual({
    orientation: 'Landscape',
    paperSize: 'A4',
    printArea: 'A1:Q35',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    titleRows: '$5:$6',
  });
  expect(wb.sheet('Sheet1').cells.get('A1')?.input).toBe('keep me');
});

test('every text is typed behind the text prefix, so Excel reads none as a formula, number or date', () => {
  expect(['=1+1', '+1', '-x', '@a', "'quoted", 'plain', '2024-05', 5, null].map((v) => cellInput(v))).toEqual([
    "'=1+1",
    "'+1",
    "'-x",
    "'@a",
    "''quoted",
    "'plain",
    "'2024-05",
    5,
    '',
  ]);
});

test('a column width of 30 characters is (30 × 7 + 5) × 0.75 = 161.25 points (Excel default font)', () => {
  expect(widthInPoints(30)).toBe(161.25);
});

test('names are unique and legal: a second copy gets " (2)"; forbidden characters go', async () => {
  const wb = new FakeWorkbook();
  const card = { ...structuredClone(t2VendorSelection), title: { en: 'Q1/Q2 [draft]: vendors?', zh: '选型' } };
  const a = await writeScorecardSheet(valid(card), 'en-US', {}, wb.run);
  const b = await writeScorecardSheet(valid(card), 'en-US', {}, wb.run);
  expect([a.sheetName, b.sheetName]).toEqual(['Q1 Q2 draft vendors', 'Q1 Q2 draft vendors (2)']);
});

test('the definition is stored in a very hidden sheet, one row per generated sheet, tied by a defined name', async () => {
  const wb = new FakeWorkbook();
  const a = await writeScorecardSheet(valid(t1SupervisorAppraisal), 'zh-CN', { linkId: 'store001' }, wb.run);
  await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { linkId: 'store002' }, wb.run);
  const store = wb.sheet(STORE_SHEET);
  expect(store.visibility).toBe('VeryHidden');
  expect(store.cells.get('A2')?.input).toBe('store001');
  expect(store.cells.get('A3')?.input).toBe('store002');
  expect(wb.names.get('CRM_SC_store001')).toEqual({ sheet: wb.sheet(a.sheetName), range: 'A1' });
  expect((await listStoredScorecards(wb.run)).map((c) => c.id)).toEqual([t1SupervisorAppraisal.id, t2VendorSelection.id]);
});

test('read-back returns what the user typed: ratings in the sheet language, weights, names', async () => {
  const wb = new FakeWorkbook();
  const { sheetName } = await writeScorecardSheet(valid(t2VendorSelection), 'zh-CN', { linkId: 'read0001' }, wb.run);
  const { inputs } = buildScorecardLayout(valid(t2VendorSelection), 'zh-CN', 'read0001');
  const sheet = wb.sheet(sheetName);
  const cellOf = (criterionId: string, candidateId: string) => inputs.ratings.find((r) => r.criterionId === criterionId && r.candidateId === candidateId)!.cell;
  sheet.cells.get(cellOf('p3', 'vendor-b'))!.input = '满足';
  sheet.cells.get(cellOf('c1', 'vendor-b'))!.input = 500000;
  sheet.cells.get(cellOf('p1', 'vendor-a'))!.input = '';
  sheet.cells.get(inputs.candidateNames[0].cell)!.input = '甲公司（复评）';
  sheet.cells.get(inputs.sectionWeights[0].cell)!.input = 0.3;
  sheet.cells.get(inputs.criterionWeights[0].cell)!.input = 0.25;
  wb.syncs = 0;
  const read = await readActiveScorecard(wb.run);
  expect(wb.syncs).toBe(2);
  expect(read?.sheetName).toBe(sheetName);
  const card = read!.card;
  expect(card.candidates[1].ratings.p3).toBe('met');
  expect(card.candidates[1].ratings.c1).toBe(500000);
  expect('p1' in card.candidates[0].ratings).toBe(false);
  expect(card.candidates[0].name).toEqual({ en: 'Vendor A', zh: '甲公司（复评）' });
  expect(card.sections[0].weight).toBe(0.3);
  expect(card.sections[0].criteria[0].weight).toBe(0.25);
});

test('a sheet that is not a scorecard reads back as null', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Budget');
  expect(await readActiveScorecard(wb.run)).toBeNull();
});

test('regeneration replaces only the sheet it owns, in place, and keeps other sheets', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Before').cells.set('B2', { input: 1 });
  const { sheetName } = await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { linkId: 'regen001' }, wb.run);
  wb.addSheet('After').cells.set('C3', { input: 'x' });
  const edited = structuredClone(t2VendorSelection);
  edited.candidates = edited.candidates.slice(0, 2);
  await writeScorecardSheet(valid(edited), 'en-US', { sheetName }, wb.run);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Before', sheetName, STORE_SHEET, 'After']);
  expect(wb.sheet('Before').cells.get('B2')?.input).toBe(1);
  expect(wb.sheet('After').cells.get('C3')?.input).toBe('x');
  const stored = await listStoredScorecards(wb.run);
  expect(stored).toHaveLength(1);
  expect(stored[0].candidates).toHaveLength(2);
  expect(wb.names.get('CRM_SC_regen001')?.sheet).toBe(wb.sheet(sheetName));
});

test('regenerating a sheet that is not ours is refused and nothing changes', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Budget').cells.set('A1', { input: 42 });
  await expect(writeScorecardSheet(valid(t2VendorSelection), 'en-US', { sheetName: 'Budget' }, wb.run)).rejects.toThrow(/Budget.*not generated as a scorecard/);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Budget']);
  expect(wb.sheet('Budget').cells.get('A1')?.input).toBe(42);
});

test('a damaged or newer stored definition gives a clear message and leaves the sheet as it is', async () => {
  for (const [mutate, message] of [
    [(row: Map<string, any>) => row.set('E2', { input: '{"format":1,' }), /damaged \(JSON\)/],
    [(row: Map<string, any>) => row.set('B2', { input: 2 }), /newer version \(format 2, this one reads 1\)/],
  ] as const) {
    const wb = new FakeWorkbook();
    const { sheetName } = await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { linkId: 'damage01' }, wb.run);
    mutate(wb.sheet(STORE_SHEET).cells);
    const before = new Map(wb.sheet(sheetName).cells);
    await expect(readActiveScorecard(wb.run)).rejects.toThrow(message);
    await expect(writeScorecardSheet(valid(t2VendorSelection), 'en-US', { sheetName }, wb.run)).rejects.toThrow(message);
    expect(wb.sheet(sheetName).cells).toEqual(before);
  }
});

test('a workbook downloaded from the browser carries its scorecard: Excel reads it back', async () => {
  const built = scorecardWorkbook(valid(t5KpiTargets), 'en-US', { linkId: 'travel01' });
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await built.workbook.xlsx.writeBuffer()) as any);
  // Open the file in the stand-in: cell contents as Excel would hold them, and the defined names.
  const wb = new FakeWorkbook();
  for (const ws of file.worksheets) {
    const sheet = wb.addSheet(ws.name);
    sheet.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v: any = cell.value;
        sheet.cells.set(cell.address, { input: typeof v === 'object' && v && 'formula' in v ? `=${v.formula}` : v });
      }),
    );
  }
  for (const n of (file.definedNames as any).model as { name: string; ranges: string[] }[]) {
    const [ref] = n.ranges;
    wb.names.set(n.name, { sheet: wb.sheet(sheetOfReference(ref)!), range: ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '') });
  }
  wb.active = wb.sheet(built.sheetName);
  wb.syncs = 0;
  const read = await readActiveScorecard(wb.run);
  expect(read?.card).toEqual(t5KpiTargets);
});

test('sheet names in references: quoted, with doubled apostrophes', () => {
  expect(sheetOfReference("='Q1 ''plan'''!$A$1")).toBe("Q1 'plan'");
  expect(sheetOfReference('=Sheet1!$A$1')).toBe('Sheet1');
  expect(sheetOfReference('=#REF!')).toBe('#REF');
});

test('regenerating the only visible sheet works: the new sheet is built before the old one goes', async () => {
  const wb = new FakeWorkbook();
  const { sheetName } = await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { linkId: 'alone001' }, wb.run);
  expect(wb.sheets.filter((s) => s.visibility === 'Visible')).toHaveLength(1);
  await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { sheetName }, wb.run);
  expect(wb.sheets.map((s) => s.name)).toEqual([sheetName, STORE_SHEET]);
  expect(wb.names.get('CRM_SC_alone001')?.sheet).toBe(wb.sheet(sheetName));
  expect(wb.active).toBe(wb.sheet(sheetName));
});

test('in Excel, text pasted over a rating reaches the pane as a skipped cell, not as unrated', async () => {
  const wb = new FakeWorkbook();
  const { sheetName } = await writeScorecardSheet(valid(t2VendorSelection), 'en-US', {}, wb.run);
  const { inputs } = buildScorecardLayout(valid(t2VendorSelection), 'en-US', 'cells001');
  const metRating = inputs.ratings.find((r) => r.scoring.type === 'met')!;
  wb.sheet(sheetName).cells.set(metRating.cell, { input: 'Met (confirmed)' });
  const read = await readActiveScorecard(wb.run);
  expect(read!.skipped.map((s) => [s.cell, s.value, s.reason])).toEqual([[metRating.cell, 'Met (confirmed)', 'not-accepted']]);
  expect(read!.skipped[0].text.zh).toMatch(/[\u4e00-\u9fff]/);
});
