#!/usr/bin/env node
'use strict';
// Runs the TypeScript entry directly: the command ships with the sources and needs no build step.
const path = require('path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
const { main } = require('../src/cli/crm-scorecards.ts');
main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), cwd: process.cwd() }).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
