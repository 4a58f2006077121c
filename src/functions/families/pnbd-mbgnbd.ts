/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures: any[][] is how a range of any cell values is declared */
/* Custom functions of the Pareto/NBD and MBG/NBD models, and the purchase-count probabilities
 * of BG/NBD. Fits return one row like LINEST (two with stats); the params arguments take that
 * row. Each body coerces Excel's arguments, calls src/core/models and maps errors. */
import { valueError } from '../../core/errors';
import type { Grid } from '../../core/grid';
import { messages } from '../../core/messages';
import { BGNBD } from '../../core/models/bgnbd';
import { numberColumns, paramsOf } from '../../core/models/columns';
import { fitMbgNbd, MBGNBD, mbgnbdExpected, mbgnbdPAlive } from '../../core/models/mbgnbd';
import type { NumberFields, ParameterOrder } from '../../core/models/parameter-order';
import { fitPnbd, PNBD, pnbdExpected, pnbdPAlive, pnbdPmf } from '../../core/models/pnbd';
import { bgnbdPmf, bgnbdPZero, mbgnbdPmf, mbgnbdPZero } from '../../core/models/purchase-counts';
import { aggregate, guard, spill } from '../excel-adapter';
import { fitRows, statsArg } from '../fit-rows';
import { declare, num, param, range, RangeParam } from '../parameters';

const required = (arg: string, g: any[][] | null | undefined): Grid => {
  if (g === null || g === undefined) throw valueError(messages.blank(arg));
  return g as Grid;
};

function paramsArg<P extends NumberFields<P>>(order: ParameterOrder<P>, fittedBy: string, arg: RangeParam, g: any[][]): P {
  return guard(() => paramsOf(arg.name, order, fittedBy, required(arg.name, g)));
}
const pnbdParams = (arg: RangeParam, g: any[][]) => paramsArg(PNBD, 'CRM.PNBD.FIT', arg, g);
const mbgParams = (arg: RangeParam, g: any[][]) => paramsArg(MBGNBD, 'CRM.MBGNBD.FIT', arg, g);
const bgParams = (arg: RangeParam, g: any[][]) => paramsArg(BGNBD, 'CRM.BGNBD.FIT', arg, g);

/** frequency, recency, T as parallel number columns, named as the table names them. */
function historyColumns(frequency: any[][], recency: any[][], T: any[][]) {
  const names = ['frequency', 'recency', 'T'];
  return numberColumns(
    names,
    [frequency, recency, T].map((g, i) => required(names[i], g)),
  );
}

const PNBD_FIT_PARAMS = declare(pnbdFitFn, [range('frequency'), range('recency'), range('T'), range('stats', true)] as const);

/**
 * Fits the Pareto/NBD model by maximum likelihood: r, alpha, s, beta, log-likelihood (Pareto/NBD拟合, Schmittlein-Morrison-Colombo 1987).
 * @customfunction PNBD.FIT
 * @param frequency Repeat purchases of each customer.
 * @param recency Time from first to last purchase of each customer.
 * @param T Time from first purchase to the end of the period of each customer.
 * @param [stats] TRUE adds a second row: standard errors, AIC, BIC, count of weakly determined parameters (default FALSE).
 * @returns One row: r, alpha, s, beta, log-likelihood (two rows with stats).
 */
export function pnbdFitFn(frequency: any[][], recency: any[][], T: any[][], stats?: any[][]): any[][] {
  return aggregate(() => {
    const withStats = statsArg(param(PNBD_FIT_PARAMS, 'stats').name, stats);
    const columns = historyColumns(frequency, recency, T);
    const [x, tx, t] = columns;
    return fitRows(PNBD, fitPnbd(x, tx, t, { rows: columns.rows }), withStats) as (number | string)[][];
  });
}

