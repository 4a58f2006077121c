'use strict';
/*
 * Runs a command's bundle, as `npm run build` makes it (webpack.config.js, cliConfig): plain
 * JavaScript with its dependencies inside (DuckDB's native module excepted, loaded from
 * node_modules), so a call starts in a fraction of a second and needs nothing from
 * devDependencies.
 */
const fs = require('fs');
const path = require('path');

module.exports = function runBuilt(command) {
  const built = path.join(__dirname, '..', 'dist', 'cli', `${command}.js`);
  const argv = process.argv.slice(2);
  if (!fs.existsSync(built)) {
    // The message catalogue is inside the bundle that is missing, so this one sentence lives here.
    const zh = argv.some((a, i) => a === '--lang=zh-CN' || a === '--lang=zh' || (a === '--lang' && /^zh(-CN)?$/.test(argv[i + 1] || '')));
    console.error(
      zh
        ? `${command} 尚未构建（缺少 ${path.relative(process.cwd(), built)}）；请在 ${path.join(__dirname, '..')} 中运行 \`npm run build\`。`
        : `${command} is not built (${path.relative(process.cwd(), built)} is missing); run \`npm run build\` in ${path.join(__dirname, '..')}.`,
    );
    process.exitCode = 1;
    return;
  }
  const { main } = require(built);
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
};
