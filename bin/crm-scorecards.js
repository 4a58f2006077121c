#!/usr/bin/env node
'use strict';
/*
 * Runs the bundle `npm run build` makes of src/cli/crm-scorecards.ts (webpack.config.js,
 * cliConfig): plain JavaScript with its dependencies inside, so a call starts in a fraction of
 * a second and needs nothing from devDependencies.
 */
const fs = require('fs');
const path = require('path');

const BUILT = path.join(__dirname, '..', 'dist', 'cli', 'crm-scorecards.js');
const argv = process.argv.slice(2);

if (!fs.existsSync(BUILT)) {
  // The message catalogue is inside the bundle that is missing, so this one sentence lives here.
  const zh = argv.some((a, i) => a === '--lang=zh-CN' || a === '--lang=zh' || (a === '--lang' && /^zh(-CN)?$/.test(argv[i + 1] || '')));
  console.error(
    zh
      ? `crm-scorecards 尚未构建(缺少 ${path.relative(process.cwd(), BUILT)});请在 ${path.join(__dirname, '..')} 中运行 \`npm run build\`。`
      : `crm-scorecards is not built (${path.relative(process.cwd(), BUILT)} is missing); run \`npm run build\` in ${path.join(__dirname, '..')}.`,
  );
  process.exitCode = 1;
} else {
  const { main } = require(BUILT);
  main(argv, { out: (l) => console.log(l), err: (l) => console.error(l), cwd: process.cwd() }).then(
    (code) => {
      // exitCode, not exit(): a pipe still holding output gets it all.
      process.exitCode = code;
    },
    (e) => {
      // main answers every failure itself; reaching here is a bug, still reported without a trace.
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
