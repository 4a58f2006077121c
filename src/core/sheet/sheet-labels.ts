import type { Lang, Text } from '../errors';
import { inLanguage, KPI_STATUS } from '../vocabulary';

/** Every word a generated scorecard sheet shows, in both shipped languages. */
const L = {
  criterion: { en: 'Criterion', zh: '指标' },
  kpi: { en: 'KPI', zh: 'KPI指标' },
  standards: { en: 'Graded standards', zh: '考评标准' },
  rule: { en: 'Scoring rule', zh: '评分规则' },
  target: { en: 'Target', zh: '目标' },
  source: { en: 'Source', zh: '信息来源' },
  appraiser: { en: 'Appraiser', zh: '考评人' },
  period: { en: 'Period', zh: '周期' },
  weight: { en: 'Weight', zh: '权重' },
  effectiveWeight: { en: 'Weight in total', zh: '总权重' },
  maxPoints: { en: 'Max points', zh: '满分' },
  ratings: { en: 'Ratings (enter here)', zh: '评分(在此填写)' },
  actuals: { en: 'Actuals (enter here)', zh: '实际值(在此填写)' },
  points: { en: 'Points', zh: '得分' },
  status: { en: 'Status', zh: '状态' },
  total: { en: 'Total', zh: '总分' },
  rank: { en: 'Rank', zh: '排名' },
  grade: { en: 'Overall grade', zh: '综合等级' },
  weightsCheck: { en: 'Weights check', zh: '权重校验' },
  weightsOk: { en: 'OK: weights sum to 100%', zh: '正确:权重合计为 100%' },
  weightsBad: { en: 'Weights do not sum to 100%', zh: '权重合计不等于 100%' },
  notes: { en: 'Notes', zh: '说明' },
  instructions: {
    en: 'Enter ratings in the yellow cells and adjust weights if needed; points, totals and ranks are Excel formulas and need no add-in.',
    zh: '请在黄色单元格中填写评分,必要时调整权重;得分、总分和排名均为 Excel 公式,无需加载项即可计算。',
  },
  totalPoints: { en: 'Full marks', zh: '满分' },
  department: { en: 'Department', zh: '部门' },
  ...KPI_STATUS,
  met: { en: 'Met', zh: '满足' },
  partial: { en: 'Partly met', zh: '部分满足' },
  notMet: { en: 'Not met', zh: '不满足' },
  provided: { en: 'Provided', zh: '能提供' },
  notProvided: { en: 'Not provided', zh: '不能提供' },
  totalsChart: { en: 'Total points', zh: '总分' },
  trendChart: { en: 'KPI actuals', zh: 'KPI实际值' },
  pickFromList: { en: 'Pick a value from the list.', zh: '请从列表中选择。' },
  enterNumber: { en: 'Enter a number.', zh: '请输入数字。' },
  enterBetween: { en: 'Enter a number from {min} to {max}.', zh: '请输入 {min} 至 {max} 之间的数字。' },
  weightBetween: { en: 'Enter a weight from 0% to 100%.', zh: '请输入 0% 至 100% 之间的权重。' },
  atLeast: { en: 'at least', zh: '不低于' },
  atMost: { en: 'at most', zh: '不高于' },
  lowerBetter: { en: 'lowest value earns', zh: '数值最低得' },
  higherBetter: { en: 'highest value earns', zh: '数值最高得' },
  then: { en: 'next', zh: '其次' },
  last: { en: 'worst', zh: '最差' },
  scale: { en: 'Scale', zh: '评分范围' },
  warning: { en: 'band', zh: '档位' },
  scaleEarns: { en: 'points = rating ÷ {max} × {points}', zh: '得分 = 评分 ÷ {max} × {points}' },
  sectionPoints: { en: 'Points by section', zh: '各部分分值' },
  ofTotal: { en: 'of {total}', zh: '满分 {total}' },
  reconstructedComment: {
    en: 'Reconstructed: this criterion is missing from the source, or only partly there, and was rebuilt for the template.',
    zh: '重建：此指标在原文中缺失或不完整，为本模板重建。',
  },
  reconstructedNote: { en: 'Criteria with a note on their name were reconstructed.', zh: '名称带批注的指标为重建内容。' },
} satisfies Record<string, Text>;

export type LabelId = keyof typeof L;

export const label = (id: LabelId, lang: Lang): string => inLanguage(L[id], lang);
export const pick = inLanguage;

export const PERIOD_LABELS: Record<string, Text> = {
  weekly: { en: 'Weekly', zh: '每周' },
  monthly: { en: 'Monthly', zh: '每月' },
  quarterly: { en: 'Quarterly', zh: '每季度' },
  'half-yearly': { en: 'Half-yearly', zh: '每半年' },
  yearly: { en: 'Yearly', zh: '每年' },
};