const PNBD_PALIVE_PARAMS = declare(pnbdPAliveFn, [range('params'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Probability that each customer is still active under Pareto/NBD (Pareto/NBD存活概率).
 * @customfunction PNBD.PALIVE
 * @param params Pareto/NBD parameters r, alpha, s, beta (the row CRM.PNBD.FIT returns).
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns P(alive), between 0 and 1.
 */
export function pnbdPAliveFn(params: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = pnbdParams(param(PNBD_PALIVE_PARAMS, 'params'), params);
  return spill(PNBD_PALIVE_PARAMS, [frequency, recency, T], (v) => {
    const [x, tx, TT] = v as number[];
    return pnbdPAlive(p, x, tx, TT);
  });
}

const PNBD_EXPECTED_PARAMS = declare(pnbdExpectedFn, [range('params'), num('t'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Expected purchases of each customer in the next t periods under Pareto/NBD (Pareto/NBD预期购买次数).
 * @customfunction PNBD.EXPECTED
 * @param params Pareto/NBD parameters r, alpha, s, beta (the row CRM.PNBD.FIT returns).
 * @param t Length of the future period, in the same time unit.
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns Expected number of purchases.
 */
export function pnbdExpectedFn(params: any[][], t: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = pnbdParams(param(PNBD_EXPECTED_PARAMS, 'params'), params);
  return spill(PNBD_EXPECTED_PARAMS, [t, frequency, recency, T], (v) => {
    const [tt, x, tx, TT] = v as number[];
    return pnbdExpected(p, tt, x, tx, TT);
  });
}

const PNBD_PMF_PARAMS = declare(pnbdPmfFn, [range('params'), num('t'), num('n')] as const);

/**
 * Probability that a new customer makes exactly n purchases in his first t periods under Pareto/NBD (Pareto/NBD购买次数分布).
 * @customfunction PNBD.PMF
 * @param params Pareto/NBD parameters r, alpha, s, beta (the row CRM.PNBD.FIT returns).
 * @param t Length of the period from acquisition.
 * @param n Number of purchases (0, 1, 2…).
 * @returns P(X(t) = n), between 0 and 1.
 */
export function pnbdPmfFn(params: any[][], t: any[][], n: any[][]): any[][] {
  const p = pnbdParams(param(PNBD_PMF_PARAMS, 'params'), params);
  return spill(PNBD_PMF_PARAMS, [t, n], (v) => pnbdPmf(p, v[0] as number, v[1] as number));
}

const MBGNBD_FIT_PARAMS = declare(mbgnbdFitFn, [range('frequency'), range('recency'), range('T'), range('stats', true)] as const);

/**
 * Fits the MBG/NBD model by maximum likelihood: r, alpha, a, b, log-likelihood (MBG/NBD拟合, Batislam-Denizel-Filiztekin 2007).
 * @customfunction MBGNBD.FIT
 * @param frequency Repeat purchases of each customer.
 * @param recency Time from first to last purchase of each customer.
 * @param T Time from first purchase to the end of the period of each customer.
 * @param [stats] TRUE adds a second row: standard errors, AIC, BIC, count of weakly determined parameters (default FALSE).
 * @returns One row: r, alpha, a, b, log-likelihood (two rows with stats).
 */
export function mbgnbdFitFn(frequency: any[][], recency: any[][], T: any[][], stats?: any[][]): any[][] {
  return aggregate(() => {
    const withStats = statsArg(param(MBGNBD_FIT_PARAMS, 'stats').name, stats);
    const columns = historyColumns(frequency, recency, T);
    const [x, tx, t] = columns;
    return fitRows(MBGNBD, fitMbgNbd(x, tx, t, { rows: columns.rows }), withStats) as (number | string)[][];
  });
}

const MBGNBD_PALIVE_PARAMS = declare(mbgnbdPAliveFn, [range('params'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Probability that each customer is still active under MBG/NBD; below 1 even without repeat purchases (MBG/NBD存活概率).
 * @customfunction MBGNBD.PALIVE
 * @param params MBG/NBD parameters r, alpha, a, b (the row CRM.MBGNBD.FIT returns).
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns P(alive), between 0 and 1.
 */
export function mbgnbdPAliveFn(params: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = mbgParams(param(MBGNBD_PALIVE_PARAMS, 'params'), params);
  return spill(MBGNBD_PALIVE_PARAMS, [frequency, recency, T], (v) => {
    const [x, tx, TT] = v as number[];
    return mbgnbdPAlive(p, x, tx, TT);
  });
}

const MBGNBD_EXPECTED_PARAMS = declare(mbgnbdExpectedFn, [range('params'), num('t'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Expected purchases of each customer in the next t periods under MBG/NBD (MBG/NBD预期购买次数).
 * @customfunction MBGNBD.EXPECTED
 * @param params MBG/NBD parameters r, alpha, a, b (the row CRM.MBGNBD.FIT returns).
 * @param t Length of the future period, in the same time unit.
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns Expected number of purchases.
 */
export function mbgnbdExpectedFn(params: any[][], t: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = mbgParams(param(MBGNBD_EXPECTED_PARAMS, 'params'), params);
  return spill(MBGNBD_EXPECTED_PARAMS, [t, frequency, recency, T], (v) => {
    const [tt, x, tx, TT] = v as number[];
    return mbgnbdExpected(p, tt, x, tx, TT);
  });
}

const MBGNBD_PMF_PARAMS = declare(mbgnbdPmfFn, [range('params'), num('t'), num('n')] as const);

/**
 * Probability that a new customer makes exactly n purchases in his first t periods under MBG/NBD (MBG/NBD购买次数分布).
 * @customfunction MBGNBD.PMF
 * @param params MBG/NBD parameters r, alpha, a, b (the row CRM.MBGNBD.FIT returns).
 * @param t Length of the period from acquisition.
 * @param n Number of purchases (0, 1, 2…).
 * @returns P(X(t) = n), between 0 and 1.
 */
export function mbgnbdPmfFn(params: any[][], t: any[][], n: any[][]): any[][] {
  const p = mbgParams(param(MBGNBD_PMF_PARAMS, 'params'), params);
  return spill(MBGNBD_PMF_PARAMS, [t, n], (v) => mbgnbdPmf(p, v[0] as number, v[1] as number));
}

const MBGNBD_PZERO_PARAMS = declare(mbgnbdPZeroFn, [range('params'), num('t'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Probability that each customer makes no purchase in the next t periods under MBG/NBD (MBG/NBD未来零购买概率).
 * @customfunction MBGNBD.PZERO
 * @param params MBG/NBD parameters r, alpha, a, b (the row CRM.MBGNBD.FIT returns).
 * @param t Length of the future period, in the same time unit.
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns P(no purchase in the next t periods), between 0 and 1.
 */
export function mbgnbdPZeroFn(params: any[][], t: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = mbgParams(param(MBGNBD_PZERO_PARAMS, 'params'), params);
  return spill(MBGNBD_PZERO_PARAMS, [t, frequency, recency, T], (v) => {
    const [tt, x, tx, TT] = v as number[];
    return mbgnbdPZero(p, tt, x, tx, TT);
  });
}

const BGNBD_PMF_PARAMS = declare(bgnbdPmfFn, [range('params'), num('t'), num('n')] as const);

/**
 * Probability that a new customer makes exactly n purchases in his first t periods under BG/NBD (BG/NBD购买次数分布, Fader-Hardie-Lee 2005 eq. 8).
 * @customfunction BGNBD.PMF
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns).
 * @param t Length of the period from acquisition.
 * @param n Number of purchases (0, 1, 2…).
 * @returns P(X(t) = n), between 0 and 1.
 */
export function bgnbdPmfFn(params: any[][], t: any[][], n: any[][]): any[][] {
  const p = bgParams(param(BGNBD_PMF_PARAMS, 'params'), params);
  return spill(BGNBD_PMF_PARAMS, [t, n], (v) => bgnbdPmf(p, v[0] as number, v[1] as number));
}

const BGNBD_PZERO_PARAMS = declare(bgnbdPZeroFn, [range('params'), num('t'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Probability that each customer makes no purchase in the next t periods under BG/NBD (BG/NBD未来零购买概率).
 * @customfunction BGNBD.PZERO
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns).
 * @param t Length of the future period, in the same time unit.
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns P(no purchase in the next t periods), between 0 and 1.
 */
export function bgnbdPZeroFn(params: any[][], t: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = bgParams(param(BGNBD_PZERO_PARAMS, 'params'), params);
  return spill(BGNBD_PZERO_PARAMS, [t, frequency, recency, T], (v) => {
    const [tt, x, tx, TT] = v as number[];
    return bgnbdPZero(p, tt, x, tx, TT);
  });
}
