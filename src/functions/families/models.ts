/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures: any[][] is how a range of any cell values is declared */
/* Custom functions of the customer models: RFM summaries, BG/NBD, Gamma-Gamma, sBG and the
 * CLV that combines them. Fits return one row like LINEST; the params arguments take that row.
 * Each body coerces Excel's arguments, calls src/core/models and maps errors. */
import { numbersOf, plainArg, singleOptional } from '../../core/args';
import { valueError } from '../../core/errors';
import { Grid, isBlank } from '../../core/grid';
import { messages } from '../../core/messages';
import { BGNBD, expectedPurchases, fitBgNbd, pAlive } from '../../core/models/bgnbd';
import { clvBgNbdColumn } from '../../core/models/clv-bgnbd';
import { dateSerial, numberColumn, numberColumns, paramsOf, parallelColumns } from '../../core/models/columns';
import { customerSpend, fitGammaGamma, GAMMA_GAMMA } from '../../core/models/gamma-gamma';
import type { NumberFields, ParameterOrder } from '../../core/models/parameter-order';
import { modelMessages as m } from '../../core/models/messages';
import { rfmSummary } from '../../core/models/rfm';
import { fitSbg, SBG, sbgDel, sbgDerl, sbgRetention, sbgSurvival } from '../../core/models/sbg';
import { aggregate, guard, spill } from '../excel-adapter';
import { fitRows, statsArg } from '../fit-rows';
import { blankable, declare, num, optNum, param, ParamTable, range, RangeParam, singleValue } from '../parameters';

// Excel passes every argument as a range (any[][]); an omitted optional one as null.

const required = (arg: string, g: any[][] | null | undefined): Grid => {
  if (g === null || g === undefined) throw valueError(messages.blank(arg));
  return g as Grid;
};

/** Whole-range arguments read as parallel number columns, named as the table names them. */
function columnsOf(table: ParamTable, grids: readonly (any[][] | null | undefined)[]) {
  const names = table.map((p) => p.name);
  return numberColumns(
    names,
    grids.map((g, i) => required(names[i], g)),
  );
}

/** A params argument: the row the model's fit function returns, read in the model's own order. */
function paramsArg<P extends NumberFields<P>>(order: ParameterOrder<P>, fittedBy: string, arg: RangeParam, g: any[][]): P {
  return guard(() => paramsOf(arg.name, order, fittedBy, required(arg.name, g)));
}
const bgParams = (arg: RangeParam, g: any[][]) => paramsArg(BGNBD, 'CRM.BGNBD.FIT', arg, g);
const ggParams = (arg: RangeParam, g: any[][]) => paramsArg(GAMMA_GAMMA, 'CRM.GG.FIT', arg, g);
const sbgParams = (arg: RangeParam, g: any[][]) => paramsArg(SBG, 'CRM.SBG.FIT', arg, g);

const RFM_PARAMS = declare(rfmFn, [range('customer_ids'), range('dates'), range('amounts'), range('end_date', true), optNum('unit_days', 7)] as const);

/**
 * Per-customer RFM summary from a transaction list: id, frequency, recency, T, monetary (RFM汇总). Same-day purchases count once; time in units of unit_days.
 * @customfunction RFM
 * @param customer_ids Customer id of each transaction.
 * @param dates Date of each transaction (Excel dates or ISO text, read in the 1900 date system: in a 1904 workbook use one kind throughout).
 * @param amounts Amount of each transaction.
 * @param [end_date] End of the observation period; later transactions are ignored (default: the last date).
 * @param [unit_days] Days per time unit (default 7: weeks).
 * @returns One row per customer in order of first appearance: id, frequency, recency, T, monetary.
 */
