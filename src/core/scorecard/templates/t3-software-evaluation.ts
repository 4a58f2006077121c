import type { Criterion, Scorecard } from '../model';

/**
 * T3 CRM software evaluation (docs/seeds.md T3; docs/seeds/000, "CRM客户关系管理软件的六个核心指标"
 * and the closing section on data quality and analysis). Products are rated 1–5 per indicator;
 * the weights are not in the source and were chosen for the template.
 */
const SCALE = { type: 'scale' as const, min: 1, max: 5 };
const crit = (id: string, weight: number, name: [string, string], description: [string, string]): Criterion => ({
  id,
  name: { en: name[0], zh: name[1] },
  description: { en: description[0], zh: description[1] },
  source: { en: 'Vendor demo, trial and reference calls', zh: '厂商演示、试用及客户回访' },
  appraiser: { en: 'Selection team', zh: '选型小组' },
  weight,
  scoring: SCALE,
});

export const t3SoftwareEvaluation: Scorecard = {
  format: 1,
  id: 't3-crm-software-evaluation',
  title: { en: 'CRM software evaluation', zh: 'CRM软件评估' },
  notes: {
    en:
      'Compare CRM products on the six core indicators (fit, stability, user experience, functional completeness, data security, integration) ' +
      'plus data quality and data-analysis capability. Rate each product 1 (poor) to 5 (excellent); a rating earns rating/5 of the weight. ' +
      'The source names the indicators but gives no weights: the weights here are a starting point, not part of the source.',
    zh:
      '按六个核心指标（是否合身、稳定性、用户体验、功能完备性、数据安全性、系统集成性）以及数据质量和数据分析能力比较各CRM产品。' +
      '每项按 1（差）至 5（优）评分，得该项权重的 评分/5。原文只列出指标，未给出权重：此处的权重仅为建议起点，并非原文内容。',
  },
  kind: 'selection',
  totalPoints: 100,
  sections: [
    {
      id: 'core',
      name: { en: 'Six core indicators', zh: '六个核心指标' },
      weight: 0.7,
      criteria: [
        crit(
          'fit',
          0.2,
          ['Fit to company size and industry', '是否合身'],
          ["Suits the company's size, industry and way of working; fit matters most.", '适合企业的规模、行业和业务方式，适合最重要。'],
        ),
        crit(
          'stability',
          0.2,
          ['Platform stability', '开发平台的稳定性'],
          ['Runs reliably; everything else is secondary to stability.', '系统运行稳定可靠，相对于稳定性，其它一切都是次要的。'],
        ),
        crit(
          'ux',
          0.15,
          ['User experience', '用户体验'],
          [
            'Friendly interface, simple operation, sensible functions; judged by trial and user feedback.',
            '界面友好、操作简便、功能合理，可通过试用和用户反馈评估。',
          ],
        ),
        crit(
          'functions',
          0.2,
          ['Functional completeness', '功能完备性'],
          [
            "Customer, sales, marketing and service modules that meet the company's needs.",
            '包括客户信息管理、销售管理、市场营销管理、客户服务管理等模块，并满足企业具体需求。',
          ],
        ),
        crit(
          'security',
          0.15,
          ['Data security', '数据安全性'],
          ['Protection of customer data: access control, backup, encryption.', '客户数据的安全保护：权限控制、备份、加密。'],
        ),
        crit(
          'integration',
          0.1,
          ['System integration', '系统集成性'],
          [
            'Integrates with ERP, e-mail, SMS and other systems for shared data and automated processes.',
            '能与ERP、电子邮件、手机短信等系统无缝集成，实现数据共享与流程自动化。',
          ],
        ),
      ],
    },
    {
      id: 'data',
      name: { en: 'Data', zh: '数据' },
      weight: 0.3,
      criteria: [
        crit(
          'data-quality',
          0.5,
          ['Data quality', '数据质量'],
          ['Accuracy, completeness, consistency and timeliness of customer data.', '数据的准确性、完整性、一致性和时效性。'],
        ),
        crit(
          'analytics',
          0.5,
          ['Data-analysis capability', '数据分析能力'],
          ['Data mining, visualisation, reports and prediction.', '数据挖掘、可视化、报表和预测能力。'],
        ),
      ],
    },
  ],
  candidates: [
    {
      id: 'product-x',
      name: { en: 'Product X', zh: '产品X' },
      kind: 'product',
      ratings: { fit: 5, stability: 4, ux: 4, functions: 3, security: 4, integration: 5, 'data-quality': 4, analytics: 3 },
    },
    {
      id: 'product-y',
      name: { en: 'Product Y', zh: '产品Y' },
      kind: 'product',
      ratings: { fit: 4, stability: 5, ux: 3, functions: 4, security: 5, integration: 3, 'data-quality': 5, analytics: 4 },
    },
    {
      id: 'product-z',
      name: { en: 'Product Z', zh: '产品Z' },
      kind: 'product',
      ratings: { fit: 3, stability: 3, ux: 5, functions: 5, security: 3, integration: 4, 'data-quality': 3, analytics: 5 },
    },
  ],
};
