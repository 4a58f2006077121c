import { valid } from '../helpers/cards';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { Scorecard, scoreScorecard, t1SupervisorAppraisal } from '../../src/core/scorecard';
import { parseAddress } from '../../src/core/sheet/a1';
import { addCharts } from '../../src/xlsx/add-charts';
import { scorecardWorkbook } from '../../src/xlsx/scorecard-workbook';
import { csvCell, recalculateToCsv } from '../helpers/libreoffice';

/*
 * Sheet names in references and level ids typed as numbers, checked by a real spreadsheet
 * engine. A sheet name that is not a plain word must be quoted in a reference ('2024'!$A$1):
 * LibreOffice cannot resolve 2024!$A$1 (Err:508), and an apostrophe inside the name is
 * doubled. Expected points come from the scorecard engine (src/core/scorecard/engine.ts).
 */

/** T1 titled `title`, its first criterion graded on the ids "2", "1e3", "50%", "TRUE". */
function card(title: string): Scorecard {
  const c = structuredClone(t1SupervisorAppraisal);
  c.title = { en: title, zh: title };
  const first = c.sections[0].criteria[0];
  if (first.scoring.type !== 'levels') throw new Error('T1 is graded');
  const ids = ['2', '1e3', '50%', 'TRUE'];
  first.scoring.levels.forEach((l, i) => (l.id = ids[i]));
  c.candidates.forEach((k, i) => (k.ratings[first.id] = ids[i]));
  return c;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-refs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Written {
  file: string;
  built: ReturnType<typeof scorecardWorkbook>;
  parts: Record<string, string>;
}

/**
 * The workbook of `c` with a sheet "Probe" whose formulas use the defined names, and the first
 * candidate's first rating typed as the number 2, as Excel stores the id "2" typed into a cell
 * that is not formatted as text.
 */
async function written(c: Scorecard, linkId: string): Promise<Written> {
  const built = scorecardWorkbook(valid(c), 'en-US', { linkId });
  const probe = built.workbook.addWorksheet('Probe');
  probe.getCell('A1').value = { formula: `COLUMNS(CRM_SC_${linkId}_TOTALS)` } as ExcelJS.CellFormulaValue;
  probe.getCell('A2').value = { formula: `SUM(CRM_SC_${linkId}_TOTALS)` } as ExcelJS.CellFormulaValue;
  probe.getCell('A3').value = { formula: `ROWS(CRM_SC_${linkId}_RATINGS)` } as ExcelJS.CellFormulaValue;
  const rating = built.layout.inputs.ratings[0];
  built.workbook.getWorksheet(built.sheetName)!.getCell(rating.cell).value = 2;
  const bytes = await addCharts(new Uint8Array(await built.workbook.xlsx.writeBuffer()), [
    { sheetIndex: 0, sheetName: built.sheetName, charts: built.layout.plan.charts },
  ]);
  const file = path.join(dir, `${linkId}.xlsx`);
  fs.writeFileSync(file, bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const p of ['xl/workbook.xml', 'xl/charts/chart1.xml']) parts[p] = await zip.file(p)!.async('string');
  return { file, built, parts };
}

let cases: Written[];
let csvs: ReturnType<typeof recalculateToCsv>;
beforeAll(async () => {
  cases = [await written(card('2024'), 'ref00001'), await written(card("Q1 'plan' x"), 'ref00002')];
  csvs = recalculateToCsv(cases.map((c) => c.file));
}, 180_000);

test('a sheet titled "2024" is quoted in defined names, print titles and chart references', () => {
  const { parts } = cases[0];
  expect(parts['xl/workbook.xml']).toContain('<definedName name="CRM_SC_ref00001">&apos;2024&apos;!$A$1</definedName>');
  expect(parts['xl/workbook.xml']).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;2024&apos;!$5:$6</definedName>');
  expect(parts['xl/workbook.xml']).not.toMatch(/>2024!/);
  // Chart text is element content, where an apostrophe needs no escaping.
  expect(parts['xl/charts/chart1.xml']).toMatch(/<c:f>'2024'!\$[A-Z]+\$6:\$[A-Z]+\$6<\/c:f>/);
});

test('an apostrophe inside a sheet name is doubled in every reference', () => {
  const xml = cases[1].parts['xl/workbook.xml'];
  expect(xml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Q1 &apos;&apos;plan&apos;&apos; x&apos;!$5:$6</definedName>');
  expect(xml).toContain('<definedName name="CRM_SC_ref00002_TOTALS">&apos;Q1 &apos;&apos;plan&apos;&apos; x&apos;!$');
});

test.each([0, 1])('LibreOffice resolves the defined names of the sheet (case %i)', (i) => {
  const { file } = cases[i];
  const probe = csvs.get(file)!.get('Probe')!;
  const engine = scoreScorecard(valid(cardOf(i)));
  // Three candidates; one section row and four criterion rows of ratings (T1).
  expect(csvCell(probe, 1, 1)).toBe('3');
  expect(Number(csvCell(probe, 2, 1))).toBeCloseTo(
    engine.candidates.reduce((s, k) => s + k.total, 0),
    9,
  );
  expect(csvCell(probe, 3, 1)).toBe('5');
});

test('a level id stored as the number 2 still earns the points of the level "2": ids are compared as text', () => {
  const { file, built } = cases[0];
  const sheet = csvs.get(file)!.get(built.sheetName)!;
  const rating = built.layout.inputs.ratings[0];
  const points = built.layout.outputs.points.find((p) => p.criterionId === rating.criterionId && p.candidateId === rating.candidateId)!;
  const expected = scoreScorecard(valid(cardOf(0)))
    .candidates.find((k) => k.candidateId === rating.candidateId)!
    .criteria.find((k) => k.criterionId === rating.criterionId)!.points;
  expect(expected).toBeGreaterThan(0);
  const { row, col } = parseAddress(points.cell);
  expect(Number(csvCell(sheet, row, col))).toBeCloseTo(expected, 9);
});

function cardOf(i: number): Scorecard {
  return card(i === 0 ? '2024' : "Q1 'plan' x");
}
