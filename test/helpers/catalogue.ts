import * as metrics from '../../src/functions/families/metrics';
import * as models from '../../src/functions/families/models';
import * as scorecard from '../../src/functions/families/scorecard';

/** Every custom function of every family, by its exported name, for catalogue-wide tests. */
export type CatalogueFn = (...args: unknown[]) => unknown[][];

export const FAMILIES: Record<string, Record<string, unknown>> = { metrics, models, scorecard };

export const everyFunction: [string, CatalogueFn][] = Object.values(FAMILIES)
  .flatMap((family) => Object.entries(family))
  .filter((e): e is [string, CatalogueFn] => typeof e[1] === 'function');
