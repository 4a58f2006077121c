/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures: any[][] is how a range of any cell values is declared */
/* Custom functions: the CRM metrics catalogue. Each body coerces Excel's arguments, calls the
 * core and maps errors; the JSDoc below is the en-US text Excel shows (functions.json). */
import { numbersOf } from '../../core/args';
import type { Lang } from '../../core/errors';
import { clv } from '../../core/metrics/clv';
import { csat } from '../../core/metrics/csat';
import { Direction, kpiStatus } from '../../core/metrics/kpi-status';
import { nps } from '../../core/metrics/nps';
import { RATIOS, ratio, RatioId } from '../../core/metrics/ratio';
import { rating, RatingScale } from '../../core/metrics/rating';
import { responseTime, TimeUnit } from '../../core/metrics/response-time';
import { retention } from '../../core/metrics/retention';
import { aggregate, spill } from '../excel-adapter';
import { hostLanguage } from '../host-language';
import { choice, declare, num, optNum, param, range, singleValue } from '../parameters';

// Excel passes every argument as a range (any[][]); an omitted optional one as null. Each
// function's parameters are the table above its JSDoc (see ../parameters.ts).

/** The parameters of a ratio are named by its definition in the core, which its messages use too. */
const ratioParams = (id: RatioId) => [num(RATIOS[id].numerator), num(RATIOS[id].denominator)] as const;

function ratioFn(id: RatioId, table: ReturnType<typeof ratioParams>, a: any[][], b: any[][]): any[][] {
  return spill(table, [a, b], (v) => ratio(RATIOS[id], v[0] as number, v[1] as number));
}

const LANG_CHOICES: Record<string, Lang> = { 'en-US': 'en-US', en: 'en-US', 'zh-CN': 'zh-CN', zh: 'zh-CN' };
const languageParam = choice('language', LANG_CHOICES, ['en-US', 'zh-CN'], null);
const languageOf = (c: string | null): Lang => (c === null ? hostLanguage() : (c as Lang));

const CLV_PARAMS = declare(clvFn, [num('margin'), num('retention'), num('discount'), optNum('periods', 0), optNum('timing', 0)] as const);

/**
 * Customer lifetime value from margin, retention and discount rate per period (客户生命周期价值).
 * @customfunction CLV
 * @param margin Margin a customer brings per period.
 * @param retention Retention rate per period, as a fraction (0.8 = 80%).
 * @param discount Discount rate per period, as a fraction (0.1 = 10%).
 * @param [periods] Number of periods; 0 or omitted for an infinite horizon.
 * @param [timing] 0 (default): margins at the end of each period; 1: the first margin is earned now.
 * @returns The lifetime value.
 */
export function clvFn(margin: any[][], retention: any[][], discount: any[][], periods?: any[][], timing?: any[][]): any[][] {
  return spill(CLV_PARAMS, [margin, retention, discount, periods, timing], (v) =>
    clv(v[0] as number, v[1] as number, v[2] as number, v[3] as number, v[4] as number),
  );
}

const CHURN_PARAMS = declare(churn, ratioParams('CHURN'));

/**
 * Churn rate: customers lost in a period over customers at its start (客户流失率).
 * @customfunction CHURN
 * @param lost Customers lost in the period.
 * @param base Customers at the start of the period.
 * @returns The churn rate as a fraction.
 */
export function churn(lost: any[][], base: any[][]): any[][] {
  return ratioFn('CHURN', CHURN_PARAMS, lost, base);
}

const RETENTION_PARAMS = declare(retentionFn, [num('start'), num('end'), optNum('new_customers', 0)] as const);

/**
 * Customer retention rate: (customers at end − new customers) / customers at start (客户保留率).
 * @customfunction RETENTION
 * @param start Customers at the start of the period.
 * @param end Customers at the end of the period.
 * @param [new_customers] New customers won during the period (default 0).
 * @returns The retention rate as a fraction.
 */
export function retentionFn(start: any[][], end: any[][], new_customers?: any[][]): any[][] {
  return spill(RETENTION_PARAMS, [start, end, new_customers], (v) => retention(v[0] as number, v[1] as number, v[2] as number));
}

const GROWTH_PARAMS = declare(growth, ratioParams('GROWTH'));

/**
 * Sales growth rate: (current − previous) / previous (销售额增长率).
 * @customfunction GROWTH
 * @param current Sales of the current period.
 * @param previous Sales of the previous period.
 * @returns The growth rate as a fraction.
 */
export function growth(current: any[][], previous: any[][]): any[][] {
  return ratioFn('GROWTH', GROWTH_PARAMS, current, previous);
}

const ATTAINMENT_PARAMS = declare(attainment, ratioParams('ATTAINMENT'));

/**
 * Sales plan attainment: actual / target (销售计划达成率).
 * @customfunction ATTAINMENT
 * @param actual Actual sales.
 * @param target Planned sales.
 * @returns Attainment as a fraction (1 = 100%).
 */
