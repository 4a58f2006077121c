import type { Text } from '../errors';

/** Messages of KPI trackers: the path first, then what is wrong, then what was found. */
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

export const trackerMessages = {
  unknownKpi: (path: string, id: string): Text => ({
    en: `${path}: no KPI has the id ${show(id)}.`,
    zh: `${path}：没有编号为 ${show(id)} 的KPI。`,
  }),
  notTracked: (path: string, team: Text, id: string): Text => ({
    en: `${path}: ${team.en} does not track the KPI ${show(id)}; add it to the team's KPIs or remove these values.`,
    zh: `${path}：${team.zh}未跟踪KPI ${show(id)}；请将其加入该团队的KPI，或删除这些数值。`,
  }),
  warningSide: (path: string, direction: string, warning: number, target: number): Text => ({
    en: `${path}: with direction "${direction}" the warning edge must be ${direction === 'at-most' ? 'at or above' : 'at or below'} the target ${target}; got ${warning}.`,
    zh: `${path}：方向为“${direction}”时，预警线须${direction === 'at-most' ? '不低于' : '不高于'}目标值 ${target}；当前为 ${warning}。`,
  }),
  shareOutside: (path: string, got: number): Text => ({
    en: `${path}: a percentage is entered as a fraction from 0 to 1 (0.85 for 85%); got ${got}.`,
    zh: `${path}：百分比以 0 至 1 的小数表示（85% 输入 0.85）；当前为 ${got}。`,
  }),
  negative: (path: string, got: number): Text => ({
    en: `${path}: cannot be negative; got ${got}.`,
    zh: `${path}：不能为负数；当前为 ${got}。`,
  }),
  lastYearNotGrowth: (path: string, id: string): Text => ({
    en: `${path}: last year's values are only used by growth KPIs, and ${show(id)} is not one; remove them.`,
    zh: `${path}：上年同期数值仅用于同比增长类KPI，而 ${show(id)} 不是；请删除。`,
  }),
  lastYearNotPositive: (path: string, got: number): Text => ({
    en: `${path}: growth is measured against last year's value, which must be above 0; got ${got}.`,
    zh: `${path}：同比增长以上年同期数值为基数，该数值须大于 0；当前为 ${got}。`,
  }),
  notDue: (path: string, kpi: Text, month: number): Text => ({
    en: `${path}: ${kpi.en} is not reviewed in a period ending in month ${month}; enter its values at the end of its review periods.`,
    zh: `${path}：${kpi.zh}不在截至 ${month} 月的周期考核；请在其考核周期末填写数值。`,
  }),
  tooManyKpis: (path: string, count: number): Text => ({
    en: `${path}: a team tracks at most 12 KPIs on one sheet; got ${count}.`,
    zh: `${path}：一个团队在一张表中最多跟踪 12 个KPI；当前为 ${count} 个。`,
  }),
};

/** Messages of the CRM.KPI.* functions. */
export const kpiFunctionMessages = {
  notLine: (arg: string, shape: string): Text => ({
    en: `${arg} must be one row or one column of periods; got ${shape}.`,
    zh: `${arg} 须为一行或一列期间数据；当前为 ${shape}。`,
  }),
  noSamePeriod: (periods: number): Text => ({
    en: `No value ${periods} periods earlier: the first year has no same period a year before.`,
    zh: `没有 ${periods} 期之前的数值：第一年没有上年同期。`,
  }),
  blankPeriod: (): Text => ({
    en: 'This period or the same period a year before is empty.',
    zh: '本期或上年同期为空。',
  }),
  zeroBase: (): Text => ({
    en: 'The same period a year before is 0: growth on it has no value.',
    zh: '上年同期为 0：无法计算增长率。',
  }),
  negativeBase: (got: number): Text => ({
    en: `The same period a year before must be above 0 for a growth rate; got ${got}.`,
    zh: `计算增长率时上年同期须大于 0；当前为 ${got}。`,
  }),
  tooFewReadings: (arg: string, got: number): Text => ({
    en: `${arg} needs at least two values to show a trend; got ${got}.`,
    zh: `${arg} 至少需要两个数值才能计算趋势；当前为 ${got} 个。`,
  }),
  noReadings: (arg: string): Text => ({
    en: `${arg} holds no value yet.`,
    zh: `${arg} 中尚无数值。`,
  }),
  neverOnTrack: (count: number): Text => ({
    en: `Not on track in any of the ${count} values given.`,
    zh: `所给 ${count} 个数值中没有一期达标。`,
  }),
};
