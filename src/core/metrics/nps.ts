import { div0Error, numError } from '../errors';
import { messages } from '../messages';

/**
 * Net Promoter Score (Reichheld 2003): share of promoters (9–10) minus share of detractors
 * (0–6), on −100..100. Blanks were already skipped by the caller.
 */
export function nps(scores: readonly number[]): number {
  if (scores.length === 0) throw div0Error(messages.noData('scores'));
  let promoters = 0;
  let detractors = 0;
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 0 || s > 10)
      throw numError({ en: `scores must be whole numbers from 0 to 10; got ${s}.`, zh: `scores 必须是 0 到 10 的整数；当前为 ${s}。` });
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / scores.length;
}
