/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures: any[][] is how a range of any cell values is declared */
/* Custom functions of the discrete-time BG/BB model, of calibration/holdout validation and of
 * per-period rates. Fits return one row like LINEST; the params arguments take that row.
 * Each body coerces Excel's arguments, calls src/core/models and maps errors. */
import { BGBB, bgbbExpected, bgbbPAlive, bgbbPmf, fitBgBb } from '../../core/models/bgbb';
import { BGNBD, expectedPurchases } from '../../core/models/bgnbd';
import { unconditionalCurve, unconditionalPurchases } from '../../core/models/bgnbd-unconditional';
import { numberColumns, paramsOf } from '../../core/models/columns';
import { checkCustomerRow } from '../../core/models/customer-data';
import { byFrequency, forecastErrors } from '../../core/models/holdout-validation';
import type { NumberFields, ParameterOrder } from '../../core/models/parameter-order';
import { perPeriodRate } from '../../core/models/period-rate';
import { rfmHoldout } from '../../core/models/rfm-holdout';
import { trackingPlot } from '../../core/models/tracking';
import { aggregate, guard, spill } from '../excel-adapter';
import { declare, num, optNum, param, ParamTable, range, RangeParam, singleValue } from '../parameters';
import { dateArg, requiredGrid, transactionColumns } from '../transaction-columns';

// Excel passes every argument as a range (any[][]); an omitted optional one as null.

/** Whole-range arguments read as parallel number columns, named as the table names them. */
function columnsOf(table: ParamTable, grids: readonly (any[][] | null | undefined)[]) {
  const names = table.slice(0, grids.length).map((p) => p.name);
  return numberColumns(
    names,
    grids.map((g, i) => requiredGrid(names[i], g)),
  );
}

function paramsArg<P extends NumberFields<P>>(order: ParameterOrder<P>, fittedBy: string, arg: RangeParam, g: any[][]): P {
  return guard(() => paramsOf(arg.name, order, fittedBy, requiredGrid(arg.name, g)));
}
const bgbbParams = (arg: RangeParam, g: any[][]) => paramsArg(BGBB, 'CRM.BGBB.FIT', arg, g);
const bgnbdParams = (arg: RangeParam, g: any[][]) => paramsArg(BGNBD, 'CRM.BGNBD.FIT', arg, g);

const BGBB_FIT_PARAMS = declare(bgbbFitFn, [range('frequency'), range('recency'), range('n'), range('counts', true)] as const);

/**
 * Fits the BG/BB model of discrete opportunities by maximum likelihood: alpha, beta, gamma, delta, log-likelihood (BG/BB拟合, Fader-Hardie-Shang 2010).
 * @customfunction BGBB.FIT
 * @param frequency Opportunities (after the first transaction) at which each customer transacted.
 * @param recency The opportunity of each customer's last transaction (0 when none).
 * @param n Number of transaction opportunities of each customer.
 * @param [counts] How many customers each row stands for (default 1 each).
 * @returns One row: alpha, beta, gamma, delta, log-likelihood.
 */
export function bgbbFitFn(frequency: any[][], recency: any[][], n: any[][], counts?: any[][]): any[][] {
  return aggregate(() => {
    const grids = counts === null || counts === undefined ? [frequency, recency, n] : [frequency, recency, n, counts];
    const columns = columnsOf(BGBB_FIT_PARAMS, grids);
    const [x, tx, nn, c] = columns;
    return [BGBB.toRow(fitBgBb(x, tx, nn, c, { rows: columns.rows }))];
  });
}

const BGBB_PALIVE_PARAMS = declare(bgbbPAliveFn, [range('params'), num('frequency'), num('recency'), num('n')] as const);

/**
 * Probability that each customer is still active at the next opportunity under BG/BB (BG/BB存活概率).
 * @customfunction BGBB.PALIVE
 * @param params BG/BB parameters alpha, beta, gamma, delta (the row CRM.BGBB.FIT returns).
 * @param frequency Opportunities at which the customer transacted.
 * @param recency The opportunity of the last transaction (0 when none).
 * @param n Number of transaction opportunities so far.
 * @returns P(alive at opportunity n + 1), between 0 and 1.
 */
export function bgbbPAliveFn(params: any[][], frequency: any[][], recency: any[][], n: any[][]): any[][] {
  const p = bgbbParams(param(BGBB_PALIVE_PARAMS, 'params'), params);
  return spill(BGBB_PALIVE_PARAMS, [frequency, recency, n], (v) => {
    const [x, tx, nn] = v as number[];
    return bgbbPAlive(p, x, tx, nn);
  });
}

const BGBB_EXPECTED_PARAMS = declare(bgbbExpectedFn, [range('params'), num('t'), num('frequency'), num('recency'), num('n')] as const);

/**
 * Expected transactions of each customer in the next t opportunities under BG/BB (BG/BB预期交易次数).
 * @customfunction BGBB.EXPECTED
 * @param params BG/BB parameters alpha, beta, gamma, delta (the row CRM.BGBB.FIT returns).
 * @param t Number of future opportunities (a whole number).
 * @param frequency Opportunities at which the customer transacted.
 * @param recency The opportunity of the last transaction (0 when none).
 * @param n Number of transaction opportunities so far.
 * @returns Expected number of transactions in opportunities n + 1 … n + t.
 */
