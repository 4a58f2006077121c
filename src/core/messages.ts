import type { Text } from './errors';

/**
 * Messages shared by every function family. Families with messages of their own keep them in
 * a `messages.ts` beside their code; all of them follow these shapes so users read one voice.
 */
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

export const messages = {
  notANumber: (arg: string, got: unknown): Text => ({
    en: `${arg} must be a number, not ${show(got)}.`,
    zh: `${arg} 必须是数字，而不是 ${show(got)}。`,
  }),
  blank: (arg: string): Text => ({
    en: `${arg} is empty; a number is needed.`,
    zh: `${arg} 为空，需要一个数字。`,
  }),
  blankText: (arg: string, allowed?: readonly string[]): Text =>
    allowed
      ? { en: `${arg} is empty; one of ${allowed.map(show).join(', ')} is needed.`, zh: `${arg} 为空，需要 ${allowed.map(show).join('、')} 之一。` }
      : { en: `${arg} is empty; text is needed.`, zh: `${arg} 为空，需要文本。` },
  notText: (arg: string, got: unknown): Text => ({
    en: `${arg} must be text, not ${show(got)}.`,
    zh: `${arg} 必须是文本，而不是 ${show(got)}。`,
  }),
  notFinite: (arg: string): Text => ({
    en: `${arg} is not a finite number.`,
    zh: `${arg} 不是有限数值。`,
  }),
  shapeMismatch: (a: string, aShape: string, b: string, bShape: string): Text => ({
    en: `${a} (${aShape}) and ${b} (${bShape}) must have the same shape, or one must be a single value.`,
    zh: `${a}（${aShape}）与 ${b}（${bShape}）的形状必须相同，或其中之一为单个值。`,
  }),
  mustBeAtLeast: (arg: string, min: number, got: number): Text => ({
    en: `${arg} must be at least ${min}; got ${got}.`,
    zh: `${arg} 不能小于 ${min}；当前为 ${got}。`,
  }),
  mustBeAbove: (arg: string, min: number, got: number): Text => ({
    en: `${arg} must be greater than ${min}; got ${got}.`,
    zh: `${arg} 必须大于 ${min}；当前为 ${got}。`,
  }),
  mustBeAtMost: (arg: string, max: number | string, got: number): Text => ({
    en: `${arg} must be at most ${max}; got ${got}.`,
    zh: `${arg} 不能大于 ${max}；当前为 ${got}。`,
  }),
  mustBeInteger: (arg: string, got: number): Text => ({
    en: `${arg} must be a whole number; got ${got}.`,
    zh: `${arg} 必须是整数；当前为 ${got}。`,
  }),
  mustBePositive: (arg: string, got: number): Text => ({
    en: `${arg} must be positive; got ${got}.`,
    zh: `${arg} 必须为正数；当前为 ${got}。`,
  }),
  divideByZero: (arg: string): Text => ({
    en: `${arg} is zero, so the ratio is undefined.`,
    zh: `${arg} 为零，比率无定义。`,
  }),
  exceeds: (part: string, whole: string): Text => ({
    en: `${part} cannot exceed ${whole}.`,
    zh: `${part} 不能大于 ${whole}。`,
  }),
  oneOf: (arg: string, allowed: readonly string[], got: unknown): Text => ({
    en: `${arg} must be one of ${allowed.map(show).join(', ')}; got ${show(got)}.`,
    zh: `${arg} 必须是 ${allowed.map(show).join('、')} 之一；当前为 ${show(got)}。`,
  }),
  notSingle: (arg: string, shape: string): Text => ({
    en: `${arg} must be a single value; got a ${shape} range.`,
    zh: `${arg} 必须是单个值；当前为 ${shape} 的区域。`,
  }),
  noData: (arg: string): Text => ({
    en: `${arg} holds no values.`,
    zh: `${arg} 中没有数值。`,
  }),
  resultOverflow: (): Text => ({
    en: 'The result is too large to represent.',
    zh: '结果过大，无法表示。',
  }),
  inputHoldsError: (arg: string, code: string, row?: number): Text =>
    row === undefined
      ? { en: `${arg} holds the error ${code}.`, zh: `${arg} 中含有错误值 ${code}。` }
      : { en: `${arg} holds the error ${code} in row ${row}.`, zh: `${arg} 的第 ${row} 行含有错误值 ${code}。` },
  unexpected: (detail: string): Text => ({
    en: `Unexpected problem: ${detail}`,
    zh: `意外错误：${detail}`,
  }),
};
