/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures: any[][] is how a range of any cell values is declared */
/* Custom functions of the scorecard family: weighted scores, the seeds' scoring rules, AHP,
 * TOPSIS, weight sensitivity and weights from ranks. Each body coerces Excel's arguments,
 * calls src/core/scorecard and maps errors; see metrics.ts for the conventions. */
import { finite, numbersOf, toChoice, toNumber } from '../../core/args';
import { CrmError, naError, valueError } from '../../core/errors';
import { Grid, isBlank } from '../../core/grid';
import { AhpMethod, ahpWeights, completeMatrix, consistencyRatio } from '../../core/scorecard/ahp';
import { AnswerRule, answerPoints } from '../../core/scorecard/answer-points';
import { scorecardMessages as m } from '../../core/scorecard/messages';
import { orient, requireGrid, spillPerCandidate, spillPerCriterion } from '../../core/scorecard/orientation';
import { rankPoints, RankOrder } from '../../core/scorecard/rank-points';
import { RankWeightMethod, weightsFromRanks } from '../../core/scorecard/rank-weights';
import { weightSensitivity } from '../../core/scorecard/sensitivity';
import { Direction, topsis } from '../../core/scorecard/topsis';
import { BlankMode, checkWeights, weightedScore } from '../../core/scorecard/weighted-score';
import { inLanguage } from '../../core/vocabulary';
import { ExcelCell, guard, spill, toExcelError, unwrapSingle } from '../excel-adapter';
import { hostLanguage } from '../host-language';
import { blankable, choice, declare, num, optNum, param, range, singleValue, text } from '../parameters';

// Excel passes every argument as a range (any[][]); an omitted optional one as null.

function optionalNumbers(arg: string, g: Grid | null | undefined): number[] | null {
  if (g === null || g === undefined) return null;
  const values = numbersOf(arg, requireGrid(arg, g));
  return values.length ? values : null;
}

/** One result cell: a finite number, or the error that belongs in that cell. */
function outCell(v: number | CrmError): ExcelCell {
  if (v instanceof CrmError) return toExcelError(v);
  try {
    return finite(v);
  } catch (e) {
    return toExcelError(e as CrmError);
  }
}

/** Runs `f` and keeps its error for the one cell it belongs to. */
function cellTry(f: () => number): number | CrmError {
  try {
    return f();
  } catch (e) {
    if (e instanceof CrmError) return e;
    throw e;
  }
}

const BLANKS: Record<string, BlankMode> = { '0': 'error', '1': 'skip', '2': 'zero' };
const SCORE_PARAMS = declare(score, [
  range('ratings'),
  range('weights'),
  optNum('max_rating', null),
  optNum('blanks', 0, { integer: true, min: 0, max: 2 }),
] as const);

/**
 * Weighted score of each candidate: Σ weight × rating / Σ weight, or on 0–100 with max_rating (加权得分). A weights column means criteria are rows and candidates columns; a weights row, the transpose.
 * @customfunction SCORE
 * @param ratings Ratings, one row (or column) per criterion and one column (or row) per candidate.
 * @param weights Criterion weights, a column or a row; they need not add up to 1.
 * @param [max_rating] Top of the rating scale (e.g. 5): scores become 100 × Σw·s / (Σw × max_rating).
 * @param [blanks] Unrated criteria: 0 (default) #N/A naming the first; 1 skip them and renormalise the weights; 2 count them as 0.
 * @returns One score per candidate.
 */
export function score(ratings: any[][], weights: any[][], max_rating?: any[][], blanks?: any[][]): any[][] {
  return unwrapSingle(
    guard(() => {
      const [ratingsName, weightsName] = SCORE_PARAMS.map((p) => p.name);
      const o = orient(ratingsName, requireGrid(ratingsName, ratings), weightsName, requireGrid(weightsName, weights));
      const w = o.weights.map((c) => toNumber(weightsName, c));
      checkWeights(weightsName, w);
      const max = singleValue(param(SCORE_PARAMS, 'max_rating'), max_rating) as number | null;
      const mode = BLANKS[String(singleValue(param(SCORE_PARAMS, 'blanks'), blanks))];
      const lang = hostLanguage();
      const values = o.candidates.map((cells) =>
        outCell(
          cellTry(() => {
            const s = cells.map((c) => (isBlank(c) ? null : toNumber(ratingsName, c)));
            return weightedScore(s, w, max, mode, (i) => inLanguage(m.criterion(i + 1), lang));
          }),
        ),
      );
      return spillPerCandidate(values, o.criteriaAsRows);
    }),
  );
}

// A blank answer reaches answerPoints as null, which names the accepted answers.
const LEVEL_PARAMS = declare(level, [blankable(text('answers')), text('rule'), num('max_points'), range('points', true)] as const);
const RULES: Record<string, AnswerRule> = { met: 'met', provided: 'provided', grade: 'grade', 满足: 'met', 提供: 'provided', 等级: 'grade' };