export function attainment(actual: any[][], target: any[][]): any[][] {
  return ratioFn('ATTAINMENT', ATTAINMENT_PARAMS, actual, target);
}

const CONVERSION_PARAMS = declare(conversion, ratioParams('CONVERSION'));

/**
 * Conversion or close rate: converted leads / leads (转化率, 成交率).
 * @customfunction CONVERSION
 * @param converted Leads that became deals or customers.
 * @param leads All leads.
 * @returns The conversion rate as a fraction.
 */
export function conversion(converted: any[][], leads: any[][]): any[][] {
  return ratioFn('CONVERSION', CONVERSION_PARAMS, converted, leads);
}

const AUS_PARAMS = declare(aus, ratioParams('AUS'));

/**
 * Average unit sale: sales amount / number of deals (客单价).
 * @customfunction AUS
 * @param sales Sales amount.
 * @param deals Number of deals.
 * @returns Sales per deal.
 */
export function aus(sales: any[][], deals: any[][]): any[][] {
  return ratioFn('AUS', AUS_PARAMS, sales, deals);
}

const IPT_PARAMS = declare(ipt, ratioParams('IPT'));

/**
 * Items per transaction: items sold / number of deals (客单件).
 * @customfunction IPT
 * @param items Items sold.
 * @param deals Number of deals.
 * @returns Items per deal.
 */
export function ipt(items: any[][], deals: any[][]): any[][] {
  return ratioFn('IPT', IPT_PARAMS, items, deals);
}

const FREQUENCY_PARAMS = declare(frequency, ratioParams('FREQUENCY'));

/**
 * Purchase frequency: deals / customers (购买频次).
 * @customfunction FREQUENCY
 * @param deals Number of deals.
 * @param customers Number of customers.
 * @returns Deals per customer.
 */
export function frequency(deals: any[][], customers: any[][]): any[][] {
  return ratioFn('FREQUENCY', FREQUENCY_PARAMS, deals, customers);
}

const CAC_PARAMS = declare(cac, ratioParams('CAC'));

/**
 * Customer acquisition cost: acquisition spend / new customers (客户获取成本).
 * @customfunction CAC
 * @param cost Sales and marketing spend on acquisition.
 * @param new_customers New customers won.
 * @returns Cost per new customer.
 */
export function cac(cost: any[][], new_customers: any[][]): any[][] {
  return ratioFn('CAC', CAC_PARAMS, cost, new_customers);
}

const NPS_PARAMS = declare(npsFn, [range('scores')] as const);

/**
 * Net promoter score from 0–10 answers: % promoters (9–10) − % detractors (0–6) (净推荐值).
 * @customfunction NPS
 * @param scores Answers from 0 to 10; empty cells are skipped.
 * @returns The score, from −100 to 100.
 */
export function npsFn(scores: any[][]): any[][] {
  return aggregate(() => nps(numbersOf(param(NPS_PARAMS, 'scores').name, scores ?? [[null]])));
}

const CSAT_PARAMS = declare(csatFn, [range('scores'), optNum('scale', 5)] as const);

/**
 * Customer satisfaction rate: share of answers in the top two points of the scale (客户满意度).
 * @customfunction CSAT
 * @param scores Answers; empty cells are skipped.
 * @param [scale] Highest point of the scale (default 5).
 * @returns The satisfied share as a fraction.
 */
export function csatFn(scores: any[][], scale?: any[][]): any[][] {
  return aggregate(() => csat(numbersOf(param(CSAT_PARAMS, 'scores').name, scores ?? [[null]]), singleValue(param(CSAT_PARAMS, 'scale'), scale) as number));
}

const COMPLAINTRATE_PARAMS = declare(complaintRate, ratioParams('COMPLAINTRATE'));

/**
 * Complaint rate: complaining customers / all customers (客户投诉率).
 * @customfunction COMPLAINTRATE
 * @param complaining Customers who complained.
 * @param customers All customers.
 * @returns The complaint rate as a fraction.
 */
export function complaintRate(complaining: any[][], customers: any[][]): any[][] {
  return ratioFn('COMPLAINTRATE', COMPLAINTRATE_PARAMS, complaining, customers);
}

const RESOLUTIONRATE_PARAMS = declare(resolutionRate, ratioParams('RESOLUTIONRATE'));

/**
 * Problem resolution rate: resolved / submitted (问题解决率).
 * @customfunction RESOLUTIONRATE
 * @param resolved Problems resolved.
 * @param submitted Problems submitted.
 * @returns The resolution rate as a fraction.
 */
export function resolutionRate(resolved: any[][], submitted: any[][]): any[][] {
  return ratioFn('RESOLUTIONRATE', RESOLUTIONRATE_PARAMS, resolved, submitted);
}

