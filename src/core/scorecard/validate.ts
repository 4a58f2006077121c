import type { z } from 'zod';
import type { Text } from '../errors';
import { scorecardMessages as m } from './messages';
import { Candidate, Criterion, Scorecard, scorecardShape } from './model';
import { boundsOf, choicesOf, ruleOf } from './rules';
import { uniqueIds } from './rules/checks';

/**
 * Validation of a scorecard: the zod shape first, then the rules that span fields. Every
 * problem is reported with its path (`sections[1].criteria[3].weight`) in both languages,
 * all at once, so a file can be fixed in one pass. A card that fails is never returned.
 */
export interface ValidationIssue {
  path: string;
  text: Text;
}
declare const checked: unique symbol;
/**
 * A card that passed `validateScorecard`. Only validation makes one, so scoring, the sheet
 * layout and sensitivity, which take only this type, never validate again: one click on
 * Generate validates once.
 */
export type ValidScorecard = Scorecard & { readonly [checked]: true };

export type ValidationResult = { ok: true; card: ValidScorecard } | { ok: false; errors: ValidationIssue[] };

export interface ValidateOptions {
  /** Rescale section and criterion weights that do not add up to 100 % instead of rejecting them. */
  normalise?: boolean;
}

/** Weights within this distance of 100 % count as 100 % (three weights of 1/3 typed as 33.33 % do not). */
export const WEIGHT_TOLERANCE = 1e-6;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out || '(scorecard)';
}

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** A zod issue as a path and a sentence in both languages; trackers (src/core/kpi) share it. */
export function fromZod(issue: z.core.$ZodIssue, input: unknown): ValidationIssue {
  const path = formatPath(issue.path);
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return { path, text: got === undefined ? m.missing(path) : m.expectedType(path, issue.expected, typeName(got)) };
    case 'too_small':
      return { path, text: m.tooSmall(path, issue.minimum, issue.inclusive ?? true, issue.origin) };
    case 'too_big':
      return { path, text: m.tooBig(path, issue.maximum) };
    case 'invalid_value':
      return { path, text: m.oneOfValues(path, issue.values, got) };
    case 'unrecognized_keys':
      return { path, text: m.unknownKeys(path, issue.keys) };
    case 'invalid_format':
      return { path, text: m.badId(path, got) };
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return { path, text: m.oneOfValues(path, issue.options, got) };
      return { path, text: m.expectedType(path, 'text or a number', typeName(got)) };
    default:
      return { path, text: m.invalidValue(path, got) };
  }
}

