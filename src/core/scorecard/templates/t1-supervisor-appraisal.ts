import type { Scorecard } from '../model';

/**
 * T1 CRM supervisor performance appraisal — CRM系统主管业绩考核指标表 (docs/seeds.md T1;
 * docs/seeds/000, lines 5-53). The fourth indicator survives only as its worst standard; its
 * other standards and its weight (the 30 % left to reach 100 %) are rebuilt. The point column
 * of the source is blank; levels earn 100/80/60/40 % of the weight.
 */
const SUPERIOR = { en: 'Direct superior', zh: '直接上级' };
const A = { en: 'A — excellent', zh: 'A 优' };
const B = { en: 'B — good', zh: 'B 良' };
const C = { en: 'C — fair', zh: 'C 中' };
const D = { en: 'D — poor', zh: 'D 差' };

export const t1SupervisorAppraisal: Scorecard = {
  format: 1,
  id: 't1-crm-supervisor-appraisal',
  title: { en: 'CRM supervisor performance appraisal', zh: 'CRM系统主管业绩考核指标表' },
  notes: {
    en:
      'Appraisal of the CRM system supervisor by the direct superior. Each indicator is rated against four standards, best (A) to worst (D), ' +
      'earning 100/80/60/40 % of its weight; the source leaves the points blank, so edit them if your company grades otherwise. ' +
      'Reconstructed: the fourth indicator (CRM marketing data entry) survives only as its worst standard; its standards A–C and its weight ' +
      '(the remainder to 100 %) were rebuilt. The information source of the third indicator reads "training quality" in the source, kept as printed.',
    zh:
      '由直接上级对CRM系统主管进行考核。每项指标按四级考评标准（A 最优至 D 最差）评定，分别得该项权重的 100%/80%/60%/40%;' +
      '原表未给出分值，如贵公司另有规定请自行修改。' +
      '重建部分：第四项指标“CRM营销数据录入”原文只保留了最差一级标准，其 A–C 级标准及权重（补足 100% 的余额）为重建内容。' +
      '第三项指标的信息来源原文为“培训质量”，按原文保留。',
  },
  kind: 'appraisal',
  department: { en: 'Marketing management department', zh: '营销管理部' },
  totalPoints: 100,
  sections: [
    {
      id: 'performance',
      name: { en: 'Performance indicators', zh: '业绩指标' },
      weight: 1,
      criteria: [
        {
          id: 'standards',
          name: { en: 'CRM standards', zh: 'CRM系统标准制定' },
          description: { en: 'Writing the CRM specifications and process documents.', zh: 'CRM各规范文件、流程文件的制定。' },
          source: { en: 'CRM specifications and processes', zh: 'CRM规范文件及流程' },
          appraiser: SUPERIOR,
          weight: 0.3,
          scoring: {
            type: 'levels',
            maxPoints: 100,
            levels: [
              {
                id: 'A',
                label: A,
                points: 100,
                description: {
                  en: 'Format and content complete and standard, methods practical, wording concise and easy to understand.',
                  zh: '标准格式内容规范完整、方法切实可行、文字精炼简洁、易于理解',
                },
              },
              {
                id: 'B',
                label: B,
                points: 80,
                description: {
                  en: 'Format and content mostly complete, methods workable, fully explained in writing, no room for misreading.',
                  zh: '标准格式内容规范基本完整、方法可操作、有完整的文字解释、不会引起误解',
                },
              },
              {
                id: 'C',
                label: C,
                points: 60,
                description: {
                  en: 'Format and content differ from the CRM software, methods hard to apply, explanations incomplete and hard to follow.',
                  zh: '标准格式内容规范与CRM软件有出入、方法不易操作、文字解释不完整、不易理解',
                },
              },
              {
                id: 'D',
                label: D,
                points: 40,
                description: {
                  en: 'Format and content do not match the CRM software, methods hard to apply, the text needs rewriting.',
                  zh: '标准格式内容规范与CRM软件不符、方法不易操作、文字解释需要重新修订',
                },
              },
            ],
          },
        },
        {
          id: 'training',
          name: { en: 'Quality of training for CRM users', zh: '对CRM系统使用者培训质量' },
          source: { en: 'Training quality', zh: '培训质量' },
          appraiser: SUPERIOR,
          weight: 0.2,
          scoring: {
            type: 'levels',
            maxPoints: 100,
            levels: [
              {
                id: 'A',
                label: A,
                points: 100,
                description: {
                  en: 'Clear training plan, rich content, strong sense of responsibility, varied methods, very good results.',
                  zh: '培训计划制定条理清晰、培训内容丰富多彩、培训责任心强、培训方式多样、效果很好',
                },
              },
              {
                id: 'B',
                label: B,
                points: 80,
                description: {
                  en: 'Sound training plan, complete content, several training methods, results as expected.',
                  zh: '培训计划制定合理、培训内容完全、使用多种培训方式、效果达到预期',
                },
              },
              {
                id: 'C',
                label: C,
                points: 60,
                description: {
                  en: 'Training plan partly unsound, content incomplete, results short of expectations.',
                  zh: '培训计划制定存在不合理、培训内容不全面、效果达到与预期有差距',
                },
              },
              {
                id: 'D',
                label: D,
                points: 40,
                description: {
                  en: 'Training plan hard to carry out, content disorganised, results far short of expectations.',
                  zh: '培训计划制定难以实施、培训内容杂乱、效果达到与预期有较大差距',
                },
              },
            ],
          },
        },
        {
          id: 'coordination',
          name: { en: 'Coordination between roles during the CRM rollout', zh: 'CRM系统实施过程各岗位之间关系协调' },
          source: { en: 'Training quality (as printed in the source)', zh: '培训质量' },
          appraiser: SUPERIOR,
          weight: 0.2,
          scoring: {
            type: 'levels',
            maxPoints: 100,
            levels: [
              {
                id: 'A',
                label: A,
                points: 100,
                description: {
                  en: 'Motivates every role during the rollout; effective cooperation keeps the CRM system running smoothly.',
                  zh: '在CRM系统实施过程中能有效调动各岗位积极性，通过有效合作使CRM系统顺利运转',
                },
              },
              {
                id: 'B',
                label: B,
                points: 80,
                description: {
                  en: 'Cooperates with the roles concerned so the CRM system is implemented to plan.',
                  zh: '在CRM系统实施过程中能同相关岗位合作，通过合作使CRM系统按计划实施',
                },
              },
              {
                id: 'C',
                label: C,
                points: 60,
                description: {
                  en: 'Works well with most roles, so the rollout mostly keeps to plan.',
                  zh: '在CRM系统实施过程中能与大部分岗位保持良好合作，通过合作使CRM系统实施基本按计划',
                },
              },
              {
                id: 'D',
                label: D,
                points: 40,
                description: {
                  en: 'Poor relations with most roles; the rollout cannot keep to plan through cooperation.',
                  zh: '在CRM系统实施过程中与大部分岗位合作关系不好，无法通过合作使CRM系统按计划实施',
                },
              },
            ],
          },
        },
        {
          id: 'data-entry',
          name: { en: 'CRM marketing data entry', zh: 'CRM营销数据录入' },
          description: { en: 'Reconstructed indicator: only its worst standard survives in the source.', zh: '重建指标：原文仅保留最差一级标准。' },
          source: { en: 'Customer records in the CRM (reconstructed)', zh: 'CRM系统客户档案（重建）' },
          appraiser: SUPERIOR,
          weight: 0.3,
          reconstructed: true,
          scoring: {
            type: 'levels',
            maxPoints: 100,
            levels: [
              {
                id: 'A',
                label: A,
                points: 100,
                description: {
                  en: '(Reconstructed) Data entered on time, consistent with the standards, every customer record meets the requirements.',
                  zh: '（重建）CRM系统营销数据录入及时、内容符合标准规范、客户档案全部满足要求',
                },
              },
              {
                id: 'B',
                label: B,
                points: 80,
                description: {
                  en: '(Reconstructed) Data entered mostly on time, minor deviations from the standards, most customer records meet the requirements.',
                  zh: '（重建）CRM系统营销数据录入基本及时、内容与标准规范略有出入、客户档案大部分满足要求',
                },
              },
              {
                id: 'C',
                label: C,
                points: 60,
                description: {
                  en: '(Reconstructed) Data entry sometimes late, several deviations from the standards, some customer records fall short.',
                  zh: '（重建）CRM系统营销数据录入时有推迟、内容与标准规范有一定出入、部分客户档案未满足要求',
                },
              },
              {
                id: 'D',
                label: D,
                points: 40,
                description: {
                  en: 'Data entry delayed without reason, content far from the standards, most customer records fall short.',
                  zh: 'CRM系统营销数据录入工作无故推迟、内容与标准规范出入较多、客户档案有大部分未满足要求',
                },
              },
            ],
          },
        },
      ],
    },
  ],
  candidates: [
    {
      id: 'zhang-wei',
      name: { en: 'Zhang Wei', zh: '张伟' },
      kind: 'person',
      ratings: { standards: 'A', training: 'B', coordination: 'A', 'data-entry': 'B' },
    },
    { id: 'li-na', name: { en: 'Li Na', zh: '李娜' }, kind: 'person', ratings: { standards: 'B', training: 'A', coordination: 'C', 'data-entry': 'B' } },
    {
      id: 'wang-fang',
      name: { en: 'Wang Fang', zh: '王芳' },
      kind: 'person',
      ratings: { standards: 'C', training: 'C', coordination: 'B', 'data-entry': 'D' },
    },
  ],
};