/**
 * Points for answers under the seeds' rules: "met" (full / 3 / 0), "provided" (full / 0) or "grade" (A–D = 100/80/60/40 % of max_points) (按规则计分).
 * @customfunction LEVEL
 * @param answers Answers: met/partial/not met (满足/部分满足/不满足, Y/P/N), yes/no (能提供/不能提供) or A–D (优/良/中/差).
 * @param rule "met", "provided" or "grade".
 * @param max_points Full points of the requirement.
 * @param [points] For "met": the points of a partial answer (default 3). For "grade": four shares of max_points for A–D (default 100%, 80%, 60%, 40%).
 * @returns The points of each answer.
 */
export function level(answers: any[][], rule: any[][], max_points: any[][], points?: any[][]): any[][] {
  const pts = guard(() => optionalNumbers(param(LEVEL_PARAMS, 'points').name, points));
  return spill(LEVEL_PARAMS, [answers, rule, max_points], (v) => {
    const r = toChoice('rule', v[1] as string, RULES, ['met', 'provided', 'grade']);
    return answerPoints(v[0] as string | null, r, v[2] as number, pts);
  });
}

const ORDERS: Record<string, RankOrder> = { asc: 'asc', desc: 'desc', 升序: 'asc', 降序: 'desc' };
const RANKPOINTS_PARAMS = declare(rankpoints, [range('values'), range('points', true), choice('order', ORDERS, ['asc', 'desc'], 'asc')] as const);

/**
 * Rank points across candidates: the lowest value gets the first points (default 5), the highest the last (3), all between the middle ones (4); ties share the better points (费用低者得5分,中间者得4分,高者得3分).
 * @customfunction RANKPOINTS
 * @param values The values to rank, e.g. the fee each bidder quotes.
 * @param [points] Points best first (default 5, 4, 3).
 * @param [order] "asc" (default): lower is better; "desc": higher is better.
 * @returns Points for each value, in the shape of values.
 */
export function rankpoints(values: any[][], points?: any[][], order?: any[][]): any[][] {
  return unwrapSingle(
    guard(() => {
      const valuesName = param(RANKPOINTS_PARAMS, 'values').name;
      const g = requireGrid(valuesName, values);
      const flat = g.flatMap((row) => row.map((c) => toNumber(valuesName, c)));
      const pts = optionalNumbers(param(RANKPOINTS_PARAMS, 'points').name, points) ?? undefined;
      pts?.forEach((p) => finite(p));
      const ord = singleValue(param(RANKPOINTS_PARAMS, 'order'), order) as RankOrder;
      const out = rankPoints(flat, pts, ord);
      const cols = g[0].length;
      return g.map((row, r) => row.map((_, c) => outCell(out[r * cols + c])));
    }),
  );
}

function matrixOf(arg: string, g: any[][]): number[][] {
  const grid = requireGrid(arg, g);
  return completeMatrix(
    grid.map((row) => row.map((c) => (isBlank(c) ? null : toNumber(arg, c)))),
    arg,
  );
}

const AHP_METHODS: Record<string, AhpMethod> = { eigen: 'eigen', geomean: 'geomean', 特征向量: 'eigen', 几何平均: 'geomean' };
const AHP_PARAMS = declare(ahp, [range('matrix'), choice('method', AHP_METHODS, ['eigen', 'geomean'], 'eigen')] as const);

/**
 * AHP priority weights from a pairwise comparison matrix (层次分析法权重). An empty lower triangle is filled with reciprocals.
 * @customfunction AHP
 * @param matrix Square matrix: row i, column j says how many times more important criterion i is than j.
 * @param [method] "eigen" (default): principal eigenvector; "geomean": normalised row geometric means.
 * @returns The weights as a column, adding up to 1.
 */
export function ahp(matrix: any[][], method?: any[][]): any[][] {
  return unwrapSingle(
    guard(() => {
      const a = matrixOf(param(AHP_PARAMS, 'matrix').name, matrix);
      const mth = singleValue(param(AHP_PARAMS, 'method'), method) as AhpMethod;
      return ahpWeights(a, mth).map((w) => [outCell(w)]);
    }),
  );
}

const AHP_CR_PARAMS = declare(ahpCr, [range('matrix')] as const);

/**
 * AHP consistency ratio CR = CI / RI with Saaty's random index; below 0.1 the judgements are usually accepted (一致性比率).
 * @customfunction AHP.CR
 * @param matrix Square pairwise comparison matrix (1 to 15 criteria); an empty lower triangle is filled with reciprocals.
 * @returns The consistency ratio.
 */
export function ahpCr(matrix: any[][]): any[][] {
  return unwrapSingle(guard(() => [[outCell(consistencyRatio(matrixOf(param(AHP_CR_PARAMS, 'matrix').name, matrix)))]]));
}

