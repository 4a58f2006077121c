import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Lang } from '../../src/core/errors';
import { BUILT_IN_TEMPLATES, exportScorecard, t2VendorSelection, t3SoftwareEvaluation, type Scorecard } from '../../src/core/scorecard';
import { sheetLabel as label, STORE_SHEET } from '../../src/core/sheet';
import { main } from '../../src/cli/crm-scorecards';
import { BUILT_IN_TRACKERS, t5KpiTracker } from '../../src/core/kpi';
import { TRACKER_STORE_SHEET } from '../../src/core/sheet/tracker-stored';
import { distFile, ROOT } from '../helpers/dist';

/*
 * Most cases call main() in process; the ones about the command as installed run
 * bin/crm-scorecards.js, which needs the bundle `npm run build` makes (npm test builds first).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out, err };
}

const BIN = path.join(ROOT, 'bin', 'crm-scorecards.js');
// NODE_PATH emptied so that a copied command cannot find a dependency by that route either.
const node = (script: string, args: string[], cwd = dir) =>
  spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
const clone = (c: Scorecard): Scorecard => JSON.parse(JSON.stringify(c));
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const criterionName = (card: Scorecard, id: string) => card.sections.flatMap((s) => s.criteria).find((c) => c.id === id)!.name;

/** What `templates` lists: the scorecards, then the trackers marked as such. */
const listedIn = (l: 'en' | 'zh') => [
  ...BUILT_IN_TEMPLATES.map((t) => `${t.id}\t${t.title[l]}`),
  ...BUILT_IN_TRACKERS.map((t) => `${t.id}\t${t.title[l]} ${l === 'zh' ? '（KPI跟踪表）' : '(KPI tracker)'}`),
];

async function readBook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb;
}

