import { scorecardMessages as m } from '../messages';
import type { Report } from './rule';

/** Reports every id used a second time, pointing back at the first. */
export function uniqueIds(ids: readonly { id: string; path: string }[], report: Report): void {
  const seen = new Map<string, string>();
  for (const { id, path } of ids) {
    const first = seen.get(id);
    if (first !== undefined) report(path, m.duplicateId(path, id, first));
    else seen.set(id, path);
  }
}

/** Reports points above the criterion's full points: a share above 100 %. */
export function notAbove(full: number, report: Report) {
  return (points: number, path: string): void => {
    if (points > full) report(path, m.aboveMax(path, points, full));
  };
}

/** Reports a list that should fall (each not above the one before) but rises somewhere. */
export function falling(points: readonly number[], path: string, report: Report, strictly = false): void {
  if (points.some((p, i) => i > 0 && (strictly ? p >= points[i - 1] : p > points[i - 1]))) report(path, strictly ? m.levelsOrder(path) : m.pointsOrder(path));
}

/** Reports a range whose bottom is not below its top. */
export function ordered(min: number, max: number, path: string, report: Report): void {
  if (min >= max) report(path, m.rangeOrder(path, min, max));
}
