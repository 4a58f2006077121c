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