describe('the command as installed', () => {
  test('package.json declares the command and npx runs it', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'crm-customers': 'bin/crm-customers.js', 'crm-scorecards': 'bin/crm-scorecards.js' });
    const listed = execFileSync('npx', ['--no-install', 'crm-scorecards', 'templates', '--lang', 'zh-CN'], { cwd: ROOT, encoding: 'utf8' });
    // The ids and Chinese titles of src/core/scorecard/templates, in their order, then the trackers.
    expect(listed.trim().split('\n')).toEqual(listedIn('zh'));
  }, 60_000);

  test('the built command runs with no node_modules anywhere near it, so it needs no dev dependency', async () => {
    distFile(path.join('cli', 'crm-scorecards.js'));
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-alone-'));
    try {
      fs.mkdirSync(path.join(copy, 'bin'));
      for (const f of ['crm-scorecards.js', 'run-built.js']) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(copy, 'bin', f));
      fs.cpSync(path.join(ROOT, 'dist', 'cli'), path.join(copy, 'dist', 'cli'), { recursive: true });
      const r = node(path.join(copy, 'bin', 'crm-scorecards.js'), ['export', 't2-crm-vendor-selection', '--out', 'alone.xlsx']);
      expect([r.status, r.stderr]).toEqual([0, '']);
      const wb = await readBook('alone.xlsx');
      // The title is 37 characters: the tab name ends at the last whole word within 31.
      expect(wb.worksheets.map((w) => w.name)).toEqual(['CRM system selection (tender)', STORE_SHEET]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  test('--help needs only the entry file: ExcelJS, zod and the templates are chunks it never loads', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-entry-'));
    try {
      fs.mkdirSync(path.join(copy, 'bin'));
      fs.mkdirSync(path.join(copy, 'dist', 'cli'), { recursive: true });
      for (const f of ['crm-scorecards.js', 'run-built.js']) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(copy, 'bin', f));
      fs.copyFileSync(distFile(path.join('cli', 'crm-scorecards.js')), path.join(copy, 'dist', 'cli', 'crm-scorecards.js'));
      const r = node(path.join(copy, 'bin', 'crm-scorecards.js'), ['--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage:\n/);
      // The same copy cannot list templates: proof that the chunks really were left out.
      expect(node(path.join(copy, 'bin', 'crm-scorecards.js'), ['templates']).status).toBe(1);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  test('without a build, the command says to run `npm run build`, in the chosen language', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-unbuilt-'));
    try {
      fs.mkdirSync(path.join(copy, 'bin'));
      for (const f of ['crm-scorecards.js', 'run-built.js']) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(copy, 'bin', f));
      const en = node(path.join(copy, 'bin', 'crm-scorecards.js'), ['templates']);
      expect(en.status).toBe(1);
      expect(en.stderr).toMatch(/^crm-scorecards is not built \(.*dist\/cli\/crm-scorecards\.js is missing\); run `npm run build` in /);
      const zh = node(path.join(copy, 'bin', 'crm-scorecards.js'), ['templates', '--lang', 'zh-CN']);
      expect(zh.status).toBe(1);
      expect(zh.stderr).toMatch(/^crm-scorecards 尚未构建.*请在 .* 中运行 `npm run build`。/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  test('a CrmError while building the workbook is one line in the user language, exit 1, no stack trace', () => {
    // A scorecard without candidates is a valid file, but the sheet builder refuses it
    // (src/core/sheet/scorecard-plan.ts) with a #VALUE! CrmError.
    write('empty.json', exportScorecard({ ...clone(t3SoftwareEvaluation), candidates: [] }));
    const en = node(BIN, ['export', '--from', 'empty.json', '--out', 'empty.xlsx']);
    expect([en.status, en.stdout, en.stderr]).toEqual([1, '', 'The workbook could not be built: Add at least one candidate before generating the sheet.\n']);
    const zh = node(BIN, ['export', '--from', 'empty.json', '--out', 'empty.xlsx', '--lang', 'zh-CN']);
    expect([zh.status, zh.stdout, zh.stderr]).toEqual([1, '', '无法生成工作簿：生成工作表前请至少添加一个考评对象。\n']);
    expect(fs.existsSync(path.join(dir, 'empty.xlsx'))).toBe(false);
  }, 60_000);
});

describe('help', () => {
  const asks = [['--help'], ['-h'], ['help'], ['export', '--help'], ['export', 'nope', '--format', 'csv', '-h']];
  test.each(asks.map((argv) => [argv.join(' '), argv]))('"%s" prints the usage to stdout and exits 0', async (_, argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/^Usage:\n {2}crm-scorecards templates/);
    for (const word of ['templates', 'export', '--lang', '--out', '--from', '-h, --help']) expect(r.out[0]).toContain(word);
  });

  test('in Chinese with --lang zh-CN, before or after the flag', async () => {
    for (const argv of [
      ['--help', '--lang', 'zh-CN'],
      ['--lang=zh-CN', '-h'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out[0]).toMatch(/^用法：\n/);
      expect(r.out[0]).toContain('退出状态');
    }
  });
});

describe('export', () => {
  test('export <id> writes a workbook with the scorecard sheet and its stored definition', async () => {
    const r = await run('export', 't2-crm-vendor-selection', '--lang', 'zh-CN', '--out', 'vendors.xlsx');
    expect(r).toEqual({ code: 0, out: ['已写入 vendors.xlsx'], err: [] });
    const wb = await readBook('vendors.xlsx');
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [t2VendorSelection.title.zh, 'visible'],
      [STORE_SHEET, 'veryHidden'],
    ]);
  });

  test('the sheet headers follow --lang (the words of src/core/sheet/sheet-labels.ts, the candidates of the template)', async () => {
    for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
      const file = `headers-${lang}.xlsx`;
      expect((await run('export', 't2-crm-vendor-selection', '--lang', lang, '--out', file)).code).toBe(0);
      const ws = (await readBook(file)).worksheets[0];
      let header: unknown[] = [];
      ws.eachRow((row) => {
        if (row.getCell(1).value === label('criterion', lang)) header = (row.values as unknown[]).slice(1);
      });
      const names = t2VendorSelection.candidates.map((c) => (lang === 'zh-CN' ? c.name.zh : c.name.en));
      expect(header.slice(0, 5 + names.length)).toEqual([
        label('criterion', lang),
        label('rule', lang),
        label('weight', lang),
        label('effectiveWeight', lang),
        label('maxPoints', lang),
        ...names,
      ]);
    }
  });

  test('without --out the file is named after the template and language', async () => {
    expect((await run('export', 't5-crm-kpi-targets')).out).toEqual(['Wrote t5-crm-kpi-targets.xlsx']);
    expect(fs.existsSync(path.join(dir, 't5-crm-kpi-targets.xlsx'))).toBe(true);
    expect((await run('export', 't5-crm-kpi-targets', '--lang', 'zh-CN')).out).toEqual(['已写入 t5-crm-kpi-targets.zh-CN.xlsx']);
    expect(fs.existsSync(path.join(dir, 't5-crm-kpi-targets.zh-CN.xlsx'))).toBe(true);
  });

  test('--from a scorecard file exported by the pane writes it', async () => {
    const card = { ...clone(t3SoftwareEvaluation), id: 'mine' };
    write('mine.json', exportScorecard(card));
    expect(await run('export', '--from', 'mine.json', '--out', 'mine.xlsx')).toEqual({ code: 0, out: ['Wrote mine.xlsx'], err: [] });
  });

  test('a UTF-8 byte order mark at the start of the file is accepted and the card stored unchanged', async () => {
    const card = { ...clone(t3SoftwareEvaluation), id: 'bom' };
    write('bom.json', `\uFEFF${exportScorecard(card)}`);
    expect(await run('export', '--from', 'bom.json', '--out', 'bom.xlsx')).toEqual({ code: 0, out: ['Wrote bom.xlsx'], err: [] });
    // The stored row: link, version, language, sheet name, then the definition JSON in pieces (src/core/sheet/stored.ts).
    const stored = (await readBook('bom.xlsx')).getWorksheet(STORE_SHEET)!.getRow(2).values as unknown[];
    expect(JSON.parse(stored.slice(5).join(''))).toEqual(card);
  });
});

describe('refused input: a message, a non-zero status and no workbook', () => {
  test('a file that is not JSON names the line and column', async () => {
    // Line 3 is `  oops`: the stray word starts at its third character.
    write('broken.json', '{\n  "format": 1,\n  oops\n}\n');
    const en = await run('export', '--from', 'broken.json', '--out', 'broken.xlsx');
    expect(en.code).toBe(1);
    expect(en.err).toEqual([expect.stringMatching(/^broken\.json is not valid JSON \(line 3, column 3\): /)]);
    const zh = await run('export', '--from', 'broken.json', '--lang', 'zh-CN');
    expect(zh.err).toEqual([expect.stringMatching(/^broken\.json 不是有效的 JSON\(第 3 行第 3 列\):/)]);
    // A file cut short: the error is at its end, just past the 13 characters of line 1.
    write('cut.json', '{"format": 1,');
    expect((await run('export', '--from', 'cut.json')).err).toEqual([expect.stringMatching(/^cut\.json is not valid JSON \(line 1, column 14\): /)]);
    // Cut inside a value, where V8 gives no offset: the end of the text is where it broke.
    write('cut2.json', '{\n  "format":');
    expect((await run('export', '--from', 'cut2.json')).err).toEqual(['cut2.json is not valid JSON (line 2, column 12): Unexpected end of JSON input']);
    expect(fs.existsSync(path.join(dir, 'broken.xlsx'))).toBe(false);
  });

  test('an empty file, a file that is not UTF-8 and a missing file', async () => {
    write('empty-file.json', '\n');
    expect(await run('export', '--from', 'empty-file.json')).toEqual({ code: 1, out: [], err: ['empty-file.json is empty.'] });
    // UTF-16 LE with its byte order mark, as Windows Notepad saves "Unicode".
    fs.writeFileSync(path.join(dir, 'utf16.json'), Buffer.from(`\uFEFF${exportScorecard(t3SoftwareEvaluation)}`, 'utf16le'));
    expect(await run('export', '--from', 'utf16.json')).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/^utf16\.json is not UTF-8 text; save it as UTF-8/)],
    });
    expect(await run('export', '--from', 'absent.json')).toEqual({ code: 1, out: [], err: ['Cannot read absent.json: no such file or folder.'] });
    expect(await run('export', '--from', 'absent.json', '--lang', 'zh-CN')).toEqual({ code: 1, out: [], err: ['无法读取 absent.json：文件或文件夹不存在。'] });
  });

  test('a file breaking the scorecard rules lists every problem', async () => {
    write('bad.json', JSON.stringify({ ...clone(t3SoftwareEvaluation), totalPoints: -5, kind: 'other' }));
    const bad = await run('export', '--from', 'bad.json');
    expect(bad.code).toBe(1);
    expect(bad.err).toHaveLength(1);
    const lines = bad.err[0].split('\n');
    expect(lines[0]).toBe('bad.json is not a valid scorecard (2 problems):');
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}- kind /), expect.stringMatching(/^ {2}- totalPoints /)]);
    expect(fs.existsSync(path.join(dir, `${t3SoftwareEvaluation.id}.xlsx`))).toBe(false);
  });

  test('a rating its rule does not accept ("Z" under rule R1) is refused naming the candidate and the criterion', async () => {
    const card = clone(t2VendorSelection);
    card.candidates[1].ratings.p1 = 'Z';
    write('z.json', JSON.stringify(card));
    const p1 = criterionName(t2VendorSelection, 'p1');
    // R1 (docs/seeds.md) knows met, partly met and not met, stored as these three ids.
    const ids = ['met', 'partial', 'not-met'];
    const accepted = { en: ids.map((r) => `"${r}"`).join(', '), zh: ids.map((r) => `"${r}"`).join('、') };
    expect(await run('export', '--from', 'z.json', '--out', 'z.xlsx')).toEqual({
      code: 1,
      out: [],
      err: [
        `z.json is not a valid scorecard (1 problem):\n  - candidates[1].ratings.p1 (Vendor B on "${p1.en}") is "Z"; this criterion accepts ${accepted.en}.`,
      ],
    });
    expect((await run('export', '--from', 'z.json', '--lang', 'zh-CN')).err).toEqual([
      `z.json 不是有效的评分表（1 处问题）：\n  - candidates[1].ratings.p1（乙公司在“${p1.zh}”上的评分）为 "Z"；该指标只接受 ${accepted.zh}。`,
    ]);
    expect(fs.existsSync(path.join(dir, 'z.xlsx'))).toBe(false);
  });

  test('an --out that cannot be written: a missing folder, a folder in the way; no half file is left', async () => {
    expect(await run('export', 't1-crm-supervisor-appraisal', '--out', 'no-such-folder/x.xlsx')).toEqual({
      code: 1,
      out: [],
      err: ['Cannot write no-such-folder/x.xlsx: no such file or folder. Nothing was written.'],
    });
    expect((await run('export', 't1-crm-supervisor-appraisal', '--out', 'no-such-folder/x.xlsx', '--lang', 'zh-CN')).err).toEqual([
      '无法写入 no-such-folder/x.xlsx：文件或文件夹不存在。未写入任何内容。',
    ]);
    fs.mkdirSync(path.join(dir, 'taken.xlsx'));
    const before = fs.readdirSync(dir).sort();
    expect(await run('export', 't1-crm-supervisor-appraisal', '--out', 'taken.xlsx')).toEqual({
      code: 1,
      out: [],
      err: ['Cannot write taken.xlsx: it is a folder. Nothing was written.'],
    });
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  test('command-line mistakes exit 2 with the message and the usage, in the chosen language', async () => {
    expect(await run('export', 't1-crm-supervisor-appraisal', '--format', 'csv')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^Unknown option --format\.\nUsage:\n/)],
    });
    expect(await run('export', 't1-crm-supervisor-appraisal', '--format', 'csv', '--lang', 'zh-CN')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^未知选项 --format。\n用法：\n/)],
    });
    expect(await run()).toMatchObject({ code: 2, err: [expect.stringMatching(/^No command given\.\nUsage:/)] });
    expect(await run('--lang', 'zh-CN')).toMatchObject({ code: 2, err: [expect.stringMatching(/^未给出命令。\n用法：/)] });
    expect(await run('frobnicate')).toMatchObject({ code: 2, err: [expect.stringMatching(/^Unknown command "frobnicate"\./)] });
    expect(await run('export', '--out')).toMatchObject({ code: 2, err: [expect.stringMatching(/^--out needs a value\./)] });
    expect(await run('export', 'a', '--out', 'x.xlsx', '--out', 'y.xlsx')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^--out is given more than once\./)],
    });
    expect(await run('export', 't1-crm-supervisor-appraisal', '--from', 'mine.json')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^Give either a template id or --from, not both\./)],
    });
    expect(await run('templates', 'extra')).toMatchObject({ code: 2, err: [expect.stringMatching(/^templates takes no arguments; got extra\./)] });
    expect(await run('templates', '--out', 'x.xlsx')).toMatchObject({ code: 2, err: [expect.stringMatching(/^--out does not apply to templates\./)] });
  });

  test('an unknown --lang is reported in both languages, since neither was chosen', async () => {
    const r = await run('templates', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^--lang must be zh-CN or en-US, not "fr"\.\n--lang 必须是 zh-CN 或 en-US，而不是 "fr"。\nUsage:/);
  });

  test('an unknown template names the built-in ones', async () => {
    expect(await run('export', 'nope')).toEqual({
      code: 1,
      out: [],
      err: [`Unknown template "nope". Built-in templates: ${[...BUILT_IN_TEMPLATES, ...BUILT_IN_TRACKERS].map((t) => t.id).join(', ')}.`],
    });
  });

  test('options may come before the command', async () => {
    expect(await run('--lang', 'zh-CN', 'templates')).toEqual({ code: 0, out: listedIn('zh'), err: [] });
  });
});

