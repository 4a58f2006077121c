import * as fs from 'fs';
import * as path from 'path';
import * as bgbbHoldout from '../../src/functions/families/bgbb-holdout';
import * as kpi from '../../src/functions/families/kpi';
import * as metrics from '../../src/functions/families/metrics';
import * as models from '../../src/functions/families/models';
import * as pnbdMbgnbd from '../../src/functions/families/pnbd-mbgnbd';
import * as scorecard from '../../src/functions/families/scorecard';

/** Every custom function of every family, by its exported name, for catalogue-wide tests. */
export type CatalogueFn = (...args: unknown[]) => unknown[][];

export const FAMILIES: Record<string, Record<string, unknown>> = { 'bgbb-holdout': bgbbHoldout, kpi, metrics, models, 'pnbd-mbgnbd': pnbdMbgnbd, scorecard };

export const everyFunction: [string, CatalogueFn][] = Object.values(FAMILIES)
  .flatMap((family) => Object.entries(family))
  .filter((e): e is [string, CatalogueFn] => typeof e[1] === 'function');

export const FAMILY_DIR = path.join(__dirname, '..', '..', 'src', 'functions', 'families');
const source = Object.keys(FAMILIES)
  .map((f) => fs.readFileSync(path.join(FAMILY_DIR, `${f}.ts`), 'utf8'))
  .join('\n');

/** The @customfunction id whose JSDoc sits right above `export function name(`. */
export const customFunctionId = (name: string): string =>
  source
    .split('@customfunction ')
    .slice(1)
    .find((chunk) => chunk.split('/**')[0].includes(`export function ${name}(`))!
    .split(/\s/)[0];
