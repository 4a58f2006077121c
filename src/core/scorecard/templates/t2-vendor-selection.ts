import type { Criterion, Scorecard } from '../model';

/**
 * T2 CRM system selection (tender) scoring — CRM系统选型评分标准 (docs/seeds.md T2; docs/seeds/000,
 * lines 55-99). Rows are requirements with their full points and a rule: R1 met (满足条件即得
 * 满分,部分满足得3分,不满足不得分), R2 provided (能提供即得满分), R3 rank of the fee (费用低者得
 * 5分,中间者得4分,高者得3分). The price section is worth 40 of 100 points. Requirements lost
 * from the source are rebuilt so that each section's points add up; they are flagged.
 */
const R1 = (maxPoints: number) => ({ type: 'met' as const, maxPoints, partialPoints: 3 });
const R2 = (maxPoints: number) => ({ type: 'provided' as const, maxPoints });
const R3 = { type: 'rank' as const, maxPoints: 5, points: [5, 4, 3], order: 'asc' as const, unit: 'currency' as const };

const req = (id: string, weight: number, en: string, zh: string, scoring: Criterion['scoring'], reconstructed = false): Criterion => ({
  id,
  name: { en, zh },
  weight,
  scoring,
  ...(reconstructed ? { reconstructed: true } : {}),
});

