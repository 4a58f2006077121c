#!/usr/bin/env node
'use strict';
/*
 * Runs the bundle `npm run build` makes of src/cli/crm-customers.ts (webpack.config.js,
 * cliConfig): plain JavaScript with its dependencies inside but DuckDB, whose native module
 * @duckdb/node-api loads from node_modules; nothing from devDependencies is needed.
 */
const fs = require('fs');
const path = require('path');

const BUILT = path.join(__dirname, '..', 'dist', 'cli', 'crm-customers.js');
const argv = process.argv.slice(2);

if (!fs.existsSync(BUILT)) {
  // The message catalogue is inside the bundle that is missing, so this one sentence lives here.
  const zh = argv.some((a, i) => a === '--lang=zh-CN' || a === '--lang=zh' || (a === '--lang' && /^zh(-CN)?$/.test(argv[i + 1] || '')));
  console.error(
    zh
      ? `crm-customers 尚未构建(缺少 ${path.relative(process.cwd(), BUILT)});请在 ${path.join(__dirname, '..')} 中运行 \`npm run build\`。`
      : `crm-customers is not built (${path.relative(process.cwd(), BUILT)} is missing); run \`npm run build\` in ${path.join(__dirname, '..')}.`,
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