const DIRECTIONS: Record<string, Direction> = { '1': 1, '-1': -1, benefit: 1, cost: -1, 效益: 1, 成本: -1 };
const TOPSIS_PARAMS = declare(topsisFn, [range('matrix'), range('weights'), range('directions')] as const);

/**
 * TOPSIS closeness of each candidate to the ideal (vector normalisation, Hwang & Yoon); 1 is the ideal, 0 the anti-ideal (逼近理想解排序法).
 * @customfunction TOPSIS
 * @param matrix Values, one row (or column) per criterion and one column (or row) per candidate, oriented like weights.
 * @param weights Criterion weights, a column or a row.
 * @param directions Per criterion 1 or "benefit" (higher is better), -1 or "cost" (lower is better); one value applies to all.
 * @returns One closeness coefficient per candidate.
 */
export function topsisFn(matrix: any[][], weights: any[][], directions: any[][]): any[][] {
  return unwrapSingle(
    guard(() => {
      const [matrixName, weightsName, directionsName] = TOPSIS_PARAMS.map((p) => p.name);
      const o = orient(matrixName, requireGrid(matrixName, matrix), weightsName, requireGrid(weightsName, weights));
      const w = o.weights.map((c) => toNumber(weightsName, c));
      const d = requireGrid(directionsName, directions);
      const dCells = d.flat();
      if (dCells.length !== 1 && dCells.length !== w.length)
        throw valueError(m.lengthMismatch(directionsName, dCells.length, weightsName, 'criteria', w.length));
      const dirs = w.map((_, j) => toChoice(directionsName, dCells.length === 1 ? dCells[0] : dCells[j], DIRECTIONS, ['1', '-1', 'benefit', 'cost']));
      const x = o.candidates.map((cells) => cells.map((c) => toNumber(matrixName, c)));
      return spillPerCandidate(topsis(x, w, dirs).map(outCell), o.criteriaAsRows);
    }),
  );
}

const SENSITIVITY_PARAMS = declare(sensitivity, [range('ratings'), range('weights')] as const);

/**
 * For each criterion, the smallest signed change of its share of the weights (the others rescaled proportionally) that changes which candidate ranks first; #N/A where no share from 0 to 100% does (权重敏感性).
 * @customfunction SENSITIVITY
 * @param ratings Ratings, one row (or column) per criterion and one column (or row) per candidate.
 * @param weights Criterion weights, a column or a row; changes are in shares of their total.
 * @returns One change per criterion, in the shape of weights.
 */
export function sensitivity(ratings: any[][], weights: any[][]): any[][] {
  return unwrapSingle(
    guard(() => {
      const [ratingsName, weightsName] = SENSITIVITY_PARAMS.map((p) => p.name);
      const o = orient(ratingsName, requireGrid(ratingsName, ratings), weightsName, requireGrid(weightsName, weights));
      const w = o.weights.map((c) => toNumber(weightsName, c));
      const x = o.candidates.map((cells) => cells.map((c) => toNumber(ratingsName, c)));
      const lang = hostLanguage();
      const name = (i: number) => inLanguage(m.criterion(i + 1), lang);
      const values = weightSensitivity(x, w).map((r) =>
        outCell(r.change !== null ? r.change : naError(r.reason === 'only-weight' ? m.onlyWeight(name(r.criterion)) : m.noFlip(name(r.criterion)))),
      );
      return spillPerCriterion(values, o.criteriaAsRows);
    }),
  );
}

const RANK_METHODS: Record<string, RankWeightMethod> = { roc: 'roc', sum: 'sum', reciprocal: 'reciprocal' };
const WEIGHTS_PARAMS = declare(weights, [range('ranks'), choice('method', RANK_METHODS, ['roc', 'sum', 'reciprocal'], 'roc')] as const);

/**
 * Weights from importance ranks (1 = most important): rank-order centroid, rank-sum or reciprocal; tied ranks share (排序赋权).
 * @customfunction WEIGHTS
 * @param ranks Importance rank of each criterion, 1 for the most important.
 * @param [method] "roc" (default): rank-order centroid; "sum": rank-sum; "reciprocal": rank reciprocal.
 * @returns Weights adding up to 1, in the shape of ranks.
 */
export function weights(ranks: any[][], method?: any[][]): any[][] {
  return unwrapSingle(
    guard(() => {
      const ranksName = param(WEIGHTS_PARAMS, 'ranks').name;
      const g = requireGrid(ranksName, ranks);
      const r = g.flatMap((row) => row.map((c) => toNumber(ranksName, c)));
      const mth = singleValue(param(WEIGHTS_PARAMS, 'method'), method) as RankWeightMethod;
      const w = weightsFromRanks(r, mth);
      const cols = g[0].length;
      return g.map((row, i) => row.map((_, j) => outCell(w[i * cols + j])));
    }),
  );
}
