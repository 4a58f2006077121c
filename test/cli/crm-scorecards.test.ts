import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILT_IN_TEMPLATES, exportScorecard, t3SoftwareEvaluation } from '../../src/core/scorecard';
import { STORE_SHEET } from '../../src/core/sheet';
import { main } from '../../src/cli/crm-scorecards';

/* The command as users run it, through the package's bin (npx crm-scorecards …). */
const ROOT = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out, err };
}

test('package.json declares the command and npx runs it', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.bin).toEqual({ 'crm-scorecards': 'bin/crm-scorecards.js' });
  const listed = execFileSync('npx', ['--no-install', 'crm-scorecards', 'templates', '--lang', 'zh-CN'], { cwd: ROOT, encoding: 'utf8' });
  expect(listed.trim().split('\n')).toEqual(BUILT_IN_TEMPLATES.map((t) => `${t.id}\t${t.title.zh}`));
}, 60_000);

test('export <id> writes a workbook with the scorecard sheet and its stored definition', async () => {
  const r = await run('export', 't2-crm-vendor-selection', '--lang', 'zh-CN', '--out', 'vendors.xlsx');
  expect(r).toEqual({ code: 0, out: ['Wrote vendors.xlsx'], err: [] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'vendors.xlsx'));
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['CRM系统选型评分标准', 'visible'],
    [STORE_SHEET, 'veryHidden'],
  ]);
});

test('export without --out names the file after the template and language', async () => {
  expect((await run('export', 't5-crm-kpi-targets')).out).toEqual(['Wrote t5-crm-kpi-targets.xlsx']);
  expect(fs.existsSync(path.join(dir, 't5-crm-kpi-targets.xlsx'))).toBe(true);
});

test('export --from a scorecard file validates it first', async () => {
  fs.writeFileSync(path.join(dir, 'mine.json'), exportScorecard({ ...t3SoftwareEvaluation, id: 'mine' }));
  expect((await run('export', '--from', 'mine.json', '--out', 'mine.xlsx')).code).toBe(0);
  fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...t3SoftwareEvaluation, totalPoints: -5, kind: 'other' }));
  const bad = await run('export', '--from', 'bad.json');
  expect(bad.code).toBe(1);
  expect(bad.err[0]).toMatch(/^bad\.json is not a valid scorecard \(2 problems\):$/);
  expect(bad.err).toHaveLength(3);
  expect(fs.existsSync(path.join(dir, `${t3SoftwareEvaluation.id}.xlsx`))).toBe(false);
});

test('errors exit non-zero with a message: unknown template, unknown option, bad language, missing file, no command', async () => {
  expect(await run('export', 'nope')).toMatchObject({ code: 1, err: [expect.stringMatching(/^Unknown template "nope". Built-in templates: t1-/)] });
  expect(await run('export', 't1-crm-supervisor-appraisal', '--format', 'csv')).toMatchObject({ code: 2, err: [expect.stringMatching(/^Unknown option --format\.\nUsage:/)] });
  expect(await run('templates', '--lang', 'fr')).toMatchObject({ code: 2, err: [expect.stringMatching(/--lang must be zh-CN or en-US/)] });
  expect(await run('export', '--from', 'absent.json')).toMatchObject({ code: 1, err: [expect.stringMatching(/^Cannot read absent\.json/)] });
  expect(await run()).toMatchObject({ code: 2, err: [expect.stringMatching(/^No command given\./)] });
  const status = spawnSync('node', [path.join(ROOT, 'bin', 'crm-scorecards.js'), 'export', 'nope'], { cwd: dir }).status;
  expect(status).toBe(1);
}, 60_000);
