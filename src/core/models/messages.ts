import type { Text } from '../errors';

/** Messages of the customer models, in the voice of ../messages.ts. */
export const modelMessages = {
  recencyAboveT: (recency: number, T: number): Text => ({
    en: `recency (${recency}) cannot exceed T (${T}), the time since the first purchase.`,
    zh: `recency（${recency}）不能大于 T（${T}），即自首次购买以来的时长。`,
  }),
  recencyWithoutRepeat: (recency: number): Text => ({
    en: `a customer with frequency 0 has recency 0; got ${recency}.`,
    zh: `frequency 为 0 的客户 recency 应为 0；当前为 ${recency}。`,
  }),
  repeatWithoutRecency: (frequency: number): Text => ({
    en: `a customer with repeat purchases (frequency ${frequency}) made the last one after the first, so recency must be positive; got 0.`,
    zh: `有重复购买的客户（frequency 为 ${frequency}）最后一次购买晚于首次购买，recency 必须为正数；当前为 0。`,
  }),
  rowValue: (row: number, why: Text): Text => ({ en: `Row ${row}: ${why.en}`, zh: `第 ${row} 行：${why.zh}` }),
  noCustomers: (): Text => ({ en: 'No customer rows were given.', zh: '没有提供任何客户数据。' }),
  noRepeat: (): Text => ({
    en: 'No customer made a repeat purchase, so the purchase and dropout rates cannot be estimated.',
    zh: '没有任何客户发生重复购买，无法估计购买率与流失率。',
  }),
  tooFewRepeaters: (n: number, min: number): Text => ({
    en: `Only ${n} customer(s) with repeat purchases; the Gamma-Gamma model needs at least ${min}.`,
    zh: `仅有 ${n} 位重复购买客户；Gamma-Gamma 模型至少需要 ${min} 位。`,
  }),
  frequencyNotCount: (x: number): Text => ({
    en: `frequency must be a whole number ≥ 0; got ${x}.`,
    zh: `frequency 必须是不小于 0 的整数；当前为 ${x}。`,
  }),
  monetaryNotPositive: (row: number, m: number): Text => ({
    en: `Row ${row}: a customer with repeat purchases needs a positive monetary value; got ${m}.`,
    zh: `第 ${row} 行：有重复购买的客户其 monetary 必须为正数；当前为 ${m}。`,
  }),
  noConvergence: (model: string): Text => ({
    en: `The ${model} fit did not converge: the data do not pin down the parameters (too few customers, or no variation).`,
    zh: `${model} 模型拟合未收敛：数据不足以确定参数（客户太少或缺乏差异）。`,
  }),
  cancelled: (model: string): Text => ({ en: `The ${model} fit was cancelled.`, zh: `${model} 模型拟合已取消。` }),
  paramsCount: (arg: string, model: string, names: readonly string[], fittedBy: string, got: number): Text => ({
    en: `${arg} must be the ${model} parameters ${names.join(', ')} (the row ${fittedBy} returns may be passed whole); got ${got} value(s).`,
    zh: `${arg} 必须是 ${model} 模型参数 ${names.join('、')}（可直接引用 ${fittedBy} 返回的整行）；当前有 ${got} 个值。`,
  }),
  paramNotPositive: (name: string, v: number): Text => ({
    en: `The parameter ${name} must be positive; got ${v}.`,
    zh: `参数 ${name} 必须为正数；当前为 ${v}。`,
  }),
  qAtMostOne: (q: number): Text => ({
    en: `Expected spend needs q > 1 (the mean of the spend distribution exists only then); got q = ${q}.`,
    zh: `期望客单价要求 q > 1（此时消费分布的均值才存在）；当前 q = ${q}。`,
  }),
  seriesDiverges: (what: string): Text => ({
    en: `${what} does not converge for these parameters (with no discount the lifetime is infinite unless alpha > 1).`,
    zh: `在这些参数下 ${what} 不收敛（无折现时，除非 alpha > 1，否则寿命为无穷大）。`,
  }),
  aliveIncreases: (at: number): Text => ({
    en: `alive must not increase over time: value ${at + 1} is larger than value ${at}.`,
    zh: `alive 不能随时间增加：第 ${at + 1} 个值大于第 ${at} 个值。`,
  }),
  aliveTooShort: (): Text => ({
    en: 'alive needs the cohort size and at least one later count.',
    zh: 'alive 至少需要期初客户数及之后一个时期的存活数。',
  }),
  aliveNoChurn: (): Text => ({
    en: 'Nobody left the cohort, so the churn distribution cannot be estimated.',
    zh: '队列中没有客户流失，无法估计流失分布。',
  }),
  aliveAllGone: (): Text => ({
    en: 'Everyone left in the first period and nobody later, so the churn distribution cannot be estimated.',
    zh: '所有客户均在第一期流失，无法估计流失分布。',
  }),
  unknownCustomerDate: (row: number, got: unknown): Text => ({
    en: `Row ${row}: the date must be an Excel date or ISO text (1997-01-31); got ${JSON.stringify(got)}.`,
    zh: `第 ${row} 行：日期必须是 Excel 日期或 ISO 格式文本（1997-01-31）；当前为 ${JSON.stringify(got)}。`,
  }),
  missingId: (row: number): Text => ({ en: `Row ${row}: the customer id is empty.`, zh: `第 ${row} 行：客户编号为空。` }),
  noTransactionsBefore: (): Text => ({
    en: 'No transaction falls on or before end_date.',
    zh: '没有任何交易发生在 end_date 当天或之前。',
  }),
};
