import * as fs from 'fs';
import * as path from 'path';

/*
 * No module of the add-in reaches itself through its imports, type-only imports included: a
 * cycle makes load order decide what a module sees at start-up, and a type cycle is where a
 * value cycle grows later. Dynamic import() is left out: a lazily loaded chunk may import
 * back the module that loads it.
 */
const SRC = path.resolve(__dirname, '..', 'src');
const SOURCE = /\.tsx?$/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : SOURCE.test(e.name) ? [full] : [];
  });
}

/** The files of src that `file` imports or re-exports statically. */
function staticImports(file: string, text: string): string[] {
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.flatMap((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [base, ...EXTENSIONS.map((x) => base + x)].find((f) => SOURCE.test(f) && fs.existsSync(f));
    return found ? [found] : [];
  });
}

/** Every cycle, each as the files along it, found by depth-first search. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    trail.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...trail.slice(trail.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    trail.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

test('the search finds a cycle of three and none in a chain', () => {
  expect(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
      ]),
    ),
  ).toEqual([['a', 'b', 'c', 'a']]);
  expect(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', []],
      ]),
    ),
  ).toEqual([]);
});

test('type-only imports count; dynamic import() does not', () => {
  const here = path.join(SRC, 'excel', 'x.ts');
  const text = "import type { PaneHost } from '../taskpane/host/pane-host';\nconst later = () => import('./host-excel');\n";
  expect(staticImports(here, text)).toEqual([path.join(SRC, 'taskpane', 'host', 'pane-host.ts')]);
});

test('no module of src imports itself through others', () => {
  const files = filesUnder(SRC);
  const graph = new Map(files.map((f) => [f, staticImports(f, fs.readFileSync(f, 'utf8'))]));
  expect(cycles(graph).map((c) => c.map((f) => path.relative(SRC, f)).join(' → '))).toEqual([]);
});
