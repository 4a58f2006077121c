import type { Tracker } from '../model';

/**
 * T5 as a tracker (docs/seeds.md T5; docs/seeds/001): the source's four KPIs with their
 * targets, review periods and actions, tracked over the months of 2026. The sample year runs
 * to November, as seen in early December: quarterly KPIs to Q3, CLV to H1. The SMB team's
 * CSAT slips month after month from 93 % to 84 %, below its warning edge; the key accounts
 * team holds its targets but tracks four KPIs, one more than the source advises.
 */
const OPS = { en: 'CRM operations', zh: 'CRM运营' };
const SUCCESS = { en: 'Customer success', zh: '客户成功' };
const _ = null;

export const t5KpiTracker: Tracker = {
  format: 1,
  kind: 'tracker',
  id: 't5-kpi-tracker',
  title: { en: 'CRM KPI targets and monitoring', zh: 'CRM关键绩效指标目标与监控' },
  notes: {
    en:
      'Targets, review periods and actions from the source: renewal rate ≥ 85 % quarterly, CSAT ≥ 90 % monthly, customer lifetime value +10 % on the same half-year ' +
      'of the year before, churn rate ≤ 5 % quarterly. Keep to two or three core KPIs per team, do not forget experience measures such as CSAT, and revisit ' +
      'the targets as the market moves (the yellow target cells can be changed). Reconstructed: the warning edges (renewal 80 %, CSAT 85 %, CLV +5 %, ' +
      'churn 7 %), the owners and the sample figures are the template’s own.',
    zh:
      '目标、监测周期与优化措施出自原文：客户续约率 ≥ 85%（每季度），客户满意度 ≥ 90%（每月），客户生命周期价值较上年同期提升 10%（每半年），' +
      '客户流失率 ≤ 5%（每季度）。每个团队聚焦 2–3 个核心指标，不要忽视客户满意度等体验类指标，并随市场变化调整目标（黄色目标单元格可修改）。' +
      '重建部分：预警线（续约率 80%、满意度 85%、CLV +5%、流失率 7%）、负责人及示例数据为本模板自定。',
  },
  year: 2026,
  periods: 'month',
  kpis: [
    {
      id: 'renewal',
      name: { en: 'Renewal rate', zh: '客户续约率' },
      unit: 'percent',
      direction: 'at-least',
      target: 0.85,
      warning: 0.8,
      review: 'quarterly',
      owner: SUCCESS,
      action: {
        en: 'Streamline the customer success team’s service process; warn early about customers likely to leave.',
        zh: '优化客户成功团队服务流程，提前预警可能流失客户。',
      },
    },
    {
      id: 'csat',
      name: { en: 'Customer satisfaction (CSAT)', zh: '客户满意度（CSAT）' },
      unit: 'percent',
      direction: 'at-least',
      target: 0.9,
      warning: 0.85,
      review: 'monthly',
      owner: { en: 'Customer service', zh: '客户服务部' },
      action: { en: 'Increase follow-up visits; improve how service responds.', zh: '增加客户回访频次，优化服务响应机制。' },
    },
    {
      id: 'clv',
      name: { en: 'Customer lifetime value (CLV)', zh: '客户生命周期价值（CLV）' },
      unit: 'currency',
      direction: 'growth',
      target: 0.1,
      warning: 0.05,
      review: 'half-yearly',
      owner: { en: 'Sales', zh: '销售部' },
      action: { en: 'Raise customer value through cross-selling and add-on services.', zh: '通过交叉销售和增值服务提升客户价值。' },
    },
    {
      id: 'churn',
      name: { en: 'Churn rate', zh: '客户流失率' },
      unit: 'percent',
      direction: 'at-most',
      target: 0.05,
      warning: 0.07,
      review: 'quarterly',
      owner: OPS,
      action: { en: 'Build a customer health score; intervene early with high-risk customers.', zh: '建立客户健康评分模型，主动干预高风险客户。' },
    },
  ],
  teams: [
    {
      id: 'key-accounts',
      name: { en: 'Key accounts team', zh: '大客户团队' },
      kpis: ['renewal', 'csat', 'clv', 'churn'],
      actuals: {
        renewal: [_, _, 0.87, _, _, 0.88, _, _, 0.86, _, _, _],
        csat: [0.91, 0.92, 0.9, 0.93, 0.91, 0.92, 0.9, 0.91, 0.93, 0.92, 0.91, _],
        clv: [_, _, _, _, _, 12400, _, _, _, _, _, _],
        churn: [_, _, 0.04, _, _, 0.045, _, _, 0.05, _, _, _],
      },
      lastYear: { clv: [_, _, _, _, _, 11000, _, _, _, _, _, 11600] },
    },
    {
      id: 'smb',
      name: { en: 'SMB team', zh: '中小客户团队' },
      kpis: ['renewal', 'csat', 'churn'],
      actuals: {
        renewal: [_, _, 0.84, _, _, 0.86, _, _, 0.85, _, _, _],
        csat: [0.93, 0.92, 0.92, 0.91, 0.91, 0.9, 0.89, 0.88, 0.88, 0.86, 0.84, _],
        churn: [_, _, 0.05, _, _, 0.06, _, _, 0.065, _, _, _],
      },
    },
  ],
};
