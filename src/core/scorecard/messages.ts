import type { Text } from '../errors';

/**
 * Messages of the scorecard family, in the voice of ../messages.ts: the argument or path
 * first, then what is wrong, then what was found.
 */
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : typeof v === 'object' ? JSON.stringify(v) : String(v));
const list = (xs: readonly unknown[], sep: string) => xs.map(show).join(sep);

/** 0.3125 → "31.3%": enough digits to act on, no more. */
export const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

export const scorecardMessages = {
  // ---- functions ----
  unrated: (criterion: string): Text => ({
    en: `${criterion} is not rated; rate it, or set blanks to 1 (skip) or 2 (count as 0).`,
    zh: `${criterion} 未评分；请评分，或将 blanks 设为 1（跳过）或 2（按 0 计）。`,
  }),
  nothingRated: (): Text => ({
    en: 'No criterion is rated for this candidate.',
    zh: '该候选对象没有任何已评分的指标。',
  }),
  weightsNotLine: (arg: string, shape: string): Text => ({
    en: `${arg} must be a single row or a single column; got ${shape}.`,
    zh: `${arg} 必须是单行或单列；当前为 ${shape}。`,
  }),
  lengthMismatch: (a: string, aCount: number, b: string, what: string, bCount: number): Text => ({
    en: `${a} has ${aCount} values but ${b} has ${bCount} ${what}.`,
    zh: `${a} 有 ${aCount} 个值，而 ${b} 有 ${bCount} 个${what === 'criteria' ? '指标' : '值'}。`,
  }),
  weightsSumZero: (arg: string): Text => ({
    en: `${arg} add up to zero, so no weighted score exists.`,
    zh: `${arg} 之和为零，无法计算加权得分。`,
  }),
  unknownAnswer: (got: unknown, accepted: readonly string[]): Text => ({
    en: `Unknown answer ${show(got)}; accepted answers are ${list(accepted, ', ')}.`,
    zh: `无法识别的回答 ${show(got)}；可接受的回答为 ${list(accepted, '、')}。`,
  }),
  emptyAnswer: (accepted: readonly string[]): Text => ({
    en: `The answer is empty; accepted answers are ${list(accepted, ', ')}.`,
    zh: `回答为空；可接受的回答为 ${list(accepted, '、')}。`,
  }),
  pointsCount: (rule: string, expected: number, got: number): Text => ({
    en: `points for rule "${rule}" must hold ${expected} value(s); got ${got}.`,
    zh: `规则 "${rule}" 的 points 须包含 ${expected} 个值；当前为 ${got} 个。`,
  }),
  pointsNotUsed: (rule: string): Text => ({
    en: `points does not apply to rule "${rule}"; leave it out.`,
    zh: `规则 "${rule}" 不使用 points，请省略该参数。`,
  }),
  notSquare: (arg: string, shape: string): Text => ({
    en: `${arg} must be a square matrix; got ${shape}.`,
    zh: `${arg} 必须是方阵；当前为 ${shape}。`,
  }),
  notPositiveAt: (arg: string, row: number, col: number, got: number): Text => ({
    en: `${arg} must be positive everywhere; row ${row}, column ${col} holds ${got}.`,
    zh: `${arg} 的所有元素必须为正；第 ${row} 行第 ${col} 列为 ${got}。`,
  }),
  diagonalNotOne: (arg: string, i: number, got: number): Text => ({
    en: `${arg} must have 1 on its diagonal; row ${i}, column ${i} holds ${got}.`,
    zh: `${arg} 的对角线必须为 1；第 ${i} 行第 ${i} 列为 ${got}。`,
  }),
  notReciprocal: (arg: string, i: number, j: number, a: number, b: number): Text => ({
    en: `${arg} is not reciprocal: row ${i}, column ${j} holds ${a} but row ${j}, column ${i} holds ${b} (expected ${1 / a}).`,
    zh: `${arg} 不满足互反性：第 ${i} 行第 ${j} 列为 ${a}，而第 ${j} 行第 ${i} 列为 ${b}（应为 ${1 / a}）。`,
  }),
  bothBlank: (arg: string, i: number, j: number): Text => ({
    en: `${arg}: row ${i}, column ${j} and row ${j}, column ${i} are both empty; fill one of them.`,
    zh: `${arg}：第 ${i} 行第 ${j} 列与第 ${j} 行第 ${i} 列均为空；请至少填写其一。`,
  }),
  noConvergence: (arg: string): Text => ({
    en: `The principal eigenvector of ${arg} did not converge; try method "geomean".`,
    zh: `${arg} 的主特征向量未收敛；请尝试 "geomean" 方法。`,
  }),
  riOutOfTable: (n: number): Text => ({
    en: `Saaty's random index is tabulated for 1 to 15 criteria; the matrix has ${n}.`,
    zh: `Saaty 随机一致性指标仅列出 1 至 15 个指标；该矩阵有 ${n} 个。`,
  }),
  zeroColumn: (criterion: number): Text => ({
    en: `Criterion ${criterion} is zero for every candidate, so it cannot be normalised.`,
    zh: `指标 ${criterion} 对所有候选对象均为零，无法归一化。`,
  }),
  noSeparation: (): Text => ({
    en: 'This candidate is both the ideal and the anti-ideal (all candidates equal), so closeness is undefined.',
    zh: '该候选对象同时是正理想解与负理想解（所有候选对象相同），贴近度无定义。',
  }),
  noFlip: (criterion: string): Text => ({
    en: `No weight of ${criterion} between 0% and 100% changes which candidate ranks first.`,
    zh: `${criterion} 的权重在 0% 至 100% 之间任意变化，第一名都不会改变。`,
  }),
  onlyWeight: (criterion: string): Text => ({
    en: `${criterion} carries all the weight; there are no other weights to rescale.`,
    zh: `${criterion} 占全部权重，没有其他权重可按比例调整。`,
  }),

  notSingle: (arg: string, shape: string): Text => ({
    en: `${arg} must be a single value; got a ${shape} range.`,
    zh: `${arg} 必须是单个值；当前为 ${shape} 的区域。`,
  }),
  criterion: (i: number): Text => ({ en: `criterion ${i}`, zh: `指标 ${i}` }),

  // ---- sensitivity in words (pane) ----
  flipBelow: (criterion: string, winner: string, challenger: string, at: number, now: number): Text => ({
    en: `${winner} stays first unless the weight of ${criterion} falls below ${percent(at)} (now ${percent(now)}); then ${challenger} would win.`,
    zh: `若“${criterion}”的权重降至 ${percent(at)} 以下（当前 ${percent(now)}），${challenger}将取代${winner}成为第一名。`,
  }),
  flipAbove: (criterion: string, winner: string, challenger: string, at: number, now: number): Text => ({
    en: `${winner} stays first unless the weight of ${criterion} rises above ${percent(at)} (now ${percent(now)}); then ${challenger} would win.`,
    zh: `若“${criterion}”的权重升至 ${percent(at)} 以上（当前 ${percent(now)}），${challenger}将取代${winner}成为第一名。`,
  }),
  flipNever: (criterion: string, winner: string): Text => ({
    en: `No weight of ${criterion} changes the winner (${winner}).`,
    zh: `无论“${criterion}”的权重如何变化，第一名（${winner}）都不会改变。`,
  }),

  // ---- validation ----
  invalidFile: (count: number): Text => ({
    en: `The scorecard is not valid (${count} problem${count === 1 ? '' : 's'}); nothing was loaded.`,
    zh: `评分表无效（${count} 处问题），未载入任何内容。`,
  }),
  notJson: (detail: string): Text => ({
    en: `The file is not valid JSON: ${detail}`,
    zh: `文件不是有效的 JSON：${detail}`,
  }),
  expectedType: (path: string, expected: string, got: string): Text => ({
    en: `${path} must be ${expected}; got ${got}.`,
    zh: `${path} 必须是 ${expected}；当前为 ${got}。`,
  }),
  missing: (path: string): Text => ({
    en: `${path} is missing.`,
    zh: `缺少 ${path}。`,
  }),
  tooSmall: (path: string, min: number | bigint, inclusive: boolean, what: string): Text => ({
    en:
      what === 'array'
        ? `${path} must have at least ${min} item(s).`
        : what === 'string'
          ? `${path} must not be empty.`
          : `${path} must be ${inclusive ? 'at least' : 'greater than'} ${min}.`,
    zh: what === 'array' ? `${path} 至少需要 ${min} 项。` : what === 'string' ? `${path} 不能为空。` : `${path} 必须${inclusive ? '不小于' : '大于'} ${min}。`,
  }),
  tooBig: (path: string, max: number | bigint): Text => ({
    en: `${path} must be at most ${max}.`,
    zh: `${path} 不能大于 ${max}。`,
  }),
  oneOfValues: (path: string, allowed: readonly unknown[], got: unknown): Text => ({
    en: `${path} must be one of ${list(allowed, ', ')}; got ${show(got)}.`,
    zh: `${path} 必须是 ${list(allowed, '、')} 之一；当前为 ${show(got)}。`,
  }),
  unknownKeys: (path: string, keys: readonly string[]): Text => ({
    en: `${path} has unknown field(s) ${list(keys, ', ')}.`,
    zh: `${path} 含有未知字段 ${list(keys, '、')}。`,
  }),
  badId: (path: string, got: unknown): Text => ({
    en: `${path} must start with a letter or digit and use only letters, digits, "_", "-" and "."; got ${show(got)}.`,
    zh: `${path} 必须以字母或数字开头，且只含字母、数字、"_"、"-" 和 "."；当前为 ${show(got)}。`,
  }),
  invalidValue: (path: string, got: unknown): Text => ({
    en: `${path} holds an invalid value ${show(got)}.`,
    zh: `${path} 的值 ${show(got)} 无效。`,
  }),
  duplicateId: (path: string, id: string, first: string): Text => ({
    en: `${path} repeats the id "${id}" already used at ${first}.`,
    zh: `${path} 的 id "${id}" 与 ${first} 重复。`,
  }),
  weightsSum: (path: string, sum: number): Text => ({
    en: `The weights of ${path} must add up to 100%; they add up to ${percent(sum)}. Change them so that they do.`,
    zh: `${path} 的权重之和必须为 100%；当前为 ${percent(sum)}。请调整，使其合计为 100%。`,
  }),
  weightsAllZero: (path: string): Text => ({
    en: `The weights of ${path} are all zero, so they cannot be normalised.`,
    zh: `${path} 的权重全为零，无法归一化。`,
  }),
  levelsOrder: (path: string): Text => ({
    en: `${path} must be listed best first, each worth fewer points than the one before.`,
    zh: `${path} 必须按由优到劣排列，且每一级的分数低于上一级。`,
  }),
  pointsOrder: (path: string): Text => ({
    en: `${path} must be listed best first, each worth no more points than the one before.`,
    zh: `${path} 必须按由优到劣排列，且每一项的分数不高于上一项。`,
  }),
  thresholdsOrder: (path: string, direction: string): Text => ({
    en: `The thresholds of ${path} must ${direction === 'at-most' ? 'rise' : 'fall'} strictly from the best band to the worst.`,
    zh: `${path} 的阈值必须由最优档到最差档严格${direction === 'at-most' ? '递增' : '递减'}。`,
  }),
  aboveMax: (path: string, got: number, max: number): Text => ({
    en: `${path} is ${got}, more than the criterion's full points ${max}.`,
    zh: `${path} 为 ${got}，超过该指标的满分 ${max}。`,
  }),
  rangeOrder: (path: string, min: number, max: number): Text => ({
    en: `${path} must have min below max; got ${min} and ${max}.`,
    zh: `${path} 的最小值必须小于最大值；当前为 ${min} 与 ${max}。`,
  }),
  /** A rating's path with whose rating it is, the subject of the three messages below. */
  ratingOf: (path: string, candidate: Text, criterion: Text): Text => ({
    en: `${path} (${candidate.en} on "${criterion.en}")`,
    zh: `${path}（${candidate.zh}在“${criterion.zh}”上的评分）`,
  }),
  /** A weight typed in the pane outside 0–100 %. */
  weightOutside: (got: number): Text => ({
    en: `${got}% is not a weight; weights go from 0% to 100%.`,
    zh: `${got}% 不是有效权重；权重应在 0% 至 100% 之间。`,
  }),
  /** A rating beyond its scale, in the words the pane shows on the field and imports list. */
  beyondScale: (got: number, min: number, max: number): Text =>
    got > max
      ? { en: `${got} is above the top of the scale, ${max}.`, zh: `${got} 高于评分上限 ${max}。` }
      : { en: `${got} is below the bottom of the scale, ${min}.`, zh: `${got} 低于评分下限 ${min}。` },
  outsideRange: (whose: Text, got: number, min: number, max: number): Text => {
    const beyond = scorecardMessages.beyondScale(got, min, max);
    return { en: `${whose.en}: ${beyond.en}`, zh: `${whose.zh}：${beyond.zh}` };
  },
  unknownCriterion: (path: string, id: string): Text => ({
    en: `${path} rates "${id}", which is not a criterion of this scorecard.`,
    zh: `${path} 对 "${id}" 评分，但该评分表中没有此指标。`,
  }),
  illegalRating: (whose: Text, got: unknown, accepted: readonly unknown[]): Text => ({
    en: `${whose.en} is ${show(got)}; this criterion accepts ${list(accepted, ', ')}.`,
    zh: `${whose.zh}为 ${show(got)}；该指标只接受 ${list(accepted, '、')}。`,
  }),
  ratingNotNumber: (whose: Text, got: unknown): Text => ({
    en: `${whose.en} must be a number for this criterion; got ${show(got)}.`,
    zh: `${whose.zh}必须是数字；当前为 ${show(got)}。`,
  }),
  // ---- several appraisers ----
  unknownAppraiser: (path: string, id: string): Text => ({
    en: `${path} names the appraiser "${id}", who is not among the scorecard's appraisers.`,
    zh: `${path} 指向考评人 "${id}"，但该评分表的考评人中没有此人。`,
  }),
  unknownCandidate: (path: string, id: string): Text => ({
    en: `${path} names the candidate "${id}", who is not among the scorecard's candidates.`,
    zh: `${path} 指向考评对象 "${id}"，但该评分表中没有此考评对象。`,
  }),
  appraisalRepeated: (path: string, appraiser: string, candidate: string, first: string): Text => ({
    en: `${path} rates "${candidate}" by "${appraiser}" a second time (first at ${first}); put the ratings in one place.`,
    zh: `${path} 再次记录了 "${appraiser}" 对 "${candidate}" 的评分（首次在 ${first}）；请合并为一处。`,
  }),
  appraisalsWithoutAppraisers: (path: string): Text => ({
    en: `${path} holds ratings by appraisers, but the scorecard names no appraisers; add them under "appraisers".`,
    zh: `${path} 记录了考评人的评分，但该评分表未列出考评人；请在 "appraisers" 中添加。`,
  }),
  ratingsOfNobody: (path: string, candidate: Text): Text => ({
    en: `${path} (${candidate.en}) holds ratings, but this scorecard has several appraisers, so every rating belongs to one of them; move them into "appraisals".`,
    zh: `${path}（${candidate.zh}）记录了评分，但该评分表有多位考评人，每个评分都须属于其中一人；请移至 "appraisals"。`,
  }),
  appraiserAndAppraisers: (): Text => ({
    en: 'appraiser names who filled in a copy for one appraiser, and appraisers lists several; a scorecard has one or the other.',
    zh: 'appraiser 表示单个考评人填写的副本，appraisers 列出多位考评人；评分表只能二者取一。',
  }),
  appraiserWeightsZero: (path: string): Text => ({
    en: `The weights of ${path} are all zero, so no appraiser counts in the consolidated points; give at least one a weight above zero.`,
    zh: `${path} 的权重全为零，没有考评人计入汇总得分；请至少为一人设置大于零的权重。`,
  }),
  matricesDiffer: (arg: string, k: number, size: number, first: number): Text => ({
    en: `${arg}: matrix ${k} compares ${size} criteria but matrix 1 compares ${first}; every appraiser judges the same criteria.`,
    zh: `${arg}：第 ${k} 个矩阵比较 ${size} 个指标，而第 1 个矩阵比较 ${first} 个；每位考评人须判断相同的指标。`,
  }),
  noMatrices: (arg: string): Text => ({
    en: `${arg} holds no pairwise comparison matrix; give one per appraiser.`,
    zh: `${arg} 中没有两两比较矩阵；请为每位考评人提供一个。`,
  }),
  negativeWeight: (arg: string, k: number, got: number): Text => ({
    en: `${arg}: weight ${k} is ${got}; weights are 0 or more.`,
    zh: `${arg}：第 ${k} 个权重为 ${got}；权重须不小于 0。`,
  }),
};
