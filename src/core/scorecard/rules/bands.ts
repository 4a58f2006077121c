import type { Band } from '../model';
import { scorecardMessages as m } from '../messages';
import { notAbove, uniqueIds } from './checks';
import type { Report } from './rule';

/** The first band (best first) a value reaches; none when it reaches no band. */
export function bandOf(bands: readonly Band[], v: number, atLeast: boolean): Band | undefined {
  return bands.find((b) => (atLeast ? v >= b.threshold : v <= b.threshold));
}

/**
 * Bands are listed best first: with `at-least` thresholds fall, with `at-most` they rise, and
 * their ids are unique. `pointsFall` also asks the points not to rise down the list.
 */
export function checkBands(bands: readonly Band[], full: number, atLeast: boolean, pointsFall: boolean, path: string, report: Report): void {
  const over = notAbove(full, report);
  bands.forEach((b, i) => over(b.points, `${path}.bands[${i}].points`));
  const wrongWay = (b: Band, before: Band) => (atLeast ? b.threshold >= before.threshold : b.threshold <= before.threshold);
  if (bands.some((b, i) => i > 0 && wrongWay(b, bands[i - 1]))) report(`${path}.bands`, m.thresholdsOrder(`${path}.bands`, atLeast ? 'at-least' : 'at-most'));
  if (pointsFall && bands.some((b, i) => i > 0 && b.points > bands[i - 1].points)) report(`${path}.bands`, m.pointsOrder(`${path}.bands`));
  uniqueIds(
    bands.map((b, i) => ({ id: b.id, path: `${path}.bands[${i}].id` })),
    report,
  );
}
