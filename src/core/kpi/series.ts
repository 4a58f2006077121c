import { finite, plainArg, toNumber } from '../args';
import { CrmError, div0Error, naError, numError, valueError } from '../errors';
import { Grid, isBlank, isRectangular, shapeText } from '../grid';
import { messages } from '../messages';
import { kpiFunctionMessages as m } from './messages';

/**
 * A KPI over its periods, as the CRM.KPI.* functions read it: one row or one column, a blank
 * being a period without a value (a quarterly KPI on monthly columns). Positions are kept, so
 * that a slope is per period and a year is a fixed number of periods.
 */
export type Series = (number | null)[];

export function seriesOf(arg: string, g: Grid | null | undefined): Series {
  if (g === null || g === undefined || !isRectangular(g)) throw valueError(messages.noData(arg));
  if (g.length !== 1 && g[0].length !== 1) throw valueError(m.notLine(arg, shapeText(g)));
  const cells = g.length === 1 ? g[0] : g.map((r) => r[0]);
  return cells.map((c, i) => {
    const p = plainArg(arg, c, i + 1);
    return isBlank(p) ? null : toNumber(arg, p, i + 1);
  });
}

/** Each period's growth on the same period a year (`perYear` periods) before; an error where there is none. */
export function yearOnYear(values: Series, perYear: number): (number | CrmError)[] {
  return values.map((v, i) => {
    if (i < perYear) return naError(m.noSamePeriod(perYear));
    const base = values[i - perYear];
    if (v === null || base === null) return naError(m.blankPeriod());
    if (base === 0) return div0Error(m.zeroBase());
    // Growth on a negative base has no meaning: −10 to −5 is not −50 %.
    if (base < 0) return numError(m.negativeBase(base));
    return finite(v / base - 1);
  });
}

export type TrendWord = 'towards' | 'away' | 'holding' | 'flat';

/**
 * Least-squares slope per period over the periods that have a value (Excel's SLOPE with the
 * period numbers as x), and where it is heading. A KPI that misses its target moves towards it
 * when the slope points to the side that meets it (up for "higher", down for "lower") and away
 * when it does not; one that meets it is holding when the slope keeps it there or is flat, and
 * moving away otherwise. A slope of exactly 0 on a missed target is flat.
 */
export function trend(values: Series, target: number, direction: 'higher' | 'lower', arg = 'values'): { slope: number; word: TrendWord } {
  const points = values.flatMap((y, i) => (y === null ? [] : [[i + 1, y] as const]));
  if (points.length < 2) throw naError(m.tooFewReadings(arg, points.length));
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  const slope = finite(sxy / sxx);
  const latest = points[points.length - 1][1];
  const up = direction === 'higher' ? 1 : -1;
  const meets = up * (latest - target) >= 0;
  const good = up * slope;
  if (meets) return { slope, word: good >= 0 ? 'holding' : 'away' };
  return { slope, word: good > 0 ? 'towards' : good < 0 ? 'away' : 'flat' };
}

/** Values read (blanks not counted) since the last one on target: 0 when the latest is on target. */
export function periodsSince(values: Series, target: number, direction: 'higher' | 'lower', arg = 'values'): number {
  const read = values.filter((v): v is number => v !== null);
  if (read.length === 0) throw naError(m.noReadings(arg));
  const meets = (v: number) => (direction === 'higher' ? v >= target : v <= target);
  for (let i = read.length - 1; i >= 0; i--) if (meets(read[i])) return read.length - 1 - i;
  throw naError(m.neverOnTrack(read.length));
}
