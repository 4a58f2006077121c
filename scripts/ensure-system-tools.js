#!/usr/bin/env node
/*
 * Some tests drive real programs: LibreOffice recalculates generated workbooks, Chromium runs
 * the pane. They never skip silently: this installs them when it can (root with apt-get) and
 * otherwise fails naming the one command that does.
 */
const { execSync, spawnSync } = require('child_process');

const TOOLS = [
  { command: 'soffice', packages: ['libreoffice-calc'] },
  { command: 'chromium', packages: ['chromium'] },
  // The print test reads PDFs with pdfinfo and pdftotext.
  { command: 'pdfinfo', packages: ['poppler-utils'] },
];
// Chinese labels in screenshots need a CJK font, and printed sheets Carlito, which lays out
// Calibri (the sheets' Latin face) with its widths; not commands, checked through fc-list.
const FONTS = [
  { check: () => /WenQuanYi|Noto Sans CJK/i.test(run('fc-list')), packages: ['fonts-wqy-microhei'] },
  { check: () => /Carlito/i.test(run('fc-list')), packages: ['fonts-crosextra-carlito'] },
];

function run(cmd) {
  try {
    return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  } catch {
    return '';
  }
}
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

const missing = TOOLS.filter((t) => !has(t.command)).flatMap((t) => t.packages);
for (const font of FONTS) if (!font.check()) missing.push(...font.packages);
if (missing.length === 0) {
  console.log('System tools present: LibreOffice, Chromium, poppler, CJK font, Carlito.');
  process.exit(0);
}

const install = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(`The tests need ${missing.join(', ')}. Install with:\n  sudo ${install}`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} (needed by the LibreOffice and browser tests)…`);
const res = spawnSync('sh', ['-c', install], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (res.status !== 0) {
  console.error(`Installing failed. Run by hand:\n  ${install}`);
  process.exit(1);
}
