/*
 * Start-up of the crm-scorecards command as users call it (node bin/crm-scorecards.js), as a
 * ratio to starting Node itself (`node -e 0`) measured in the same run: what the command
 * adds on top of the runtime, whatever the machine. `--help` is the pure start; `templates`
 * also loads zod and the templates, `export` ExcelJS and a written workbook. The last line is
 * the way the command used to run, through ts-node, for comparison.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fmt, medianMs } from './timing';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'crm-scorecards.js');

function nodeRun(args: string[], cwd: string): () => void {
  return () => {
    const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  };
}

export async function run(log: (line: string) => void): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'crm-scorecards.js'))) throw new Error('The command is not built: run `npm run build` first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-bench-'));
  try {
    const base = medianMs(nodeRun(['-e', '0'], dir), 9);
    const cases: [string, string[], number][] = [
      ['--help', [BIN, '--help'], 9],
      ['templates', [BIN, 'templates'], 9],
      ['export t2 (writes .xlsx)', [BIN, 'export', 't2-crm-vendor-selection', '--out', 'b.xlsx'], 5],
      // The same source unbuilt, TypeScript compiled at every call as bin/ used to do.
      [
        '--help through ts-node, unbuilt',
        [
          '-r',
          'ts-node/register/transpile-only',
          '-e',
          `require(${JSON.stringify(path.join(ROOT, 'src', 'cli', 'crm-scorecards.ts'))}).main(['--help'], { out() {}, err() {}, cwd: '.' })`,
        ],
        3,
      ],
    ];
    log(`baseline: node -e 0                  ${fmt(base)}`);
    for (const [label, args, repeats] of cases) {
      const ms = medianMs(nodeRun(args, label.includes('ts-node') ? ROOT : dir), repeats);
      log(`  ${label.padEnd(34)} ${fmt(ms)}  (${(ms / base).toFixed(2)}× baseline)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