const REPEATRATE_PARAMS = declare(repeatRate, ratioParams('REPEATRATE'));

/**
 * Repeat-problem rate: repeated problems / submitted problems (问题重复率).
 * @customfunction REPEATRATE
 * @param repeated Problems reported again.
 * @param submitted Problems submitted.
 * @returns The repeat rate as a fraction.
 */
export function repeatRate(repeated: any[][], submitted: any[][]): any[][] {
  return ratioFn('REPEATRATE', REPEATRATE_PARAMS, repeated, submitted);
}

const UNITS: Record<string, TimeUnit> = { h: 'h', d: 'd', m: 'm' };
const RESPONSETIME_PARAMS = declare(responseTimeFn, [range('submitted'), range('responded'), choice('unit', UNITS, ['h', 'd', 'm'], 'h')] as const);

/**
 * Mean time from submission to response or resolution (响应时间, 解决时间). Rows without a response are open tickets and are skipped.
 * @customfunction RESPONSETIME
 * @param submitted Submission date-times.
 * @param responded Response (or resolution) date-times, same shape as submitted.
 * @param [unit] "h" hours (default), "d" days or "m" minutes.
 * @returns The mean time in the unit chosen.
 */
export function responseTimeFn(submitted: any[][], responded: any[][], unit?: any[][]): any[][] {
  return aggregate(() => responseTime(submitted ?? [[null]], responded ?? [[null]], singleValue(param(RESPONSETIME_PARAMS, 'unit'), unit) as TimeUnit));
}

const ROI_PARAMS = declare(roi, ratioParams('ROI'));

/**
 * Return on investment: (gain − cost) / cost (投资回报率).
 * @customfunction ROI
 * @param gain What the investment brought in.
 * @param cost What the investment cost.
 * @returns ROI as a fraction.
 */
export function roi(gain: any[][], cost: any[][]): any[][] {
  return ratioFn('ROI', ROI_PARAMS, gain, cost);
}

const LTVCAC_PARAMS = declare(ltvCac, ratioParams('LTVCAC'));

/**
 * Ratio of customer lifetime value to acquisition cost (LTV:CAC).
 * @customfunction LTVCAC
 * @param clv Customer lifetime value.
 * @param cac Customer acquisition cost.
 * @returns CLV per unit of CAC.
 */
export function ltvCac(clv: any[][], cac: any[][]): any[][] {
  return ratioFn('LTVCAC', LTVCAC_PARAMS, clv, cac);
}

const SCALES: Record<string, RatingScale> = { service: 'service', csat: 'csat', 服务质量: 'service', 满意度: 'csat' };
const RATING_PARAMS = declare(ratingFn, [num('value'), choice('scale', SCALES, ['service', 'csat']), languageParam] as const);

/**
 * Rating band of a service-quality score (1–10) or a CSAT score (0–100), e.g. "excellent" / 优秀.
 * @customfunction RATING
 * @param value Score to classify.
 * @param scale "service" (1–10) or "csat" (0–100).
 * @param [language] "en-US" or "zh-CN"; Excel's display language when omitted.
 * @returns The band's label.
 */
export function ratingFn(value: any[][], scale: any[][], language?: any[][]): any[][] {
  return spill(RATING_PARAMS, [value, scale, language], (v) => rating(v[0] as number, v[1] as RatingScale, languageOf(v[2] as string | null)));
}

const DIRECTIONS: Record<string, Direction> = {
  higher: 'higher',
  lower: 'lower',
  '>=': 'higher',
  '<=': 'lower',
  高: 'higher',
  低: 'lower',
  '1': 'higher',
  '-1': 'lower',
};

const KPISTATUS_PARAMS = declare(kpiStatusFn, [
  num('actual'),
  num('target'),
  choice('direction', DIRECTIONS, ['higher', 'lower'], 'higher'),
  optNum('tolerance', 0.05),
  languageParam,
] as const);

/**
 * Status of a KPI against its target: "On track", "At risk" or "Off track" (达标 / 预警 / 未达标).
 * @customfunction KPISTATUS
 * @param actual Actual value of the KPI.
 * @param target Target value.
 * @param [direction] "higher" (default; the target is a floor, e.g. renewal ≥ 85%) or "lower" (a ceiling, e.g. churn ≤ 5%).
 * @param [tolerance] A miss within tolerance × target is "At risk" (default 0.05).
 * @param [language] "en-US" or "zh-CN"; Excel's display language when omitted.
 * @returns The status label.
 */
export function kpiStatusFn(actual: any[][], target: any[][], direction?: any[][], tolerance?: any[][], language?: any[][]): any[][] {
  return spill(KPISTATUS_PARAMS, [actual, target, direction, tolerance, language], (v) =>
    kpiStatus(v[0] as number, v[1] as number, v[2] as Direction, v[3] as number, languageOf(v[4] as string | null)),
  );
}
