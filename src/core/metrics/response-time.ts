import { toNumber } from '../args';
import { div0Error, numError, valueError } from '../errors';
import { Grid, isBlank, shapeText } from '../grid';
import { messages } from '../messages';

export type TimeUnit = 'h' | 'd' | 'm';
const PER_DAY: Record<TimeUnit, number> = { d: 1, h: 24, m: 24 * 60 };

/**
 * Mean time from submission to response (or resolution), from Excel date-times (days since
 * 1900). A row whose response is blank is a ticket still open and is left out; a response
 * without a submission, or before it, is an error.
 */
export function responseTime(submitted: Grid, responded: Grid, unit: TimeUnit = 'h'): number {
  if (submitted.length !== responded.length || submitted[0].length !== responded[0].length)
    throw valueError(messages.shapeMismatch('submitted', shapeText(submitted), 'responded', shapeText(responded)));
  let total = 0;
  let count = 0;
  for (let r = 0; r < submitted.length; r++)
    for (let c = 0; c < submitted[r].length; c++) {
      const s = submitted[r][c];
      const e = responded[r][c];
      if (isBlank(e)) continue;
      const row = submitted.length > 1 ? r + 1 : undefined;
      const start = toNumber('submitted', s, row);
      const end = toNumber('responded', e, row);
      if (end < start) throw numError({ en: `Row ${r + 1}: the response comes before the submission.`, zh: `第 ${r + 1} 行：响应时间早于提交时间。` });
      total += end - start;
      count++;
    }
  if (count === 0) throw div0Error(messages.noData('responded'));
  return (total / count) * PER_DAY[unit];
}