export function rfmFn(customer_ids: any[][], dates: any[][], amounts: any[][], end_date?: any[][], unit_days?: any[][]): any[][] {
  return aggregate(() => {
    const {
      columns: [ids, rawDates, rawAmounts],
      rows,
    } = parallelColumns(
      RFM_PARAMS.slice(0, 3).map((p) => p.name),
      [required('customer_ids', customer_ids), required('dates', dates), required('amounts', amounts)],
    );
    const days = rawDates.map((c, i) => {
      const p = plainArg('dates', c, rows[i]);
      const d = dateSerial(p);
      if (d === null) throw valueError(m.unknownCustomerDate(rows[i], p));
      return d;
    });
    // Rows as the user sees them: a skipped blank row above must not shift the row a message names.
    const values = numberColumn('amounts', rawAmounts, rows);
    const idValues = ids.map((c, i) => {
      const id = plainArg('customer_ids', c, rows[i]);
      if (typeof id === 'number') return id;
      if (typeof id === 'string' && id.trim() !== '') return id.trim();
      if (isBlank(id)) throw valueError(m.missingId(rows[i]));
      // TRUE is neither a number nor a name: as text it would split a customer from "TRUE".
      throw valueError(m.rowValue(rows[i], messages.notText('customer_ids', id)));
    });
    let end: number | null = null;
    const endCell = singleOptional(param(RFM_PARAMS, 'end_date').name, end_date);
    if (endCell !== null) {
      end = dateSerial(endCell);
      if (end === null) throw valueError(m.unknownCustomerDate(1, endCell));
    }
    const unit = singleValue(param(RFM_PARAMS, 'unit_days'), unit_days) as number;
    return rfmSummary(idValues, days, Array.from(values), end, unit).map((r) => [r.id, r.frequency, r.recency, r.T, r.monetary]);
  });
}

const BGNBD_FIT_PARAMS = declare(bgnbdFitFn, [range('frequency'), range('recency'), range('T'), range('stats', true)] as const);

/**
 * Fits the BG/NBD model by maximum likelihood: r, alpha, a, b, log-likelihood (BG/NBD拟合, Fader-Hardie-Lee 2005).
 * @customfunction BGNBD.FIT
 * @param frequency Repeat purchases of each customer.
 * @param recency Time from first to last purchase of each customer.
 * @param T Time from first purchase to the end of the period of each customer.
 * @param [stats] TRUE adds a second row: standard errors, AIC, BIC, count of weakly determined parameters (default FALSE).
 * @returns One row: r, alpha, a, b, log-likelihood (two rows with stats).
 */
export function bgnbdFitFn(frequency: any[][], recency: any[][], T: any[][], stats?: any[][]): any[][] {
  return aggregate(() => {
    const withStats = statsArg(param(BGNBD_FIT_PARAMS, 'stats').name, stats);
    const columns = columnsOf(BGNBD_FIT_PARAMS.slice(0, 3), [frequency, recency, T]);
    const [x, tx, t] = columns;
    return fitRows(BGNBD, fitBgNbd(x, tx, t, { rows: columns.rows }), withStats) as (number | string)[][];
  });
}

