import type { Tracker } from '../model';

/**
 * T4's service KPIs over the months of a year (docs/seeds.md T4): three core measures per
 * service team, as the source of T5 advises, each against a monthly target. The source of T4
 * gives formulas but no targets; the targets, warning edges and sample figures are the same
 * reconstruction as in the T4 scorecard (response time within 2 h, resolution rate ≥ 90 %,
 * CSAT ≥ 90 on 0–100).
 */
const _ = null;
const LEAD = { en: 'Service team lead', zh: '服务组组长' };

export const t4ServiceTracker: Tracker = {
  format: 1,
  kind: 'tracker',
  id: 't4-service-kpi-tracker',
  title: { en: 'Customer service KPIs by month', zh: '客户服务KPI月度跟踪' },
  notes: {
    en:
      'The service measures of the customer service quality assessment, tracked month by month: mean response time (hours), problem resolution rate, ' +
      'and CSAT on 0–100. Reconstructed: the source gives formulas but no targets, so the targets, warning edges, actions and sample figures are the template’s own.',
    zh:
      '客户服务质量评估中的服务指标按月跟踪：平均响应时间（小时）、问题解决率、客户满意度（0–100）。' +
      '重建部分：原文只给出计算公式而无目标，目标值、预警线、措施及示例数据为本模板自定。',
  },
  year: 2026,
  periods: 'month',
  kpis: [
    {
      id: 'response-time',
      name: { en: 'Response time (hours)', zh: '响应时间（小时）' },
      unit: 'hours',
      direction: 'at-most',
      target: 2,
      warning: 4,
      review: 'monthly',
      owner: LEAD,
      action: { en: 'Rebalance the duty roster at peak hours; route tickets automatically.', zh: '调整高峰时段排班，工单自动分派。' },
    },
    {
      id: 'resolution-rate',
      name: { en: 'Resolution rate', zh: '问题解决率' },
      unit: 'percent',
      direction: 'at-least',
      target: 0.9,
      warning: 0.8,
      review: 'monthly',
      owner: LEAD,
      action: { en: 'Review unresolved tickets weekly; extend the knowledge base.', zh: '每周复盘未解决工单，完善知识库。' },
    },
    {
      id: 'csat',
      name: { en: 'CSAT (0–100)', zh: '客户满意度（0–100）' },
      unit: 'score',
      direction: 'at-least',
      target: 90,
      warning: 80,
      review: 'monthly',
      owner: { en: 'Customer service manager', zh: '客户服务经理' },
      action: { en: 'Call back dissatisfied customers within two days.', zh: '两日内回访不满意客户。' },
    },
  ],
  teams: [
    {
      id: 'east',
      name: { en: 'East service team', zh: '华东服务组' },
      kpis: ['response-time', 'resolution-rate', 'csat'],
      actuals: {
        'response-time': [1.6, 1.8, 1.7, 1.5, 1.9, 2.1, 1.8, 1.7, 1.6, 1.8, 1.7, _],
        'resolution-rate': [0.93, 0.94, 0.92, 0.95, 0.93, 0.91, 0.94, 0.93, 0.95, 0.94, 0.93, _],
        csat: [91, 92, 90, 93, 92, 89, 91, 92, 93, 92, 94, _],
      },
    },
    {
      id: 'north',
      name: { en: 'North service team', zh: '华北服务组' },
      kpis: ['response-time', 'resolution-rate', 'csat'],
      actuals: {
        'response-time': [2.2, 2.0, 2.4, 2.6, 2.9, 3.1, 3.4, 3.2, 3.6, 3.8, 4.3, _],
        'resolution-rate': [0.9, 0.91, 0.89, 0.9, 0.88, 0.89, 0.87, 0.88, 0.86, 0.87, 0.85, _],
        csat: [90, 91, 89, 90, 88, 87, 88, 86, 87, 85, 84, _],
      },
    },
  ],
};
