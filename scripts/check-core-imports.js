#!/usr/bin/env node
/*
 * src/core is pure: it may import itself and plain npm libraries (zod, @stdlib), never Office,
 * React, the DOM, ExcelJS or any other folder of src. Fails listing every offending import.
 */
const fs = require('fs');
const path = require('path');

const CORE = path.resolve(process.argv[2] || path.join(__dirname, '..', 'src', 'core'));
const FORBIDDEN_PACKAGES = [/^react/, /^@fluentui\//, /^office/, /^@microsoft\//, /^exceljs/, /^fs$/, /^path$/, /^child_process$/];
const problems = [];

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.tsx?$/.test(entry.name)) check(file);
  }
}

function check(file) {
  const src = fs.readFileSync(file, 'utf8');
  const re = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  let m;
  while ((m = re.exec(src))) {
    const spec = m[1] || m[2] || m[3];
    const rel = path.relative(CORE, file);
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(CORE)) problems.push(`${rel}: imports ${spec} from outside src/core`);
    } else if (FORBIDDEN_PACKAGES.some((p) => p.test(spec))) {
      problems.push(`${rel}: imports ${spec}, which core must not depend on`);
    }
  }
  if (/\b(Excel|Office|document|window)\./.test(src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
    problems.push(`${path.relative(CORE, file)}: refers to a host global (Excel, Office, document, window)`);
}

walk(CORE);
if (problems.length) {
  console.error(`src/core must stay pure:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('src/core imports nothing outside itself.');