const BGNBD_EXPECTED_PARAMS = declare(bgnbdExpectedFn, [range('params'), num('t'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Expected purchases of each customer in the next t periods under BG/NBD (BG/NBD预期购买次数).
 * @customfunction BGNBD.EXPECTED
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns).
 * @param t Length of the future period, in the same time unit.
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns Expected number of purchases.
 */
export function bgnbdExpectedFn(params: any[][], t: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = bgParams(param(BGNBD_EXPECTED_PARAMS, 'params'), params);
  return spill(BGNBD_EXPECTED_PARAMS, [t, frequency, recency, T], (v) => {
    const [tt, x, tx, TT] = v as number[];
    return expectedPurchases(p, tt, x, tx, TT);
  });
}

const PALIVE_PARAMS = declare(pAliveFn, [range('params'), num('frequency'), num('recency'), num('T')] as const);

/**
 * Probability that each customer is still active under BG/NBD (客户存活概率).
 * @customfunction PALIVE
 * @param params BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns).
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @returns P(alive), between 0 and 1.
 */
export function pAliveFn(params: any[][], frequency: any[][], recency: any[][], T: any[][]): any[][] {
  const p = bgParams(param(PALIVE_PARAMS, 'params'), params);
  return spill(PALIVE_PARAMS, [frequency, recency, T], (v) => {
    const [x, tx, TT] = v as number[];
    return pAlive(p, x, tx, TT);
  });
}

const GG_FIT_PARAMS = declare(ggFitFn, [range('frequency'), range('monetary'), range('stats', true)] as const);

/**
 * Fits the Gamma-Gamma spend model: p, q, gamma, log-likelihood; customers with frequency 0 are ignored (Gamma-Gamma拟合).
 * @customfunction GG.FIT
 * @param frequency Repeat purchases of each customer.
 * @param monetary Mean amount of each customer's repeat purchases.
 * @param [stats] TRUE adds a second row: standard errors, AIC, BIC, count of weakly determined parameters (default FALSE).
 * @returns One row: p, q, gamma, log-likelihood (two rows with stats).
 */
export function ggFitFn(frequency: any[][], monetary: any[][], stats?: any[][]): any[][] {
  return aggregate(() => {
    const withStats = statsArg(param(GG_FIT_PARAMS, 'stats').name, stats);
    const columns = columnsOf(GG_FIT_PARAMS.slice(0, 2), [frequency, monetary]);
    const [x, mon] = columns;
    return fitRows(GAMMA_GAMMA, fitGammaGamma(x, mon, { rows: columns.rows }), withStats) as (number | string)[][];
  });
}

// A customer without repeat purchases has no mean spend: a blank monetary is then fine.
const GG_SPEND_PARAMS = declare(ggSpendFn, [range('params'), num('frequency'), blankable(num('monetary'))] as const);

/**
 * Expected average transaction value of each customer under Gamma-Gamma (预期客单价).
 * @customfunction GG.SPEND
 * @param params Gamma-Gamma parameters p, q, gamma (the row CRM.GG.FIT returns).
 * @param frequency Repeat purchases of the customer.
 * @param monetary Mean amount of the customer's repeat purchases (ignored when frequency is 0).
 * @returns Expected spend per transaction.
 */
export function ggSpendFn(params: any[][], frequency: any[][], monetary: any[][]): any[][] {
  const p = ggParams(param(GG_SPEND_PARAMS, 'params'), params);
  return spill(GG_SPEND_PARAMS, [frequency, monetary], (v) => customerSpend(p, v[0] as number, v[1] as number | null));
}

const CLV_BGNBD_PARAMS = declare(clvBgNbdFn, [
  range('bgnbd_params'),
  range('gg_params'),
  num('frequency'),
  num('recency'),
  num('T'),
  num('monetary'),
  num('horizon'),
  num('discount_per_period'),
  optNum('margin', 1),
] as const);

/**
 * Customer lifetime value from BG/NBD purchases and Gamma-Gamma spend, discounted per period of the fit's time unit (模型法客户生命周期价值); see CRM.RATE.PERPERIOD.
 * @customfunction CLV.BGNBD
 * @param bgnbd_params BG/NBD parameters (the row CRM.BGNBD.FIT returns).
 * @param gg_params Gamma-Gamma parameters (the row CRM.GG.FIT returns).
 * @param frequency Repeat purchases of the customer.
 * @param recency Time from first to last purchase.
 * @param T Time from first purchase to the end of the period.
 * @param monetary Mean amount of the customer's repeat purchases.
 * @param horizon Number of future periods to value, in the time unit of recency and T (52 for a year of weeks).
 * @param discount_per_period Discount rate per period of that unit, as a fraction, not per year: CRM.RATE.PERPERIOD(0.1, 7) turns 10 % a year into about 0.18 % a week.
 * @param [margin] Share of spend kept as profit (default 1).
 * @returns The discounted value of the customer's expected future purchases.
 */
export function clvBgNbdFn(
  bgnbd_params: any[][],
  gg_params: any[][],
  frequency: any[][],
  recency: any[][],
  T: any[][],
  monetary: any[][],
  horizon: any[][],
  discount_per_period: any[][],
  margin?: any[][],
): any[][] {
  const bg = bgParams(param(CLV_BGNBD_PARAMS, 'bgnbd_params'), bgnbd_params);
  const gg = ggParams(param(CLV_BGNBD_PARAMS, 'gg_params'), gg_params);
  const clv = clvBgNbdColumn(bg, gg);
  return spill(CLV_BGNBD_PARAMS, [frequency, recency, T, monetary, horizon, discount_per_period, margin], (v) => {
    const [x, tx, TT, mon, h, d, mg] = v as number[];
    return clv(x, tx, TT, mon, h, d, mg);
  });
}

const SBG_FIT_PARAMS = declare(sbgFitFn, [range('alive'), range('stats', true)] as const);

/**
 * Fits the shifted-beta-geometric churn model to a cohort: alpha, beta, log-likelihood (sBG拟合, Fader-Hardie 2007).
 * @customfunction SBG.FIT
 * @param alive Customers still active at the start of periods 0, 1, 2… (counts or percentages; the first is the cohort).
 * @param [stats] TRUE adds a second row: standard errors, AIC, BIC, count of weakly determined parameters (default FALSE).
 * @returns One row: alpha, beta, log-likelihood (two rows with stats).
 */
export function sbgFitFn(alive: any[][], stats?: any[][]): any[][] {
  return aggregate(() => {
    const withStats = statsArg(param(SBG_FIT_PARAMS, 'stats').name, stats);
    // Blanks skipped, the first error value reported with its code and row, as every aggregate.
    const name = param(SBG_FIT_PARAMS, 'alive').name;
    return fitRows(SBG, fitSbg(numbersOf(name, required(name, alive))), withStats) as (number | string)[][];
  });
}

const SBG_SURVIVAL_PARAMS = declare(sbgSurvivalFn, [range('params'), num('t')] as const);

/**
 * Share of a cohort still active after t periods under sBG (sBG存活率).
 * @customfunction SBG.SURVIVAL
 * @param params sBG parameters alpha, beta (the row CRM.SBG.FIT returns).
 * @param t Periods since the start (0, 1, 2…).
 * @returns S(t), between 0 and 1.
 */
export function sbgSurvivalFn(params: any[][], t: any[][]): any[][] {
  const p = sbgParams(param(SBG_SURVIVAL_PARAMS, 'params'), params);
  return spill(SBG_SURVIVAL_PARAMS, [t], (v) => sbgSurvival(p, v[0] as number));
}

const SBG_RETENTION_PARAMS = declare(sbgRetentionFn, [range('params'), num('t')] as const);

/**
 * Retention rate in period t under sBG: (beta + t − 1) / (alpha + beta + t − 1) (sBG留存率).
 * @customfunction SBG.RETENTION
 * @param params sBG parameters alpha, beta (the row CRM.SBG.FIT returns).
 * @param t Period (1, 2, 3…).
 * @returns The share of those active in period t − 1 who renew in period t.
 */
export function sbgRetentionFn(params: any[][], t: any[][]): any[][] {
  const p = sbgParams(param(SBG_RETENTION_PARAMS, 'params'), params);
  return spill(SBG_RETENTION_PARAMS, [t], (v) => sbgRetention(p, v[0] as number));
}

const SBG_DEL_PARAMS = declare(sbgDelFn, [range('params'), num('discount')] as const);

/**
 * Discounted expected lifetime of a new customer under sBG, in periods; value = margin × DEL (折现预期生命周期).
 * @customfunction SBG.DEL
 * @param params sBG parameters alpha, beta (the row CRM.SBG.FIT returns).
 * @param discount Discount rate per period, as a fraction.
 * @returns Σ S(t) / (1 + discount)^t over t ≥ 0.
 */
export function sbgDelFn(params: any[][], discount: any[][]): any[][] {
  const p = sbgParams(param(SBG_DEL_PARAMS, 'params'), params);
  return spill(SBG_DEL_PARAMS, [discount], (v) => sbgDel(p, v[0] as number));
}

const SBG_DERL_PARAMS = declare(sbgDerlFn, [range('params'), num('discount'), num('renewals')] as const);

/**
 * Discounted expected residual lifetime of a customer who has made a number of renewals, under sBG (折现剩余生命周期).
 * @customfunction SBG.DERL
 * @param params sBG parameters alpha, beta (the row CRM.SBG.FIT returns).
 * @param discount Discount rate per period, as a fraction.
 * @param renewals Renewals the customer has made so far (0, 1, 2…).
 * @returns Expected discounted number of future payments, the next one a period away.
 */
export function sbgDerlFn(params: any[][], discount: any[][], renewals: any[][]): any[][] {
  const p = sbgParams(param(SBG_DERL_PARAMS, 'params'), params);
  return spill(SBG_DERL_PARAMS, [discount, renewals], (v) => sbgDerl(p, v[0] as number, v[1] as number));
}
