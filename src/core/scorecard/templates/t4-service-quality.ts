import type { Text } from '../../errors';
import type { Band, Scorecard } from '../model';

/**
 * T4 Customer service quality — 客户服务质量评估指标模板 (docs/seeds.md T4; docs/seeds/000, middle).
 * The source gives the formulas and the bands of the two rated measures (service quality 1–10,
 * CSAT 0–100); the targets and the bands of the other measures are the template's own.
 */
const band = (id: string, en: string, zh: string, threshold: number, points: number): Band => ({ id, label: { en, zh }, threshold, points });
const GOOD = (t: number) => band('excellent', 'Excellent', '优', t, 100);
const OK = (t: number) => band('good', 'Good', '良', t, 80);
const FAIR = (t: number, p = 60) => band('fair', 'Fair', '中', t, p);
const SERVICE_DESK: Text = { en: 'Service desk system', zh: '客服工单系统' };

export const t4ServiceQuality: Scorecard = {
  format: 1,
  id: 't4-customer-service-quality',
  title: { en: 'Customer service quality assessment', zh: '客户服务质量评估指标模板' },
  notes: {
    en:
      'Monthly assessment of service teams. Every measure earns a share of its weight by band: excellent 100 %, good 80 %, fair 60 % (50 % for ' +
      'the customer measures), below the last band nothing. Service quality is rated 1–10 and earns rating/10 of its weight ' +
      '(9–10 excellent, 7–8 good, 5–6 pass, 1–4 fail). CSAT bands as in the source: 90–100 very satisfied, 70–89 satisfied, 50–69 neutral, 0–49 dissatisfied. ' +
      'Reconstructed: the source gives formulas but no targets, so the targets and bands of response time, resolution time, resolution rate, ' +
      "repeat rate, complaint rate, churn rate and loyalty (measured as the repeat-purchase rate) and all weights are the template's own.",
    zh:
      '按月评估各服务团队。每项指标按档位得该项权重的一定比例：优 100%、良 80%、中 60%（客户类指标为 50%），低于最后一档不得分。' +
      '服务质量按 1–10 评分，得权重的 评分/10（9–10 优秀，7–8 良好，5–6 合格，1–4 不合格）。客户满意度档位依原文：90–100 非常满意，70–89 满意，50–69 一般，0–49 不满意。' +
      '重建部分：原文只给出计算公式而无目标值，因此响应时间、解决时间、问题解决率、问题重复率、客户投诉率、客户流失率及客户忠诚度（以复购率衡量）的目标与档位，以及全部权重，均为本模板自定。',
  },
  kind: 'kpi',
  totalPoints: 100,
  sections: [
    {
      id: 'efficiency',
      name: { en: 'Efficiency', zh: '服务效率' },
      weight: 0.3,
      criteria: [
        {
          id: 'response-time',
          name: { en: 'Response time', zh: '响应时间' },
          description: {
            en: 'Time of acknowledgement − time of submission (hours, average).',
            zh: '企业接收问题或需求的时间 − 客户提交问题或需求的时间（小时，平均值）。',
          },
          source: SERVICE_DESK,
          weight: 0.5,
          reconstructed: true,
          scoring: { type: 'target', maxPoints: 100, direction: 'at-most', target: 2, unit: 'hours', period: 'monthly', bands: [GOOD(1), OK(2), FAIR(4)] },
        },
        {
          id: 'resolution-time',
          name: { en: 'Resolution time', zh: '解决时间' },
          description: { en: 'Time resolved − time submitted (hours, average).', zh: '问题或需求解决的时间 − 客户提交问题或需求的时间（小时，平均值）。' },
          source: SERVICE_DESK,
          weight: 0.5,
          reconstructed: true,
          scoring: { type: 'target', maxPoints: 100, direction: 'at-most', target: 24, unit: 'hours', period: 'monthly', bands: [GOOD(12), OK(24), FAIR(48)] },
        },
      ],
    },
    {
      id: 'quality',
      name: { en: 'Quality', zh: '服务质量' },
      weight: 0.4,
      criteria: [
        {
          id: 'service-quality',
          name: { en: 'Service quality rating', zh: '服务质量' },
          description: { en: 'Attitude, problem-solving ability and technical level, rated 1–10.', zh: '服务态度、解决问题的能力、技术水平等，按 1–10 评分。' },
          source: { en: 'Quality review of sampled tickets', zh: '工单抽样质检' },
          weight: 0.4,
          scoring: {
            type: 'scale',
            min: 1,
            max: 10,
            bands: [
              band('excellent', 'Excellent', '优秀', 9, 10),
              band('good', 'Good', '良好', 7, 8),
              band('pass', 'Pass', '合格', 5, 6),
              band('fail', 'Fail', '不合格', 1, 4),
            ],
          },
        },
        {
          id: 'resolution-rate',
          name: { en: 'Resolution rate', zh: '问题解决率' },
          description: { en: 'Problems resolved / problems submitted × 100 %.', zh: '解决问题的次数 / 提交问题或需求的次数 × 100%。' },
          source: SERVICE_DESK,
          weight: 0.3,
          reconstructed: true,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-least',
            target: 0.9,
            unit: 'percent',
            period: 'monthly',
            bands: [GOOD(0.95), OK(0.9), FAIR(0.8)],
            range: { min: 0, max: 1 },
          },
        },
        {
          id: 'repeat-rate',
          name: { en: 'Repeat-problem rate', zh: '问题重复率' },
          description: { en: 'Repeated problems / problems submitted × 100 %.', zh: '重复问题发生的次数 / 提交问题或需求的次数 × 100%。' },
          source: SERVICE_DESK,
          weight: 0.3,
          reconstructed: true,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-most',
            target: 0.05,
            unit: 'percent',
            period: 'monthly',
            bands: [GOOD(0.02), OK(0.05), FAIR(0.1)],
            range: { min: 0, max: 1 },
          },
        },
      ],
    },
    {
      id: 'customer',
      name: { en: 'Customer outcomes', zh: '客户结果' },
      weight: 0.3,
      criteria: [
        {
          id: 'csat',
          name: { en: 'Customer satisfaction (CSAT)', zh: '客户满意度' },
          description: { en: 'Overall satisfaction, 0–100.', zh: '客户对企业服务的整体满意程度，0–100 分。' },
          source: { en: 'Satisfaction survey', zh: '满意度调查' },
          weight: 0.4,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-least',
            target: 90,
            unit: 'score',
            period: 'monthly',
            range: { min: 0, max: 100 },
            bands: [
              band('very-satisfied', 'Very satisfied', '非常满意', 90, 100),
              band('satisfied', 'Satisfied', '满意', 70, 80),
              band('neutral', 'Neutral', '一般', 50, 50),
              band('dissatisfied', 'Dissatisfied', '不满意', 0, 0),
            ],
          },
        },
        {
          id: 'complaint-rate',
          name: { en: 'Complaint rate', zh: '客户投诉率' },
          description: { en: 'Complaining customers / all customers × 100 %.', zh: '投诉客户数 / 客户总数 × 100%。' },
          source: SERVICE_DESK,
          weight: 0.2,
          reconstructed: true,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-most',
            target: 0.02,
            unit: 'percent',
            period: 'monthly',
            bands: [GOOD(0.01), OK(0.02), FAIR(0.05, 50)],
            range: { min: 0, max: 1 },
          },
        },
        {
          id: 'churn-rate',
          name: { en: 'Churn rate', zh: '客户流失率' },
          description: { en: 'Customers lost in the period / customers × 100 %.', zh: '期内流失客户数 / 客户总数 × 100%。' },
          source: { en: 'CRM customer records', zh: 'CRM客户档案' },
          weight: 0.2,
          reconstructed: true,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-most',
            target: 0.05,
            unit: 'percent',
            period: 'monthly',
            bands: [GOOD(0.03), OK(0.05), FAIR(0.1, 50)],
            range: { min: 0, max: 1 },
          },
        },
        {
          id: 'loyalty',
          name: { en: 'Loyalty (repeat-purchase rate)', zh: '客户忠诚度（复购率）' },
          description: { en: 'Share of customers who bought again; referrals count as supporting evidence.', zh: '再次购买的客户比例；推荐行为作为辅助依据。' },
          source: { en: 'Sales records', zh: '销售记录' },
          weight: 0.2,
          reconstructed: true,
          scoring: {
            type: 'target',
            maxPoints: 100,
            direction: 'at-least',
            target: 0.4,
            unit: 'percent',
            period: 'monthly',
            bands: [GOOD(0.5), OK(0.4), FAIR(0.3, 50)],
            range: { min: 0, max: 1 },
          },
        },
      ],
    },
  ],
  candidates: [
    {
      id: 'east',
      name: { en: 'East service team', zh: '华东服务组' },
      kind: 'team',
      ratings: {
        'response-time': 0.8,
        'resolution-time': 20,
        'service-quality': 9,
        'resolution-rate': 0.93,
        'repeat-rate': 0.03,
        csat: 92,
        'complaint-rate': 0.015,
        'churn-rate': 0.04,
        loyalty: 0.55,
      },
    },
    {
      id: 'north',
      name: { en: 'North service team', zh: '华北服务组' },
      kind: 'team',
      ratings: {
        'response-time': 3,
        'resolution-time': 30,
        'service-quality': 7,
        'resolution-rate': 0.85,
        'repeat-rate': 0.08,
        csat: 75,
        'complaint-rate': 0.03,
        'churn-rate': 0.06,
        loyalty: 0.42,
      },
    },
    {
      id: 'south',
      name: { en: 'South service team', zh: '华南服务组' },
      kind: 'team',
      ratings: {
        'response-time': 1.5,
        'resolution-time': 10,
        'service-quality': 8,
        'resolution-rate': 0.96,
        'repeat-rate': 0.12,
        csat: 45,
        'complaint-rate': 0.008,
        'churn-rate': 0.02,
        loyalty: 0.25,
      },
    },
  ],
};