describe('export of KPI trackers', () => {
  test('a tracker by quarters: its sheet, its stored definition very hidden, quarters as columns', async () => {
    const r = await run('export', 't5-kpi-tracker', '--periods', 'quarter', '--out', 'kpis.xlsx');
    expect(r).toEqual({ code: 0, out: ['Wrote kpis.xlsx'], err: [] });
    const wb = await readBook('kpis.xlsx');
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['2026 CRM KPI targets and', 'visible'],
      [TRACKER_STORE_SHEET, 'veryHidden'],
    ]);
    const headers = wb.worksheets[0].getRow(wb.worksheets[0].getColumn(7).values.findIndex((v) => v === 'Q1')).values as unknown[];
    expect(headers.slice(7, 11)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    const stored = JSON.parse(String(wb.getWorksheet(TRACKER_STORE_SHEET)!.getRow(2).getCell(5).value));
    expect([stored.periods, stored.year, stored.teams[1].actuals.csat[10]]).toEqual(['quarter', 2026, t5KpiTracker.teams[1].actuals.csat[10]]);
  });

  test('another year starts empty and says so, in Chinese too', async () => {
    const r = await run('export', 't5-kpi-tracker', '--year', '2027', '--lang', 'zh-CN', '--out', 'kpis-2027.xlsx');
    expect(r).toEqual({ code: 0, out: ['示例数据属于 2026 年；2027 年的跟踪表不含实际值。', '已写入 kpis-2027.xlsx'], err: [] });
    const stored = JSON.parse(String((await readBook('kpis-2027.xlsx')).getWorksheet(TRACKER_STORE_SHEET)!.getRow(2).getCell(5).value));
    expect([stored.year, stored.teams.map((t: { actuals: object }) => Object.keys(t.actuals).length)]).toEqual([2027, [0, 0]]);
  });

  test('tracker options are refused where they do not apply, and bad values are named', async () => {
    expect(await run('export', 't2-crm-vendor-selection', '--year', '2026')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^--year applies only to KPI trackers\./)],
    });
    expect(await run('export', 't5-kpi-tracker', '--periods', 'week')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^--periods must be month, quarter or half, not "week"\./)],
    });
    expect(await run('export', 't5-kpi-tracker', '--year', '26')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^--year must be a year such as 2026/)],
    });
    expect(await run('templates', '--periods', 'month')).toMatchObject({ code: 2, err: [expect.stringMatching(/^--periods does not apply to templates\./)] });
  });

  test('a tracker file is checked as a tracker, every problem listed', async () => {
    const bad = structuredClone(t5KpiTracker);
    bad.kpis[0].warning = 0.9;
    fs.writeFileSync(path.join(dir, 'bad-tracker.json'), JSON.stringify(bad));
    const r = await run('export', '--from', 'bad-tracker.json');
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(
      'bad-tracker.json is not a valid KPI tracker (1 problem):\n  - kpis[0].warning: with direction "at-least" the warning edge must be at or below the target 0.85; got 0.9.',
    );
  });
});
