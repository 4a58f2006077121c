import type { Criterion, Scorecard } from '../model';

/**
 * T6 CRM capability assessment (docs/seeds.md T6; docs/seeds/000 客户关系管理能力评价指标体系, 002 for
 * the process / result / input-output grouping, 003 for acquisition cost, marketing effect,
 * operating efficiency and ROI). Every indicator is rated 1–5; weights are the template's own.
 */
const SCALE = { type: 'scale' as const, min: 1, max: 5 };
const crit = (id: string, weight: number, en: string, zh: string, den: string, dzh: string): Criterion => ({
  id,
  name: { en, zh },
  description: { en: den, zh: dzh },
  weight,
  scoring: SCALE,
});

export const t6CapabilityAssessment: Scorecard = {
  format: 1,
  id: 't6-crm-capability-assessment',
  title: { en: 'CRM capability assessment', zh: '客户关系管理能力评价' },
  notes: {
    en:
      'Self-assessment of customer relationship management capability by business unit, in four capability dimensions (customer insight, ' +
      'communication, satisfaction, loyalty) and the input-output of the CRM effort (acquisition cost, marketing effect, operating efficiency, ROI). ' +
      'Rate each indicator 1 (weak) to 5 (strong); a rating earns rating/5 of its weight. The sources list the indicators without weights: ' +
      "the equal weights here are the template's own.",
    zh:
      '按事业部自评客户关系管理能力，包括四个能力维度（客户洞察力、客户沟通能力、客户满意度、客户忠诚度）及CRM投入产出' +
      '（客户获取成本、营销效果、运营效率、投资回报率）。每项按 1（弱）至 5（强）评分，得该项权重的 评分/5。原文只列出指标而无权重：此处的等权重为本模板自定。',
  },
  kind: 'kpi',
  totalPoints: 100,
  sections: [
    {
      id: 'insight',
      name: { en: 'Customer insight', zh: '客户洞察力' },
      weight: 0.2,
      criteria: [
        crit(
          'analysis-depth',
          0.5,
          'Coverage and depth of customer analysis',
          '客户分析的覆盖范围和深度',
          'Segmentation and customer profiles across the customer base.',
          '客户细分、客户画像等分析的覆盖范围和深度。',
        ),
        crit(
          'insight-use',
          0.5,
          'Use of customer insight',
          '客户洞察的使用程度',
          'Insight applied to product development and marketing.',
          '客户洞察在产品开发、营销活动等方面的应用。',
        ),
      ],
    },
    {
      id: 'communication',
      name: { en: 'Customer communication', zh: '客户沟通能力' },
      weight: 0.2,
      criteria: [
        crit('channels', 0.5, 'Variety of channels', '沟通渠道的多样性', 'Phone, e-mail, social media and other channels.', '电话、邮件、社交媒体等沟通渠道。'),
        crit('effectiveness', 0.5, 'Communication effectiveness', '沟通效果', 'Customers reached, understood and answered.', '与客户沟通的及时性与有效性。'),
      ],
    },
    {
      id: 'satisfaction',
      name: { en: 'Customer satisfaction', zh: '客户满意度' },
      weight: 0.2,
      criteria: [
        crit(
          'quality',
          0.5,
          'Product and service quality',
          '产品和服务质量',
          'Functions and performance of products; quality of service.',
          '产品的功能、性能及服务的质量。',
        ),
        crit('problem-solving', 0.5, 'Problem solving', '问题解决能力', 'Response time and effectiveness of solutions.', '问题的响应时间、解决方案的有效性。'),
      ],
    },
    {
      id: 'loyalty',
      name: { en: 'Customer loyalty', zh: '客户忠诚度' },
      weight: 0.2,
      criteria: [
        crit(
          'repeat-purchase',
          0.5,
          'Purchase frequency and amount',
          '购买频率和金额',
          'How often and how much customers buy again.',
          '客户重复购买的频率和金额。',
        ),
        crit('referrals', 0.5, 'Referrals', '客户推荐', 'Customers recommending the company to others.', '客户向他人推荐企业的情况。'),
      ],
    },
    {
      id: 'input-output',
      name: { en: 'CRM input and output', zh: 'CRM投入产出' },
      weight: 0.2,
      criteria: [
        crit(
          'acquisition-cost',
          0.25,
          'Customer acquisition cost',
          '客户获取成本',
          'Lower cost per new customer rates higher.',
          '获取单个新客户的成本，越低评分越高。',
        ),
        crit('marketing-effect', 0.25, 'Marketing effect', '营销效果', 'Response and conversion of campaigns.', '营销活动的响应与转化效果。'),
        crit('efficiency', 0.25, 'Operating efficiency', '运营效率', 'Time and effort per customer served.', '服务每位客户所需的时间与投入。'),
        crit('roi', 0.25, 'ROI of the CRM project', 'CRM项目投资回报率', 'Return on the CRM investment.', 'CRM投资带来的回报。'),
      ],
    },
  ],
  candidates: [
    {
      id: 'retail',
      name: { en: 'Retail business unit', zh: '零售事业部' },
      kind: 'organisation',
      ratings: {
        'analysis-depth': 4,
        'insight-use': 3,
        channels: 4,
        effectiveness: 4,
        quality: 3,
        'problem-solving': 4,
        'repeat-purchase': 3,
        referrals: 2,
        'acquisition-cost': 3,
        'marketing-effect': 4,
        efficiency: 3,
        roi: 2,
      },
    },
    {
      id: 'wholesale',
      name: { en: 'Wholesale business unit', zh: '批发事业部' },
      kind: 'organisation',
      ratings: {
        'analysis-depth': 2,
        'insight-use': 2,
        channels: 3,
        effectiveness: 3,
        quality: 4,
        'problem-solving': 4,
        'repeat-purchase': 4,
        referrals: 5,
        'acquisition-cost': 4,
        'marketing-effect': 3,
        efficiency: 4,
        roi: 4,
      },
    },
  ],
};
