import { naError, numError, valueError } from '../errors';
import { messages } from '../messages';
import { AnswerId, ANSWERS } from '../vocabulary';
import { scorecardMessages as m } from './messages';

/**
 * Points for a spoken answer under the seeds' rules (docs/seeds.md T1, T2):
 * - met      满足条件即得满分,部分满足得3分,不满足不得分 — full / partial points (3) / 0;
 * - provided 能提供即得满分 — full / 0;
 * - grade    the appraisal table's four standards A–D, each a share of full points
 *            (default 100/80/60/40 %, the blank point column of 000 filled with an even step).
 * Answers are matched ignoring case and spaces, in English, Chinese or by letter.
 */
export type AnswerRule = 'met' | 'provided' | 'grade';

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

// Maps, not object literals: an answer is whatever was typed, and "constructor" must not
// find Object's own function where a table of answers is looked up.
const table = <T extends number>(o: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(o));
/** The words a generated sheet offers (src/core/vocabulary.ts), in either language, as typed. */
const sheetWords = <T extends number>(ids: readonly AnswerId[]): Record<string, T> =>
  Object.fromEntries(ids.flatMap((id, i) => [ANSWERS[id].en, ANSWERS[id].zh].map((w) => [key(w), i as T])));
const MET = table<0 | 1 | 2>({
  ...sheetWords(['met', 'partial', 'not-met']),
  y: 0,
  yes: 0,
  是: 0,
  partial: 1,
  partly: 1,
  'partially met': 1,
  p: 1,
  部分: 1,
  'not-met': 2,
  n: 2,
  no: 2,
  否: 2,
});
const PROVIDED = table<0 | 1>({
  ...sheetWords(['provided', 'not-provided']),
  yes: 0,
  y: 0,
  提供: 0,
  是: 0,
  'not-provided': 1,
  no: 1,
  n: 1,
  未提供: 1,
  否: 1,
});
const GRADE = table<0 | 1 | 2 | 3>({
  a: 0,
  优: 0,
  优秀: 0,
  excellent: 0,
  b: 1,
  良: 1,
  良好: 1,
  good: 1,
  c: 2,
  中: 2,
  合格: 2,
  fair: 2,
  d: 3,
  差: 3,
  不合格: 3,
  poor: 3,
});

/** What the error message lists: the main spellings, not every synonym. */
export const ACCEPTED_ANSWERS: Record<AnswerRule, readonly string[]> = {
  met: ['met', 'partial', 'not met', '满足', '部分满足', '不满足', 'Y', 'P', 'N'],
  provided: ['yes', 'no', '能提供', '不能提供'],
  grade: ['A', 'B', 'C', 'D', '优', '良', '中', '差'],
};

export const DEFAULT_PARTIAL_POINTS = 3;
export const DEFAULT_GRADE_SHARES: readonly number[] = [1, 0.8, 0.6, 0.4];

/**
 * `points`: for "met" one number, the points of a partial answer (default 3); for "grade"
 * four shares of max_points for A–D as fractions (100 % = 1); not used by "provided".
 */
export function answerPoints(answer: string | null, rule: AnswerRule, maxPoints: number, points: readonly number[] | null): number {
  if (maxPoints <= 0) throw numError(messages.mustBePositive('max_points', maxPoints));
  const accepted = ACCEPTED_ANSWERS[rule];
  if (answer === null || answer.trim() === '') throw naError(m.emptyAnswer(accepted));
  const answers: ReadonlyMap<string, number> = rule === 'met' ? MET : rule === 'provided' ? PROVIDED : GRADE;
  const idx = answers.get(key(answer));
  if (idx === undefined) throw naError(m.unknownAnswer(answer, accepted));

  if (rule === 'provided') {
    if (points !== null) throw valueError(m.pointsNotUsed(rule));
    return idx === 0 ? maxPoints : 0;
  }
  if (rule === 'met') {
    if (points !== null && points.length !== 1) throw valueError(m.pointsCount(rule, 1, points.length));
    const partial = points?.[0] ?? DEFAULT_PARTIAL_POINTS;
    if (partial < 0) throw numError(messages.mustBeAtLeast('points', 0, partial));
    if (partial > maxPoints) throw numError(messages.mustBeAtMost('points', `max_points (${maxPoints})`, partial));
    return [maxPoints, partial, 0][idx];
  }
  if (points !== null && points.length !== 4) throw valueError(m.pointsCount(rule, 4, points.length));
  const shares = points ?? DEFAULT_GRADE_SHARES;
  for (const s of shares) {
    if (s < 0) throw numError(messages.mustBeAtLeast('points', 0, s));
    if (s > 1) throw numError(messages.mustBeAtMost('points', '100% (1)', s));
  }
  return shares[idx] * maxPoints;
}
