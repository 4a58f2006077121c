import { numError, type Text } from '../errors';

/**
 * Checks of a model's predictions against what customers did in a holdout period: the error
 * measures and the table by calibration frequency of Fader, Hardie & Lee (2005), "Counting
 * your customers the easy way", section 4 (figure 4: actual and conditional expected
 * transactions in weeks 40–78 by the number of repeat transactions in weeks 1–39).
 */
export interface ForecastErrors {
  /** Mean absolute error. */
  mae: number;
  /** Root mean squared error. */
  rmse: number;
  /** Mean of predicted − actual: positive when the model predicts too many purchases. */
  bias: number;
}

const validationMessages = {
  lengths: (a: string, na: number, b: string, nb: number): Text => ({
    en: `${a} (${na} values) and ${b} (${nb} values) must have one value per customer each.`,
    zh: `${a}（${na} 个值）与 ${b}（${nb} 个值）必须每位客户各一个值。`,
  }),
  none: (): Text => ({ en: 'No customer rows were given.', zh: '没有提供任何客户数据。' }),
  negativeActual: (row: number, v: number): Text => ({
    en: `Row ${row}: actual purchases cannot be negative; got ${v}.`,
    zh: `第 ${row} 行：实际购买次数不能为负数；当前为 ${v}。`,
  }),
};

export function forecastErrors(predicted: ArrayLike<number>, actual: ArrayLike<number>): ForecastErrors {
  if (predicted.length !== actual.length) throw numError(validationMessages.lengths('predicted', predicted.length, 'actual', actual.length));
  const n = predicted.length;
  if (n === 0) throw numError(validationMessages.none());
  let abs = 0;
  let sq = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = predicted[i] - actual[i];
    abs += Math.abs(e);
    sq += e * e;
    sum += e;
  }
  return { mae: abs / n, rmse: Math.sqrt(sq / n), bias: sum / n };
}

export interface FrequencyClass {
  /** The calibration frequency of the class; the last class holds every frequency from it up. */
  frequency: number;
  /** True for the last, open class ("7+"). */
  open: boolean;
  customers: number;
  /** Mean holdout purchases of the class; null for a class with no customer. */
  actual: number | null;
  expected: number | null;
}

/**
 * Customers grouped by calibration frequency 0, 1, …, top − 1 and top or more, with the mean
 * of their actual and of their expected holdout purchases. Every class is listed, empty ones
 * too, so the table keeps its shape from one data set to the next.
 */
export function byFrequency(
  frequency: ArrayLike<number>,
  expected: ArrayLike<number>,
  actual: ArrayLike<number>,
  top = 7,
  rows?: ArrayLike<number>,
): FrequencyClass[] {
  const n = frequency.length;
  if (n === 0) throw numError(validationMessages.none());
  const count = new Array<number>(top + 1).fill(0);
  const act = new Array<number>(top + 1).fill(0);
  const exp = new Array<number>(top + 1).fill(0);
  for (let i = 0; i < n; i++) {
    if (actual[i] < 0) throw numError(validationMessages.negativeActual(rows ? rows[i] : i + 1, actual[i]));
    const k = Math.min(frequency[i], top);
    count[k]++;
    act[k] += actual[i];
    exp[k] += expected[i];
  }
  return count.map((c, k) => ({
    frequency: k,
    open: k === top,
    customers: c,
    actual: c ? act[k] / c : null,
    expected: c ? exp[k] / c : null,
  }));
}
