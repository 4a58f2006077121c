import { numError, type Text } from '../errors';
import { rfmSummary, type RfmRow } from './rfm';

/**
 * A calibration/holdout split of one transaction log, the set-up of every validation in the
 * BG/NBD literature (Fader, Hardie & Lee 2005: weeks 1–39 to fit, weeks 40–78 to check):
 * the RFM summary of the calibration period (see rfmSummary) plus each customer's purchases
 * in the holdout period (calibration_end, holdout_end]. As in the calibration summary, the
 * purchases of one day count once. Customers first seen in the holdout are left out: the
 * models predict the customers they were fitted on, not new ones.
 */
export interface HoldoutRow extends RfmRow {
  holdout: number;
}

export const holdoutMessages = {
  holdoutNotAfter: (cal: number, hold: number): Text => ({
    en: `holdout_end (${hold}) must be after calibration_end (${cal}).`,
    zh: `holdout_end（${hold}）必须晚于 calibration_end（${cal}）。`,
  }),
};

export function rfmHoldout(
  ids: readonly (string | number)[],
  days: readonly number[],
  amounts: readonly number[],
  calibrationEnd: number,
  holdoutEnd: number,
  unitDays: number,
): HoldoutRow[] {
  const calDay = Math.floor(calibrationEnd);
  const holdDay = Math.floor(holdoutEnd);
  if (!(holdDay > calDay)) throw numError(holdoutMessages.holdoutNotAfter(calibrationEnd, holdoutEnd));
  const calibration = rfmSummary(ids, days, amounts, calDay, unitDays);
  const holdoutDays = new Map<string | number, Set<number>>(calibration.map((r) => [r.id, new Set<number>()]));
  for (let i = 0; i < ids.length; i++) {
    const day = Math.floor(days[i]);
    if (day <= calDay || day > holdDay) continue;
    // Undefined for a customer first seen in the holdout: he is not in the calibration summary.
    holdoutDays.get(ids[i])?.add(day);
  }
  return calibration.map((r) => ({ ...r, holdout: holdoutDays.get(r.id)!.size }));
}
