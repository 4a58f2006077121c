import { valid } from '../helpers/cards';
import { LANGS } from '../../src/core/errors';
import { Scorecard, t1SupervisorAppraisal } from '../../src/core/scorecard';
import { buildScorecardLayout, STORE_SHEET } from '../../src/core/sheet';
import { listStoredScorecards, readActiveScorecard, writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { FakeWorkbook, typedEntry } from '../helpers/fake-excel';

/*
 * Excel reads strings written through Range.values or Range.formulas as if they were typed
 * (Range.values remarks, @types/office-js; excel-add-ins-ranges-set-get-values.md): "2" becomes
 * a number, "2024-05" a date, "50%" 0.5, "1e3" 1000, "TRUE" a boolean. The stand-in does the
 * same, so a text the Office.js writer forgets to protect comes back changed and fails here.
 */

test('the stand-in reads written strings the way Excel reads typed ones', () => {
  // Serials count days from 1899-12-30: 2024-01-01 is 45292 (Excel's own serial for it), and
  // 1 May 2024 is 31 + 29 + 31 + 30 = 121 days later, 45413.
  const read = (v: string, numberFormat?: string) => typedEntry(v, numberFormat).input;
  expect(['2', '-2', '1,000', '2.5', '1e3', '50%', 'TRUE', 'false', '2024-01-01', '2024-05', '2024/05/01'].map((v) => read(v))).toEqual([
    2,
    -2,
    1000,
    2.5,
    1000,
    0.5,
    true,
    false,
    45292,
    45413,
    45413,
  ]);
  // Left as text: words, impossible dates, and anything behind "'" or in a "@" cell.
  expect(['plain', '2024-13', 'e3', "'2", "'=1+1"].map((v) => read(v))).toEqual(['plain', '2024-13', 'e3', '2', '=1+1']);
  expect(typedEntry("'2", undefined)).toEqual({ input: '2', text: true, quotePrefix: true });
  expect(typedEntry('2', '@')).toEqual({ input: '2', text: true });
  expect(typedEntry('=1+1', '@')).toEqual({ input: '=1+1', text: true });
  // A formula, and text starting with "-" or "+" that is not a number, which Excel takes as one.
  expect(['=SUM(A1)', '-x'].map((v) => read(v))).toEqual(['=SUM(A1)', '=-x']);
});

/** T1 with names, level ids and labels Excel would read as numbers, dates or booleans. */
function lookalikes(): Scorecard {
  const card = structuredClone(t1SupervisorAppraisal);
  card.title = { en: '2024', zh: '2024' };
  card.department = { en: '1e3', zh: '1e3' };
  card.sections[0].name = { en: '1', zh: '1' };
  const names = ['50%', '1e3', 'TRUE', '2024-05'];
  card.sections[0].criteria.forEach((c, i) => (c.name = { en: names[i], zh: names[i] }));
  const first = card.sections[0].criteria[0];
  if (first.scoring.type !== 'levels') throw new Error('T1 is graded');
  const ids = ['2', '1e3', '50%', 'TRUE'];
  first.scoring.levels.forEach((l, i) => {
    l.id = ids[i];
    l.label = { en: ['2024-05', '1', 'FALSE', '0.5'][i], zh: ['2024-05', '1', 'FALSE', '0.5'][i] };
  });
  const candidates = ['2', '2024-05', '50%'];
  card.candidates.forEach((c, i) => {
    c.name = { en: candidates[i], zh: candidates[i] };
    c.ratings[first.id] = ids[i];
  });
  return card;
}

test.each(LANGS)('every text the Office.js writer puts in a cell stays that text in Excel (%s)', async (lang) => {
  const card = lookalikes();
  const wb = new FakeWorkbook();
  // A link id of digits only would be a number in the store, were it not written as text.
  const { sheetName } = await writeScorecardSheet(valid(card), lang, { linkId: '20240501' }, wb.run);
  expect(sheetName).toBe('2024');
  const sheet = wb.sheet(sheetName);
  const { plan } = buildScorecardLayout(valid(card), lang, '20240501');
  const texts = plan.cells.filter((c) => typeof c.value === 'string' && c.value !== '');
  expect(texts.length).toBeGreaterThan(20);
  for (const c of texts) {
    const at = `${String.fromCharCode(64 + c.col)}${c.row}`;
    expect([at, sheet.cells.get(at)?.input]).toEqual([at, c.value]);
  }
  const store = wb.sheet(STORE_SHEET);
  expect([store.cells.get('A2')?.input, store.cells.get('D2')?.input]).toEqual(['20240501', '2024']);
});

test('read back through Office.js, the card is the one written: names, level ids and ratings unchanged', async () => {
  const card = lookalikes();
  const wb = new FakeWorkbook();
  await writeScorecardSheet(valid(card), 'en-US', { linkId: '20240501' }, wb.run);
  expect((await readActiveScorecard(wb.run))?.card).toEqual(card);
  expect(await listStoredScorecards(wb.run)).toEqual([card]);
});

test('cells a user types names and level ids into are formatted as text, so what is typed later stays text too', async () => {
  const card = lookalikes();
  const wb = new FakeWorkbook();
  const { sheetName } = await writeScorecardSheet(valid(card), 'en-US', { linkId: '20240501' }, wb.run);
  const { inputs } = buildScorecardLayout(valid(card), 'en-US', '20240501');
  const sheet = wb.sheet(sheetName);
  const graded = inputs.ratings.filter((r) => r.scoring.type === 'levels').map((r) => r.cell);
  for (const a of [...inputs.candidateNames.map((n) => n.cell), ...graded]) expect([a, sheet.cells.get(a)?.numberFormat]).toEqual([a, '@']);
  // What Excel then does with an entry typed over a candidate name: it stays "2024-05".
  expect(typedEntry('2024-05', sheet.cells.get(inputs.candidateNames[0].cell)?.numberFormat).input).toBe('2024-05');
});