export function bgbbExpectedFn(params: any[][], t: any[][], frequency: any[][], recency: any[][], n: any[][]): any[][] {
  const p = bgbbParams(param(BGBB_EXPECTED_PARAMS, 'params'), params);
  return spill(BGBB_EXPECTED_PARAMS, [t, frequency, recency, n], (v) => {
    const [tt, x, tx, nn] = v as number[];
    return bgbbExpected(p, tt, x, tx, nn);
  });
}

const BGBB_PMF_PARAMS = declare(bgbbPmfFn, [range('params'), num('t'), num('k')] as const);

/**
 * Probability that a new customer transacts at exactly k of his first t opportunities under BG/BB (BG/BB交易次数分布).
 * @customfunction BGBB.PMF
 * @param params BG/BB parameters alpha, beta, gamma, delta (the row CRM.BGBB.FIT returns).
 * @param t Number of opportunities (a whole number).
 * @param k Number of transactions (a whole number; above t the probability is 0).
 * @returns P(X(t) = k), between 0 and 1.
 */
export function bgbbPmfFn(params: any[][], t: any[][], k: any[][]): any[][] {
  const p = bgbbParams(param(BGBB_PMF_PARAMS, 'params'), params);
  return spill(BGBB_PMF_PARAMS, [t, k], (v) => bgbbPmf(p, v[0] as number, v[1] as number));
}

const HOLDOUT_PARAMS = declare(rfmHoldoutFn, [
  range('customer_ids'),
  range('dates'),
  range('amounts'),
  range('calibration_end'),
  range('holdout_end'),
  optNum('unit_days', 7),
] as const);

/**
 * Calibration RFM summary and holdout purchases from one transaction list: id, frequency, recency, T, monetary, holdout purchases (校准期与验证期拆分). Customers first seen in the holdout are left out.
 * @customfunction RFM.HOLDOUT
 * @param customer_ids Customer id of each transaction.
 * @param dates Date of each transaction (Excel dates or ISO text, read in the 1900 date system: in a 1904 workbook use one kind throughout).
 * @param amounts Amount of each transaction.
 * @param calibration_end Last day of the calibration period.
 * @param holdout_end Last day of the holdout period; later transactions are ignored.
 * @param [unit_days] Days per time unit (default 7: weeks).
 * @returns One row per calibration customer in order of first appearance: id, frequency, recency, T, monetary, holdout purchases (same-day purchases count once).
 */
export function rfmHoldoutFn(
  customer_ids: any[][],
  dates: any[][],
  amounts: any[][],
  calibration_end: any[][],
  holdout_end: any[][],
  unit_days?: any[][],
): any[][] {
  return aggregate(() => {
    const {
      ids,
      days,
      amounts: values,
    } = transactionColumns(
      HOLDOUT_PARAMS.slice(0, 3).map((p) => p.name),
      [customer_ids, dates, amounts],
    );
    const calEnd = dateArg('calibration_end', calibration_end);
    const holdEnd = dateArg('holdout_end', holdout_end);
    const unit = singleValue(param(HOLDOUT_PARAMS, 'unit_days'), unit_days) as number;
    return rfmHoldout(ids, days, values!, calEnd, holdEnd, unit).map((r) => [r.id, r.frequency, r.recency, r.T, r.monetary, r.holdout]);
  });
}

const ERRORS_PARAMS = declare(holdoutErrorsFn, [range('predicted'), range('actual')] as const);

/**
 * Forecast errors of predicted against actual holdout purchases: MAE, RMSE, bias (预测误差).
 * @customfunction HOLDOUT.ERRORS
 * @param predicted Predicted purchases of each customer (e.g. from CRM.BGNBD.EXPECTED).
 * @param actual Actual purchases of each customer in the holdout period.
 * @returns One row: mean absolute error, root mean squared error, bias (mean of predicted − actual; positive means too many predicted).
 */
export function holdoutErrorsFn(predicted: any[][], actual: any[][]): any[][] {
  return aggregate(() => {
    const [p, a] = columnsOf(ERRORS_PARAMS, [predicted, actual]);
    const e = forecastErrors(p, a);
    return [[e.mae, e.rmse, e.bias]];
  });
}

const BYFREQ_PARAMS = declare(bgnbdByFrequencyFn, [
  range('params'),
  num('t', { min: 0 }),
  range('frequency'),
  range('recency'),
  range('T'),
  range('holdout'),
  optNum('top_class', 7, { integer: true, min: 1, max: 100 }),
] as const);

