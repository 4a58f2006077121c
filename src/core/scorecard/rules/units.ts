import type { Text } from '../../errors';
import { RATING_HINTS } from '../../vocabulary';
import type { Unit } from '../model';

/** A number as a rule text shows it: at most six decimals, no float noise. */
export const shortNumber = (x: number): string => String(Math.round(x * 1e6) / 1e6);

/**
 * What `raw` points on a criterion's own scale of `full` earn on a sheet where the criterion is
 * worth `points`, as the points cells show them (one decimal); the raw number when no sheet
 * worth is given.
 */
export function awardedText(raw: number, full: number, points: number | undefined): string {
  if (points === undefined) return shortNumber(raw);
  return shortNumber(Math.round((full === 0 ? 0 : (raw / full) * points) * 10) / 10);
}

/** A value in its unit as a rule text shows it: 0.85 in percent reads 85%. */
export function showValue(x: number, unit: Unit | undefined): string {
  return unit === 'percent' ? `${shortNumber(x * 100)}%` : shortNumber(x);
}

/** Cell number format of a rating in this unit. */
export function unitFormat(unit: Unit | undefined): string {
  switch (unit) {
    case 'percent':
      return '0.0%';
    case 'count':
      return '#,##0';
    case 'currency':
      return '#,##0.00';
    default:
      return 'General';
  }
}

/** A rating hint, followed where the unit is a percentage by how to type one (0.85 for 85 %). */
export function percentHint(hint: Text, unit: Unit | undefined): Text {
  if (unit !== 'percent') return hint;
  return { en: `${hint.en} ${RATING_HINTS.percent.en}`, zh: `${hint.zh} ${RATING_HINTS.percent.zh}` };
}
