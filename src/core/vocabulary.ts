import { inLanguage, type Lang, type Text } from './language';

export { inLanguage };

/**
 * Words a user meets in more than one place (a function's result, a generated sheet, the pane,
 * the command line) live here once, so that a state or an answer has one name everywhere.
 * KPI status takes the source document's 预警 for the early-warning band (docs/seeds/001: an
 * alert when a KPI crosses its threshold), with 达标 / 未达标 for a target met or missed.
 * Excel compares text without regard to case, so =CRM.KPISTATUS(…)="on track" still holds
 * for "On track".
 */
export const KPI_STATUS = {
  onTrack: { en: 'On track', zh: '达标' },
  atRisk: { en: 'At risk', zh: '预警' },
  offTrack: { en: 'Off track', zh: '未达标' },
} as const satisfies Record<string, Text>;

export type KpiStatusKey = keyof typeof KPI_STATUS;

/**
 * The answers of the rule-based scorings (docs/seeds.md R1 满足条件即得满分,部分满足得3分,
 * 不满足不得分; R2 能提供即得满分), keyed by the rating stored in a card. A generated sheet
 * offers exactly these words, the pane shows them, CRM.LEVEL accepts them among its synonyms.
 */
export const ANSWERS = {
  met: { en: 'Met', zh: '满足' },
  partial: { en: 'Partly met', zh: '部分满足' },
  'not-met': { en: 'Not met', zh: '不满足' },
  provided: { en: 'Provided', zh: '能提供' },
  'not-provided': { en: 'Not provided', zh: '不能提供' },
} as const satisfies Record<string, Text>;

export type AnswerId = keyof typeof ANSWERS;

/** What each way of scoring a criterion is called where a user picks one. */
export const SCORING_NAMES = {
  levels: { en: 'Graded levels (A–D)', zh: '分级标准（A–D）' },
  met: { en: 'Met / partly / not met', zh: '满足 / 部分满足 / 不满足' },
  provided: { en: 'Provided or not', zh: '能否提供' },
  rank: { en: 'Rank of a value (fees)', zh: '按数值排名（费用）' },
  target: { en: 'KPI against a target', zh: 'KPI 对比目标' },
  scale: { en: 'Rating scale', zh: '评分量表' },
} as const satisfies Record<string, Text>;

/** How a numeric rating is to be entered, shown beside the field that takes it. */
export const RATING_HINTS = {
  lower: { en: 'Lower is better; ranked among the candidates.', zh: '数值越低越好；在候选对象之间排名。' },
  higher: { en: 'Higher is better; ranked among the candidates.', zh: '数值越高越好；在候选对象之间排名。' },
  atLeast: { en: 'Target: at least {target}', zh: '目标：不低于 {target}' },
  atMost: { en: 'Target: at most {target}', zh: '目标：不高于 {target}' },
  scale: { en: 'From {min} to {max}', zh: '范围 {min} 至 {max}' },
  percent: { en: 'As a fraction: 0.85 for 85%.', zh: '以小数表示：85% 输入 0.85。' },
} as const satisfies Record<string, Text>;

/** A text with one language's words replaced, the other kept. */
export const withLanguage = (t: Text, lang: Lang, words: string): Text => (lang === 'zh-CN' ? { ...t, zh: words } : { ...t, en: words });

/** Each shipped language by its own name, as a language menu lists it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { 'en-US': 'English', 'zh-CN': '中文' };

/**
 * Which of the two shipped languages a display language gets: every Chinese one (zh-CN, zh-TW,
 * zh-HK, zh-MO, zh-SG, zh-Hant-*) gets the Simplified Chinese text, everything else English.
 * There is no Traditional Chinese translation; a reader of Traditional characters reads the
 * Simplified text far more easily than English CRM terms. The functions' messages, the pane and
 * the metadata the manifest names per locale all follow this one choice.
 */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'zh' ? 'zh-CN' : 'en-US';
}

/** Both languages of a text with `{name}` placeholders filled in. */
export function filled(t: Text, vars: Record<string, string | number>): Text {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
  return { en: fill(t.en), zh: fill(t.zh) };
}

/** Between the parts of a rule text, as each language punctuates a list of clauses. */
export const CLAUSE_SEPARATOR: Text = { en: '; ', zh: '；' };

/** Between the facts of a sheet's subtitle (department, full marks). */
export const FACT_SEPARATOR: Text = { en: ' · ', zh: '；' };

/** Between the items of a list of names. */
export const LIST_SEPARATOR: Text = { en: ', ', zh: '、' };

/**
 * Words of KPI trackers met on the sheet, in the pane and on the command line: how a KPI is
 * judged, the columns a tracker has, and the source's advice on how many KPIs a team keeps
 * (docs/seeds/001: 建议每个部门或流程阶段选取2-3个重点指标).
 */
export const TRACKER_WORDS = {
  'at-least': { en: 'At least the target', zh: '不低于目标' },
  'at-most': { en: 'At most the target', zh: '不高于目标' },
  growth: { en: 'Growth on the same period last year', zh: '较上年同期增长' },
  month: { en: 'Months', zh: '月度' },
  quarter: { en: 'Quarters', zh: '季度' },
  half: { en: 'Half-years', zh: '半年度' },
  monthly: { en: 'Monthly', zh: '每月' },
  quarterly: { en: 'Quarterly', zh: '每季度' },
  'half-yearly': { en: 'Half-yearly', zh: '每半年' },
  tooManyKpis: {
    en: 'Tracks {count} KPIs; the source advises two or three core KPIs per team, so that the team can focus.',
    zh: '跟踪 {count} 个KPI；原文建议每个团队聚焦 2–3 个核心指标，集中资源突破。',
  },
} as const satisfies Record<string, Text>;

/** Where a KPI's trend is heading (CRM.KPI.TREND), against its target. */
export const TREND_WORDS = {
  towards: { en: 'Towards target', zh: '趋近目标' },
  away: { en: 'Away from target', zh: '偏离目标' },
  holding: { en: 'Holding target', zh: '保持达标' },
  flat: { en: 'Flat', zh: '持平' },
} as const satisfies Record<string, Text>;

/**
 * What a card calls the people or things it rates, by their kind, as the source documents do:
 * an appraisal rates 被考评人, a tender 投标人, an evaluation 产品, KPI monitoring 团队. English
 * keeps "candidate", which reads right for all of them.
 */
export const CANDIDATE_NOUNS: Record<'person' | 'vendor' | 'product' | 'team' | 'period' | 'organisation', Text> = {
  person: { en: 'candidate', zh: '被考评人' },
  vendor: { en: 'candidate', zh: '投标人' },
  product: { en: 'candidate', zh: '产品' },
  team: { en: 'candidate', zh: '团队' },
  period: { en: 'candidate', zh: '期间' },
  organisation: { en: 'candidate', zh: '单位' },
};

/**
 * What each entry of the pane's search box is, shown beside its name: a function to insert, a
 * built-in template to open, something stored in this workbook to go to, or an operation to run.
 */
export const PALETTE_KINDS = {
  function: { en: 'Function', zh: '函数' },
  template: { en: 'Template', zh: '模板' },
  scorecard: { en: 'Scorecard', zh: '评分卡' },
  tracker: { en: 'KPI tracker', zh: 'KPI跟踪表' },
  analysis: { en: 'Customer analysis', zh: '客户分析' },
  action: { en: 'Action', zh: '操作' },
} as const satisfies Record<string, Text>;

export type PaletteKind = keyof typeof PALETTE_KINDS;
