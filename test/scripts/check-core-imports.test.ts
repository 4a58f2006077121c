import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/dist';

const SCRIPT = path.join(ROOT, 'scripts', 'check-core-imports.js');
const check = (dir: string) => spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function fakeCore(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'core-'));
  made.push(dir);
  const core = path.join(dir, 'core');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(core, name)), { recursive: true });
    fs.writeFileSync(path.join(core, name), text);
  }
  return core;
}

describe('core purity check', () => {
  test('the real src/core passes', () => expect(check(path.join(ROOT, 'src', 'core')).status).toBe(0));

  test('imports within core and of plain libraries pass', () => {
    const core = fakeCore({ 'a.ts': "import { z } from 'zod';\nimport { b } from './sub/b';\n", 'sub/b.ts': 'export const b = 1;\n' });
    expect(check(core).status).toBe(0);
  });

  test('imports from outside core, of React, Office or ExcelJS, and host globals fail, each listed', () => {
    const core = fakeCore({
      'a.ts': "import { x } from '../functions/x';\nimport * as React from 'react';\n",
      'b.ts': "import ExcelJS from 'exceljs';\nexport const f = () => Excel.run(async () => 1);\n",
    });
    const res = check(core);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('a.ts: imports ../functions/x from outside src/core');
    expect(res.stderr).toContain('a.ts: imports react');
    expect(res.stderr).toContain('b.ts: imports exceljs');
    expect(res.stderr).toContain('b.ts: refers to a host global');
  });
});