/**
 * Actual against BG/NBD expected holdout purchases by calibration frequency 0, 1, …, 7+ (按频次的验证期对比).
 * @customfunction BGNBD.BYFREQUENCY
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns).
 * @param t Length of the holdout period, in the time unit of recency and T.
 * @param frequency Repeat purchases of each customer in the calibration period.
 * @param recency Time from first to last purchase of each customer.
 * @param T Time from first purchase to the end of the calibration period of each customer.
 * @param holdout Actual purchases of each customer in the holdout period.
 * @param [top_class] The last, open frequency class (default 7: the class "7+").
 * @returns One row per class: frequency class, customers, actual mean, expected mean (blank means for an empty class).
 */
export function bgnbdByFrequencyFn(
  params: any[][],
  t: any[][],
  frequency: any[][],
  recency: any[][],
  T: any[][],
  holdout: any[][],
  top_class?: any[][],
): any[][] {
  const p = bgnbdParams(param(BYFREQ_PARAMS, 'params'), params);
  return aggregate(() => {
    const horizon = singleValue(param(BYFREQ_PARAMS, 't'), t) as number;
    const top = singleValue(param(BYFREQ_PARAMS, 'top_class'), top_class) as number;
    const columns = columnsOf(BYFREQ_PARAMS.slice(2), [frequency, recency, T, holdout]);
    const [x, tx, TT, actual] = columns;
    const expected = Array.from(x, (xi, i) => {
      checkCustomerRow(columns.rows[i], xi, tx[i], TT[i]);
      return expectedPurchases(p, horizon, xi, tx[i], TT[i]);
    });
    return byFrequency(x, expected, actual, top, columns.rows).map((c) => [
      c.open ? `${c.frequency}+` : c.frequency,
      c.customers,
      c.actual ?? '',
      c.expected ?? '',
    ]);
  });
}

const TRACKING_PARAMS = declare(bgnbdTrackingFn, [
  range('params'),
  range('customer_ids'),
  range('dates'),
  range('calibration_end'),
  range('holdout_end'),
  optNum('unit_days', 7),
] as const);

/**
 * Cumulative repeat purchases per period, actual from the log and expected under BG/NBD from each customer's first purchase (累计购买跟踪).
 * @customfunction BGNBD.TRACKING
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns), fitted in the time unit unit_days.
 * @param customer_ids Customer id of each transaction.
 * @param dates Date of each transaction (Excel dates or ISO text).
 * @param calibration_end Last day of the calibration period: customers first seen later are left out.
 * @param holdout_end Last day tracked; later transactions are ignored.
 * @param [unit_days] Days per period (default 7: weeks).
 * @returns One row per period from the first purchase in the log: period, last day of the period, actual cumulative repeat purchases, expected cumulative repeat purchases.
 */
export function bgnbdTrackingFn(
  params: any[][],
  customer_ids: any[][],
  dates: any[][],
  calibration_end: any[][],
  holdout_end: any[][],
  unit_days?: any[][],
): any[][] {
  const p = bgnbdParams(param(TRACKING_PARAMS, 'params'), params);
  return aggregate(() => {
    const { ids, days } = transactionColumns(['customer_ids', 'dates'], [customer_ids, dates]);
    const calEnd = dateArg('calibration_end', calibration_end);
    const endDay = dateArg('holdout_end', holdout_end);
    const unit = singleValue(param(TRACKING_PARAMS, 'unit_days'), unit_days) as number;
    return trackingPlot(ids, days, calEnd, endDay, unit, unconditionalCurve(p)).map((r) => [r.period, r.lastDay, r.actual, r.expected]);
  });
}

const UNCONDITIONAL_PARAMS = declare(bgnbdUnconditionalFn, [range('params'), num('t', { min: 0 })] as const);

/**
 * Expected repeat purchases of a new customer in his first t periods under BG/NBD (新客户预期购买次数, Fader-Hardie-Lee 2005 eq. 7).
 * @customfunction BGNBD.UNCONDITIONAL
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns).
 * @param t Time since the first purchase, in the time unit of the fit.
 * @returns E[X(t)], the expected number of repeat purchases.
 */
export function bgnbdUnconditionalFn(params: any[][], t: any[][]): any[][] {
  const p = bgnbdParams(param(UNCONDITIONAL_PARAMS, 'params'), params);
  return spill(UNCONDITIONAL_PARAMS, [t], (v) => unconditionalPurchases(p, v[0] as number));
}

const RATE_PARAMS = declare(ratePerPeriodFn, [num('annual_rate'), num('unit_days')] as const);

/**
 * The discount rate per period of unit_days days that compounds to an annual rate: (1 + annual_rate)^(unit_days / 365.25) − 1 (每期折现率).
 * @customfunction RATE.PERPERIOD
 * @param annual_rate Discount rate per year, as a fraction (0.1 for 10 %).
 * @param unit_days Days per period: 7 for weeks, 30.4375 for months (365.25 / 12), 365.25 for years.
 * @returns The rate per period, for CRM.CLV.BGNBD's discount_per_period when the model was fitted in that unit.
 */
export function ratePerPeriodFn(annual_rate: any[][], unit_days: any[][]): any[][] {
  return spill(RATE_PARAMS, [annual_rate, unit_days], (v) => perPeriodRate(v[0] as number, v[1] as number));
}