/** Checks one list of weights; returns them rescaled when normalising. */
function checkWeights(weights: number[], path: string, normalise: boolean, out: ValidationIssue[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (Math.abs(sum - 1) <= WEIGHT_TOLERANCE) return weights;
  if (!normalise) {
    out.push({ path, text: m.weightsSum(path, sum) });
    return weights;
  }
  if (sum === 0) {
    out.push({ path, text: m.weightsAllZero(path) });
    return weights;
  }
  return weights.map((w) => w / sum);
}

/** The ratings a criterion accepts, for messages. */
export function acceptedRatings(c: Criterion): readonly (string | number)[] | 'number' {
  return choicesOf(c.scoring)?.map((x) => x.id) ?? 'number';
}

/**
 * A rating its rule does not accept is refused, never scored 0: the sheet would show a total
 * nobody typed. The message names the candidate and the criterion, as the person fixing the
 * file knows them, beside the path.
 */
function checkRating(c: Criterion, cand: Candidate, v: string | number, path: string, out: ValidationIssue[]): void {
  const whose = m.ratingOf(path, cand.name, c.name);
  const accepted = acceptedRatings(c);
  if (accepted !== 'number') {
    if (!accepted.includes(v)) out.push({ path, text: m.illegalRating(whose, v, accepted) });
    return;
  }
  if (typeof v !== 'number') {
    out.push({ path, text: m.ratingNotNumber(whose, v) });
    return;
  }
  const range = boundsOf(c.scoring);
  if (range && (v < range.min || v > range.max)) out.push({ path, text: m.outsideRange(whose, v, range.min, range.max) });
}

/**
 * Several appraisers: ids unique, weights not all zero, every appraisal of a known appraiser
 * and candidate, one per pair, its ratings legal as a candidate's own would be; candidates'
 * own ratings empty, so no rating is left without an appraiser.
 */
function checkAppraisers(card: Scorecard, byId: ReadonlyMap<string, Criterion>, errors: ValidationIssue[]): void {
  const report = (path: string, text: Text) => errors.push({ path, text });
  const { appraisers, appraisals } = card;
  if (card.appraiser && appraisers) report('appraiser', m.appraiserAndAppraisers());
  if (!appraisers) {
    if (appraisals) report('appraisals', m.appraisalsWithoutAppraisers('appraisals'));
    return;
  }
  uniqueIds(
    appraisers.map((a, i) => ({ id: a.id, path: `appraisers[${i}].id` })),
    report,
  );
  if (appraisers.every((a) => (a.weight ?? 1) === 0)) report('appraisers', m.appraiserWeightsZero('appraisers'));
  card.candidates.forEach((cand, i) => {
    if (Object.keys(cand.ratings).length > 0) report(`candidates[${i}].ratings`, m.ratingsOfNobody(`candidates[${i}].ratings`, cand.name));
  });
  const known = new Set(appraisers.map((a) => a.id));
  const candidates = new Map(card.candidates.map((c) => [c.id, c] as const));
  const seen = new Map<string, string>();
  (appraisals ?? []).forEach((a, i) => {
    const at = `appraisals[${i}]`;
    if (!known.has(a.appraiserId)) report(`${at}.appraiserId`, m.unknownAppraiser(`${at}.appraiserId`, a.appraiserId));
    const cand = candidates.get(a.candidateId);
    if (!cand) report(`${at}.candidateId`, m.unknownCandidate(`${at}.candidateId`, a.candidateId));
    const pair = JSON.stringify([a.appraiserId, a.candidateId]);
    const first = seen.get(pair);
    if (first !== undefined) report(at, m.appraisalRepeated(at, a.appraiserId, a.candidateId, first));
    else seen.set(pair, at);
    if (!cand) return;
    for (const [cid, v] of Object.entries(a.ratings)) {
      const path = `${at}.ratings${formatPath([cid]).replace(/^(?=[A-Za-z_$])/, '.')}`;
      const c = byId.get(cid);
      if (!c) errors.push({ path, text: m.unknownCriterion(path, cid) });
      else checkRating(c, cand, v, path, errors);
    }
  });
}

export function validateScorecard(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = scorecardShape.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => fromZod(i, input)) };
  // The input, not zod's copy: zod rebuilds objects in schema order, and an exact round trip
  // of a file needs its own key order. The strict shape guarantees both hold the same data.
  const card = input as Scorecard;
  const errors: ValidationIssue[] = [];
  const report = (path: string, text: Text) => errors.push({ path, text });
  const normalise = options.normalise ?? false;

  uniqueIds(
    card.sections.map((s, i) => ({ id: s.id, path: `sections[${i}].id` })),
    report,
  );
  uniqueIds(
    card.sections.flatMap((s, i) => s.criteria.map((c, j) => ({ id: c.id, path: `sections[${i}].criteria[${j}].id` }))),
    report,
  );
  uniqueIds(
    card.candidates.map((c, i) => ({ id: c.id, path: `candidates[${i}].id` })),
    report,
  );

  const sectionWeights = checkWeights(
    card.sections.map((s) => s.weight),
    'sections',
    normalise,
    errors,
  );
  const sections = card.sections.map((s, i) => {
    const cw = checkWeights(
      s.criteria.map((c) => c.weight),
      `sections[${i}].criteria`,
      normalise,
      errors,
    );
    s.criteria.forEach((c, j) => ruleOf(c.scoring).check(c.scoring, `sections[${i}].criteria[${j}].scoring`, report));
    return { ...s, weight: sectionWeights[i], criteria: s.criteria.map((c, j) => ({ ...c, weight: cw[j] })) };
  });

  const byId = new Map(card.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
  card.candidates.forEach((cand, i) => {
    for (const [cid, v] of Object.entries(cand.ratings)) {
      const path = `candidates[${i}].ratings${formatPath([cid]).replace(/^(?=[A-Za-z_$])/, '.')}`;
      const c = byId.get(cid);
      if (!c) errors.push({ path, text: m.unknownCriterion(path, cid) });
      else checkRating(c, cand, v, path, errors);
    }
  });

  checkAppraisers(card, byId, errors);

  if (errors.length) return { ok: false, errors };
  return { ok: true, card: (normalise ? { ...card, sections } : card) as ValidScorecard };
}
