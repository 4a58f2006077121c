/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures: any[][] is how a range of any cell values is declared */
/* Custom functions: KPIs over their periods, for trackers of one's own (docs/seeds.md T5: a
 * live view of KPI trends, an alert when a KPI crosses its threshold). Each body reads the
 * periods through the core (src/core/kpi/series.ts) and maps errors as every family does. */
import { CrmError } from '../../core/errors';
import type { Lang } from '../../core/errors';
import { periodsSince, seriesOf, trend, yearOnYear } from '../../core/kpi/series';
import { inLanguage, TREND_WORDS } from '../../core/vocabulary';
import { aggregate, guard, toExcelError, unwrapSingle } from '../excel-adapter';
import { hostLanguage } from '../host-language';
import { choice, declare, num, optNum, param, range, singleValue } from '../parameters';

const DIRECTIONS: Record<string, 'higher' | 'lower'> = {
  higher: 'higher',
  lower: 'lower',
  '>=': 'higher',
  '<=': 'lower',
  高: 'higher',
  低: 'lower',
  '1': 'higher',
  '-1': 'lower',
};
const directionParam = choice('direction', DIRECTIONS, ['higher', 'lower'], 'higher');
const LANG_CHOICES: Record<string, Lang> = { 'en-US': 'en-US', en: 'en-US', 'zh-CN': 'zh-CN', zh: 'zh-CN' };
const languageParam = choice('language', LANG_CHOICES, ['en-US', 'zh-CN'], null);

const YOY_PARAMS = declare(kpiYoyFn, [range('values'), optNum('periods_per_year', 12, { min: 1, integer: true })] as const);

/**
 * Growth of each period on the same period a year before: value / value a year earlier − 1 (同比增长率). For two values of the same period use CRM.GROWTH.
 * @customfunction KPI.YOY
 * @param values A KPI over consecutive periods, one row or one column, at least a year and a period long.
 * @param [periods_per_year] Periods in a year: 12 months (default), 4 quarters, 2 half-years.
 * @returns One growth per period, in the shape of values; #N/A in the first year and where a value is missing.
 */
export function kpiYoyFn(values: any[][], periods_per_year?: any[][]): any[][] {
  // One value alone is one #N/A, thrown so that Excel shows its message.
  return unwrapSingle(
    guard(() => {
      const series = seriesOf(param(YOY_PARAMS, 'values').name, values);
      const perYear = singleValue(param(YOY_PARAMS, 'periods_per_year'), periods_per_year) as number;
      const out = yearOnYear(series, perYear).map((v) => (v instanceof CrmError ? toExcelError(v) : v));
      return values.length === 1 ? [out] : out.map((v) => [v]);
    }),
  );
}

const TREND_PARAMS = declare(kpiTrendFn, [range('values'), num('target'), directionParam, languageParam] as const);

/**
 * Trend of a KPI over its periods: least-squares slope per period, and whether it is heading towards its target or away from it (趋势).
 * @customfunction KPI.TREND
 * @param values A KPI over consecutive periods, one row or one column; empty cells are periods without a value.
 * @param target The KPI's target.
 * @param [direction] "higher" (default; the target is a floor, e.g. CSAT ≥ 90%) or "lower" (a ceiling, e.g. churn ≤ 5%).
 * @param [language] "en-US" or "zh-CN"; Excel's display language when omitted.
 * @returns One row: the slope per period, then "Towards target", "Away from target", "Holding target" or "Flat".
 */
export function kpiTrendFn(values: any[][], target: any[][], direction?: any[][], language?: any[][]): any[][] {
  return aggregate(() => {
    const name = param(TREND_PARAMS, 'values').name;
    const series = seriesOf(name, values);
    const t = singleValue(param(TREND_PARAMS, 'target'), target) as number;
    const d = singleValue(directionParam, direction) as 'higher' | 'lower';
    const lang = (singleValue(languageParam, language) as Lang | null) ?? hostLanguage();
    const r = trend(series, t, d, name);
    return [[r.slope, inLanguage(TREND_WORDS[r.word], lang)]];
  });
}

const SINCE_PARAMS = declare(kpiSinceFn, [range('values'), num('target'), directionParam] as const);

/**
 * Periods since a KPI was last on target: the values after the last one that met it; 0 when the latest does (距上次达标期数).
 * @customfunction KPI.SINCE
 * @param values A KPI over consecutive periods, one row or one column; empty cells are periods without a value and are not counted.
 * @param target The KPI's target.
 * @param [direction] "higher" (default; the target is a floor) or "lower" (a ceiling).
 * @returns The number of values since the last one on target; #N/A when none was.
 */
export function kpiSinceFn(values: any[][], target: any[][], direction?: any[][]): any[][] {
  return aggregate(() => {
    const name = param(SINCE_PARAMS, 'values').name;
    const series = seriesOf(name, values);
    const t = singleValue(param(SINCE_PARAMS, 'target'), target) as number;
    const d = singleValue(directionParam, direction) as 'higher' | 'lower';
    return periodsSince(series, t, d, name);
  });
}
