import { plainArg, singleOptional } from '../core/args';
import { naError, valueError } from '../core/errors';
import { fitStats } from '../core/models/fit-stats';
import type { FitResult } from '../core/models/fit';
import type { NumberFields, ParameterOrder } from '../core/models/parameter-order';
import { type ExcelCell, toExcelError } from './excel-adapter';

/*
 * The result of every model fit, like LINEST: one row of parameters then the log-likelihood;
 * with stats, a second row of standard errors under the parameters, then AIC, BIC and the
 * number of weakly determined parameters (README, "Fit statistics"). The first row is padded
 * with empty text so that the block is rectangular and the row can still be passed as params.
 */

/** The optional stats argument: TRUE/FALSE or 1/0, omitted or blank meaning FALSE (as LINEST's). */
export function statsArg(name: string, g: unknown[][] | null | undefined): boolean {
  const c = singleOptional(name, g as never);
  if (c === null) return false;
  const v: unknown = plainArg(name, c);
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1;
  throw valueError({
    en: `${name} must be TRUE or FALSE (or 1 or 0); got ${JSON.stringify(v)}.`,
    zh: `${name} 必须为 TRUE 或 FALSE（或 1、0）；当前为 ${JSON.stringify(v)}。`,
  });
}

const noStandardError = () =>
  // #N/A, like LINEST's padding, and the one code besides #VALUE! whose message Excel shows.
  toExcelError(
    naError({
      en: 'No standard error: the log-likelihood is not curved at the optimum in every direction (the parameters are not identified).',
      zh: '无标准误：对数似然在最优点并非各方向都呈凹形（参数无法识别）。',
    }),
  );

export function fitRows<P extends NumberFields<P>>(order: ParameterOrder<P>, fit: FitResult<P>, withStats: boolean): ExcelCell[][] {
  const first: ExcelCell[] = order.toRow(fit);
  if (!withStats) return [first];
  const st = fitStats(order, fit);
  const second: ExcelCell[] = [...st.se.map((v) => (Number.isFinite(v) ? v : noStandardError())), st.aic, st.bic, st.weak];
  return [[...first, '', ''], second];
}
