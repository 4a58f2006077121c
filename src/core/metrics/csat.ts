import { requireAtLeast, requireInteger } from '../args';
import { div0Error, numError } from '../errors';
import { messages } from '../messages';

/**
 * Customer satisfaction rate: the share of answers in the top two boxes of a scale of
 * `scale` points (4 or 5 on a 1–5 scale), the usual "top-2-box" CSAT.
 */
export function csat(scores: readonly number[], scale = 5): number {
  requireInteger('scale', scale);
  requireAtLeast('scale', scale, 2);
  if (scores.length === 0) throw div0Error(messages.noData('scores'));
  let satisfied = 0;
  for (const s of scores) {
    if (s < 0 || s > scale)
      throw numError({
        en: `scores must lie between 0 and the scale (${scale}); got ${s}.`,
        zh: `scores 必须介于 0 与量表上限（${scale}）之间；当前为 ${s}。`,
      });
    if (s >= scale - 1) satisfied++;
  }
  return satisfied / scores.length;
}