export const t2VendorSelection: Scorecard = {
  format: 1,
  id: 't2-crm-vendor-selection',
  title: { en: 'CRM system selection (tender) scoring', zh: 'CRM系统选型评分标准' },
  notes: {
    en:
      'Bid evaluation: one column per bidder, 100 points in all. Rule R1: met earns full points, partly met 3, not met 0. ' +
      'Rule R2: provided earns full points, otherwise 0. Rule R3 (fees): the lowest fee among bidders earns 5, the middle 4, the highest 3. ' +
      "Each requirement's points are scaled to its share of the section's weight, so the scoring rule column states the points a row awards. " +
      'Reconstructed: product requirement 1, solution requirements 3–6, service requirements 1 and 4 and cost factor 2 are lost from the source and ' +
      'were rebuilt so that every section adds up; the rules of the rebuilt items were chosen to match their neighbours.',
    zh:
      '评标表：每个投标人一列，总分 100 分。规则 R1：满足条件即得满分，部分满足得3分，不满足不得分。规则 R2：能提供即得满分，否则不得分。' +
      '规则 R3（费用）：各投标人中费用低者得5分，中间者得4分，高者得3分。各要求的分值按其在所属部分权重中的占比折算，评分规则一栏写明该行实际得分。' +
      '重建部分：产品要求第1项、系统解决方案第3–6项、服务第1与第4项、成本组成因素第2项在原文中缺失，为使各部分分值合计正确' +
      '而重建，其评分规则参照相邻条目。',
  },
  kind: 'selection',
  totalPoints: 100,
  sections: [
    {
      id: 'product',
      name: { en: 'Product requirements', zh: '产品要求' },
      weight: 0.25,
      criteria: [
        req(
          'p1',
          0.2,
          'Core modules out of the box: customers, contacts, leads, opportunities, contracts, after-sales service',
          '标准功能覆盖客户、联系人、线索、商机、合同及售后服务管理',
          R1(5),
          true,
        ),
        req(
          'p2',
          0.2,
          'Multi-level management across formats, regions and product lines; workflows configurable without custom development',
          '支持多层级管理模式，实现多业态、多区域、多产品线管理，工作流/审批流可快速配置，无需二次开发',
          R1(5),
        ),
        req('p3', 0.2, 'International product: multiple languages, currencies and time zones', 'CRM软件是国际化产品，支持多语言、多币种、多时区', R1(5)),
        req('p4', 0.2, 'Mobile: iOS, Android, iPad and WeChat', '移动应用：支持IOS/安卓/IPAD，微信应用', R1(5)),
        req('p5', 0.2, 'Instant communication at every step, saved in the system', 'CRM系统在任何环节实现即时沟通并保存在系统内', R1(5)),
      ],
    },
    {
      id: 'solution',
      name: { en: 'System solution', zh: '系统解决方案' },
      weight: 0.25,
      criteria: [
        req(
          's1',
          0.2,
          'Clear, complete and sound understanding of the project; excellent overall solution',
          '对项目总体的认识表述清晰、完整、严谨、先进合理，整体项目解决方案优秀',
          R1(5),
        ),
        req(
          's2',
          0.08,
          'Extensible, with standard data interfaces to other systems, ERP and OA in particular',
          '系统具有良好的扩展性，提供标准化数据接口，尤其是与ERP和OA的对接',
          R2(2),
        ),
        req('s3', 0.2, 'Implementation method and a project team experienced with CRM', '实施方法论成熟，项目团队具备CRM实施经验', R1(5), true),
        req('s4', 0.2, 'Reference customers in the same industry', '具有同行业成功案例', R1(5), true),
        req('s5', 0.2, 'Plan for migrating data from existing systems', '提供现有系统数据迁移方案', R1(5), true),
        req('s6', 0.12, 'Security: role-based permissions, audit log, encryption', '安全机制：基于角色的权限、审计日志、数据加密', R2(3), true),
      ],
    },
    {
      id: 'service',
      name: { en: 'Service', zh: '服务' },
      weight: 0.1,
      criteria: [
        req('v1', 0.4, 'Local support team with a committed response time', '本地化支持团队并承诺响应时间', R1(4), true),
        req('v2', 0.2, 'After-sales plan with free yearly upgrades', '提供完善的售后服务计划：每年提供免费升级服务', R2(2)),
        req('v3', 0.2, 'Concrete SLA and audited service quality', '要有具体的SLA规范和审核客服的服务质量', R2(2)),
        req('v4', 0.2, 'Training for administrators and key users', '提供管理员及关键用户培训', R2(2), true),
      ],
    },
    {
      id: 'price',
      name: { en: 'Price factors', zh: '价格因素' },
      weight: 0.4,
      notes: { en: 'Worth 40 of the 100 points （满分40分，占总分权重为40%）.', zh: '满分40分，占总分权重为40%。' },
      criteria: [
        req('c1', 0.25, 'Software licence fee (rate with the fee quoted)', '软件许可费用（按报价评分）', R3),
        req(
          'c2',
          0.3,
          'Fixed-price implementation covering configuration, migration and training, no extra charges',
          '实施费用固定报价，涵盖配置、迁移与培训，无额外收费',
          R1(6),
          true,
        ),
        req(
          'c3',
          0.25,
          'Built-in analytics for multi-format, cross-region distribution; reports and dashboards with no development cost',
          '具备多业态/跨地域分销与直营企业的智能分析模块，报表/仪表板无需二次开发成本',
          R1(5),
        ),
        req('c4', 0.1, 'Reserved interfaces and data fields for supply-chain and dealer management', '具备供应链管理、经销商管理等预留接口及数据字段', R2(2)),
        req('c5', 0.1, 'Delivery within 3 months', '本期需求项目实施周期不超过3个月', R2(2)),
      ],
    },
  ],
  candidates: [
    {
      id: 'vendor-a',
      name: { en: 'Vendor A', zh: '甲公司' },
      kind: 'vendor',
      ratings: {
        p1: 'met',
        p2: 'met',
        p3: 'partial',
        p4: 'met',
        p5: 'met',
        s1: 'met',
        s2: 'provided',
        s3: 'partial',
        s4: 'met',
        s5: 'met',
        s6: 'provided',
        v1: 'met',
        v2: 'provided',
        v3: 'provided',
        v4: 'provided',
        c1: 480000,
        c2: 'met',
        c3: 'met',
        c4: 'provided',
        c5: 'not-provided',
      },
    },
    {
      id: 'vendor-b',
      name: { en: 'Vendor B', zh: '乙公司' },
      kind: 'vendor',
      ratings: {
        p1: 'met',
        p2: 'partial',
        p3: 'not-met',
        p4: 'met',
        p5: 'partial',
        s1: 'partial',
        s2: 'provided',
        s3: 'met',
        s4: 'partial',
        s5: 'partial',
        s6: 'not-provided',
        v1: 'partial',
        v2: 'provided',
        v3: 'not-provided',
        v4: 'provided',
        c1: 350000,
        c2: 'partial',
        c3: 'partial',
        c4: 'not-provided',
        c5: 'provided',
      },
    },
    {
      id: 'vendor-c',
      name: { en: 'Vendor C', zh: '丙公司' },
      kind: 'vendor',
      ratings: {
        p1: 'met',
        p2: 'met',
        p3: 'met',
        p4: 'partial',
        p5: 'met',
        s1: 'met',
        s2: 'provided',
        s3: 'met',
        s4: 'met',
        s5: 'partial',
        s6: 'provided',
        v1: 'met',
        v2: 'provided',
        v3: 'provided',
        v4: 'not-provided',
        c1: 420000,
        c2: 'met',
        c3: 'met',
        c4: 'provided',
        c5: 'provided',
      },
    },
  ],
};
