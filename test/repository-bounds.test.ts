import * as fs from 'fs';
import * as path from 'path';

/*
 * A fresh clone must pass with nothing beside it: no file of the suite, the benchmarks, the
 * scripts or the add-in may reach outside the repository. Paths built from __dirname with
 * literal segments are resolved and must stay inside; literal paths that climb out of the
 * repository or name a machine's folders are refused outright.
 */
const ROOT = path.resolve(__dirname, '..');
const SCANNED = ['src', 'test', 'bench', 'scripts', 'bin'];
const SOURCE = /\.(ts|tsx|js|cjs|mjs)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : filesUnder(full);
    return SOURCE.test(e.name) ? [full] : [];
  });
}

/** Every `path.join(__dirname, 'a', '..', …)` / `path.resolve(__dirname, …)` with literal parts. */
function dirnameJoins(text: string): string[][] {
  const calls = text.matchAll(/path\.(?:join|resolve)\(\s*__dirname\s*((?:,\s*(?:'[^']*'|"[^"]*")\s*)*)\)/g);
  return [...calls].map((m) => [...m[1].matchAll(/'([^']*)'|"([^"]*)"/g)].map((p) => p[1] ?? p[2]));
}

/** Relative literals ('../x', "../../y") and absolute ones that name a machine's folders. */
const relativeLiterals = (text: string): string[] => [...text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)].map((m) => m[1]);
const MACHINE_PATH = /['"`]\/(?:work|home|root)\//;

/** Literals of `file` that point outside the repository. */
const escapingLiterals = (file: string, text: string): string[] => [
  ...relativeLiterals(text).filter((lit) => path.relative(ROOT, path.resolve(path.dirname(file), lit)).startsWith('..')),
  ...(MACHINE_PATH.test(text) ? ['an absolute machine path'] : []),
];

// This file holds examples of escapes for its own self-check.
const files = SCANNED.filter((d) => fs.existsSync(path.join(ROOT, d)))
  .flatMap((d) => filesUnder(path.join(ROOT, d)))
  .filter((f) => f !== __filename);

test('the scan sees the suite, the benchmarks and the add-in', () => {
  const rel = files.map((f) => path.relative(ROOT, f));
  expect(rel).toContain(path.join('test', 'core', 'models', 'cdnow.ts'));
  expect(rel.some((f) => f.startsWith('bench'))).toBe(true);
  expect(rel.some((f) => f.startsWith('src'))).toBe(true);
});

test('paths built from __dirname stay inside the repository', () => {
  const escapes = files.flatMap((file) =>
    dirnameJoins(fs.readFileSync(file, 'utf8'))
      .map((parts) => path.resolve(path.dirname(file), ...parts))
      .filter((target) => path.relative(ROOT, target).startsWith('..'))
      .map((target) => `${path.relative(ROOT, file)} → ${target}`),
  );
  expect(escapes).toEqual([]);
});

test('no literal path climbs out of the repository or names a machine folder', () => {
  const hits = files.flatMap((file) => escapingLiterals(file, fs.readFileSync(file, 'utf8')).map((lit) => `${path.relative(ROOT, file)}: ${lit}`));
  expect(hits).toEqual([]);
});

test('the detector itself sees an escape (the old CDNOW path)', () => {
  // The examples are assembled so that this file itself names no folder outside the repository.
  const sibling = ['sha', 'red'].join('');
  const old = `const DIR = path.join(__dirname, ${"'..', ".repeat(4)}'${sibling}', 'cdnow');`;
  const target = path.resolve(path.join(ROOT, 'test', 'core', 'models'), ...dirnameJoins(old)[0]);
  expect(path.relative(ROOT, target).startsWith('..')).toBe(true);
  const inTest = path.join(ROOT, 'test', 'core', 'x.test.ts');
  const climbing = `${'../'.repeat(3)}${sibling}/x.csv`;
  expect(escapingLiterals(inTest, `readFileSync('${climbing}')`)).toEqual([climbing]);
  expect(escapingLiterals(inTest, "import { x } from '../../src/core/args';")).toEqual([]);
  expect(escapingLiterals(inTest, `readFileSync('/work/${sibling}/x.csv')`)).toEqual(['an absolute machine path']);
});

test('the CDNOW fixtures are in the repository', () => {
  for (const f of ['CDNOW_sample.txt', 'cdnow_customers_summary_with_transactions.csv', 'README.md']) {
    expect(fs.existsSync(path.join(ROOT, 'test', 'fixtures', 'cdnow', f))).toBe(true);
  }
});
