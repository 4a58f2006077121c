import type { Text } from '../errors';
import type { OnIteration } from '../numeric/minimize';
import { BGNBD, bgnbdLogLik, fitBgNbdRows, purchasesCurve, purchasesHead, purchasesTail, type BgNbdParams } from '../models/bgnbd';
import { groupCustomers, type CustomerRows } from '../models/customer-data';

/**
 * A model of purchases the workspace can fit, seen through what the workspace needs of it:
 * each model module keeps its own mathematics; this adapter names it, fits it on grouped
 * rows, and answers the three per-customer questions of the results sheet. Pareto/NBD and
 * MBG/NBD join by adding an entry to CUSTOMER_MODELS.
 */
export interface PurchaseModel {
  id: string;
  name: Text;
  /** Parameter names in the model's own order (its LINEST-style row). */
  names: readonly string[];
  fit(rows: CustomerRows, onIteration?: OnIteration): { params: number[]; logLik: number; iterations: number };
  /** ∂ ln L / ∂ ln θ at log parameters, for the verdict. */
  gradient(rows: CustomerRows, logTheta: readonly number[], g: number[]): void;
  pAlive(params: readonly number[], x: number, tx: number, T: number): number;
  /** E[Y(t)] of one customer as a function of t. */
  purchases(params: readonly number[], x: number, tx: number, T: number): (t: number) => number;
  /** P(no purchase in the next t periods). */
  pNoPurchase(params: readonly number[], x: number, tx: number, T: number, t: number): number;
  /**
   * Where E[Y(t)] = head(x, T; t) / divisor(x, t_x, T), the two parts (or null for these
   * parameters): customers with the same x and T then share the costly head, which a summary
   * of a real log repeats a great deal.
   */
  split?(params: readonly number[]): { head(x: number, T: number): (t: number) => number; divisor(x: number, tx: number, T: number): number } | null;
}

const bg = (v: readonly number[]): BgNbdParams => ({ r: v[0], alpha: v[1], a: v[2], b: v[3] });

/** P(alive), FHL 2005 eq. 12; written here on the checked summary to skip the per-call checks. */
function bgPAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + (p.a / (p.b + x - 1)) * Math.exp((p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx))));
}

export const BGNBD_MODEL: PurchaseModel = {
  id: 'bgnbd',
  name: { en: 'BG/NBD', zh: 'BG/NBD' },
  names: BGNBD.names,
  fit(rows, onIteration) {
    const f = fitBgNbdRows(rows, onIteration);
    return { params: BGNBD.toRow(f).slice(0, 4), logLik: f.logLik, iterations: f.iterations };
  },
  gradient(rows, v, g) {
    bgnbdLogLik(BGNBD.fromLog(v), rows, g);
  },
  pAlive: (v, x, tx, T) => bgPAlive(bg(v), x, tx, T),
  purchases: (v, x, tx, T) => purchasesCurve(bg(v), x, tx, T),
  split(v) {
    const p = bg(v);
    // purchasesCurve averages both sides of a = 1, where the parts do not factor.
    if (Math.abs(p.a - 1) < 1e-7) return null;
    return { head: (x, T) => purchasesHead(p, x, T), divisor: (x, tx, T) => 1 + purchasesTail(p, x, tx, T) };
  },
  /**
   * A customer alive at T keeps buying at his rate, whose posterior given the history and being
   * alive is Gamma(r + x, α + T) (the likelihood of the alive branch is λ^x e^{−λT}); with no
   * purchase he cannot drop out, so P(0 in t) = 1 − P(alive) + P(alive) · ((α+T)/(α+T+t))^{r+x}.
   */
  pNoPurchase(v, x, tx, T, t) {
    const p = bg(v);
    const alive = bgPAlive(p, x, tx, T);
    return 1 - alive + alive * Math.exp((p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + T + t)));
  },
};

export const CUSTOMER_MODELS: Record<string, PurchaseModel> = { bgnbd: BGNBD_MODEL };
export type ModelId = keyof typeof CUSTOMER_MODELS;

export { groupCustomers };
