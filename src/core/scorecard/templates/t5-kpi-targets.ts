import type { Band, Scorecard } from '../model';

/**
 * T5 CRM KPI targets and monitoring (docs/seeds.md T5; docs/seeds/001). Four KPIs with their targets,
 * periods and actions from the source; a KPI on target earns its full weight, one in the
 * warning band half, one beyond it nothing.
 */
const onTarget = (t: number): Band => ({ id: 'on-target', label: { en: 'On target', zh: '达标' }, threshold: t, points: 100 });
const warning = (t: number): Band => ({ id: 'warning', label: { en: 'Warning', zh: '预警' }, threshold: t, points: 50 });
const KPI_OWNER = { en: 'CRM operations', zh: 'CRM运营' };

export const t5KpiTargets: Scorecard = {
  format: 1,
  id: 't5-crm-kpi-targets',
  title: { en: 'CRM KPI targets and monitoring', zh: 'CRM关键绩效指标目标与监控' },
  notes: {
    en:
      'Targets from the source: renewal rate ≥ 85 % (quarterly), CSAT ≥ 90 % (monthly), customer lifetime value +10 % year on year (half-yearly), ' +
      'churn rate ≤ 5 % (quarterly). A KPI on target earns its full weight, in the warning band half, beyond it nothing; an alert is due when a KPI leaves its target. ' +
      'Keep to 2–3 core KPIs per team, do not ignore experience measures, and revisit the targets as the market moves. ' +
      "Reconstructed: the warning bands (renewal 80 %, CSAT 85 %, CLV +5 %, churn 7 %) and the weights are the template's own.",
    zh:
      '原文目标：客户续约率 ≥ 85%（每季度），客户满意度 ≥ 90%（每月），客户生命周期价值同比提升 10%（每半年），客户流失率 ≤ 5%（每季度）。' +
      '达标得该项全部权重，处于预警档得一半，超出预警档不得分；指标偏离目标时应发出预警。' +
      '每个团队聚焦 2–3 个核心KPI，不要忽视体验类指标，并随市场变化调整目标。' +
      '重建部分：预警档（续约率 80%、满意度 85%、CLV +5%、流失率 7%）及各项权重为本模板自定。',
  },
  kind: 'kpi',
  totalPoints: 100,
  sections: [
    {
      id: 'kpis',
      name: { en: 'Core KPIs', zh: '核心KPI' },
      weight: 1,
      criteria: [
        {
          id: 'renewal',
          name: { en: 'Renewal rate', zh: '客户续约率' },
          source: { en: 'Contract records', zh: '合同记录' },
          appraiser: KPI_OWNER,
          weight: 0.3,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-least',
            target: 0.85,
            unit: 'percent',
            period: 'quarterly',
            range: { min: 0, max: 1 },
            bands: [onTarget(0.85), warning(0.8)],
            action: { en: 'Warn early about customers likely to leave.', zh: '提前预警可能流失的客户。' },
          },
        },
        {
          id: 'csat',
          name: { en: 'Customer satisfaction (CSAT)', zh: '客户满意度' },
          source: { en: 'Satisfaction survey', zh: '满意度调查' },
          appraiser: KPI_OWNER,
          weight: 0.25,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-least',
            target: 0.9,
            unit: 'percent',
            period: 'monthly',
            range: { min: 0, max: 1 },
            bands: [onTarget(0.9), warning(0.85)],
            action: { en: 'Increase follow-up visits.', zh: '增加回访频次。' },
          },
        },
        {
          id: 'clv-growth',
          name: { en: 'Customer lifetime value, growth year on year', zh: '客户生命周期价值同比增长' },
          source: { en: 'Sales and margin records', zh: '销售及利润记录' },
          appraiser: KPI_OWNER,
          weight: 0.2,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-least',
            target: 0.1,
            unit: 'percent',
            period: 'half-yearly',
            bands: [onTarget(0.1), warning(0.05)],
            action: { en: 'Cross-sell and add-on services.', zh: '交叉销售、增值服务。' },
          },
        },
        {
          id: 'churn',
          name: { en: 'Churn rate', zh: '客户流失率' },
          source: { en: 'CRM customer records', zh: 'CRM客户档案' },
          appraiser: KPI_OWNER,
          weight: 0.25,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-most',
            target: 0.05,
            unit: 'percent',
            period: 'quarterly',
            range: { min: 0, max: 1 },
            bands: [onTarget(0.05), warning(0.07)],
            action: { en: 'Track a customer health score and intervene on high-risk customers.', zh: '建立客户健康度评分，对高风险客户及时干预。' },
          },
        },
      ],
    },
  ],
  candidates: [
    {
      id: 'key-accounts',
      name: { en: 'Key accounts team', zh: '大客户团队' },
      kind: 'team',
      ratings: { renewal: 0.88, csat: 0.87, 'clv-growth': 0.12, churn: 0.04 },
    },
    { id: 'smb', name: { en: 'SMB team', zh: '中小客户团队' }, kind: 'team', ratings: { renewal: 0.82, csat: 0.91, 'clv-growth': 0.06, churn: 0.08 } },
    { id: 'channel', name: { en: 'Channel team', zh: '渠道客户团队' }, kind: 'team', ratings: { renewal: 0.78, csat: 0.93, 'clv-growth': 0.15, churn: 0.065 } },
  ],
};
