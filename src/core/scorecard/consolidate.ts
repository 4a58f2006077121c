import type { Appraiser, Scorecard } from './model';
import { ratingsRecord } from './ratings';
import { scoreScorecard, ranksOf, ScorecardResult } from './engine';
import { requireValid } from './json';
import { validateScorecard, ValidScorecard } from './validate';

/**
 * Several appraisers of one card, consolidated. Each appraiser's ratings are scored exactly as
 * a card of one appraiser is (engine.ts, rank rules ranking within that appraiser's ratings),
 * then, per candidate and criterion:
 *   mean  = Σ wₐ·pointsₐ / Σ wₐ over the appraisers who rated it (w = appraiser weight, 1 when left out),
 *   min, max, and the sample standard deviation (STDEV) of their points, unweighted, since a
 *   zero-weight appraiser who disagrees still disagrees;
 *   disagree = max − min exceeds the card's `disagreement` share of the criterion's points.
 * An appraiser who did not rate a criterion is left out of it rather than counted as 0: a
 * missing rating is no opinion, and counting it as 0 would pull the mean down silently. The
 * consolidated total is the sum of the criteria's means; the spread of totals is taken over
 * every appraiser's own total (an unrated criterion counts 0 there, as on their own sheet).
 *
 * Why 20 % by default: the default graded levels (A/B/C/D = 100/80/60/40 % of full points,
 * answer-points.ts) lie 20 % apart, so appraisers one level apart agree and two levels apart
 * are flagged; on a met rule (full, 3 of 5, 0) any two different answers are 40 % apart and
 * flagged. Differences are compared rounded to 9 decimals, as the sheet does, so that
 * 30 − 24 is not taken to exceed 20 % of 30.000000000000004.
 */
export const DEFAULT_DISAGREEMENT = 0.2;

/** Decimals compared: points are products of short decimals, exact to far fewer digits. */
const DIGITS = 9;
const round = (x: number) => Math.round(x * 10 ** DIGITS) / 10 ** DIGITS;

export interface Spread {
  /** Weighted mean of the points of the appraisers who rated; null when nobody did (or only zero weights). */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Sample standard deviation; null with fewer than two values. */
  sd: number | null;
  /** max − min exceeds the disagreement share of the full points. */
  disagree: boolean;
}

export interface ConsolidatedCriterion extends Spread {
  criterionId: string;
  sectionId: string;
  maxPoints: number;
  /** Each appraiser's points, in appraiser order; null where that appraiser did not rate. */
  byAppraiser: (number | null)[];
}

export interface ConsolidatedCandidate {
  candidateId: string;
  criteria: ConsolidatedCriterion[];
  /** Sum of the criteria's means. */
  total: number;
  /** Each appraiser's own total, in appraiser order, and their spread (its `mean` is their weighted mean). */
  totals: number[];
  totalSpread: Spread;
  /** 1 = best by consolidated total; equal totals share a rank. */
  rank: number;
}

export interface ConsolidatedResult {
  scorecardId: string;
  appraisers: Appraiser[];
  /** Weights as used, 1 where left out. */
  weights: number[];
  disagreement: number;
  /** The engine's result of each appraiser's ratings, in appraiser order. */
  byAppraiser: ScorecardResult[];
  candidates: ConsolidatedCandidate[];
}

/** The appraisers of a card: its list, or the one of a copy, or a single unnamed one. */
export function appraisersOf(card: Scorecard): Appraiser[] {
  return card.appraisers ?? [card.appraiser ?? { id: 'appraiser', name: { en: 'Appraiser', zh: '考评人' } }];
}

/**
 * The copy of a card one appraiser fills in: their ratings as the candidates' ratings, the
 * appraiser named in `appraiser`, the list of appraisers left out. It is a card of one
 * appraiser, so its sheet, read-back and scoring are the ones every card has.
 */
export function cardOfAppraiser(card: ValidScorecard, appraiserId: string): ValidScorecard {
  if (!card.appraisers) return card;
  const appraiser = card.appraisers.find((a) => a.id === appraiserId);
  if (!appraiser) throw new Error(`no appraiser ${appraiserId}`);
  const { appraisers: _list, appraisals, ...rest } = card;
  void _list;
  const mine = new Map((appraisals ?? []).filter((a) => a.appraiserId === appraiserId).map((a) => [a.candidateId, a.ratings] as const));
  return requireValid(
    validateScorecard({
      ...rest,
      appraiser,
      candidates: card.candidates.map((c) => ({ ...c, ratings: ratingsRecord(Object.entries(mine.get(c.id) ?? {})) })),
    }),
  );
}

/** Weighted mean, min, max, sample standard deviation and the disagreement flag of some points. */
export function spreadOf(points: readonly (number | null)[], weights: readonly number[], limit: number): Spread {
  let sw = 0;
  let swx = 0;
  const xs: number[] = [];
  points.forEach((p, i) => {
    if (p === null) return;
    xs.push(p);
    sw += weights[i];
    swx += weights[i] * p;
  });
  if (xs.length === 0) return { mean: null, min: null, max: null, sd: null, disagree: false };
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = xs.length < 2 ? null : Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
  return { mean: sw > 0 ? swx / sw : null, min, max, sd, disagree: round(max - min) > round(limit) };
}

/** Scores every appraiser's ratings and consolidates them. A card of one appraiser is its own consolidation. */
export function consolidateAppraisals(card: ValidScorecard): ConsolidatedResult {
  const appraisers = appraisersOf(card);
  const weights = appraisers.map((a) => a.weight ?? 1);
  const share = card.disagreement ?? DEFAULT_DISAGREEMENT;
  const byAppraiser = appraisers.map((a) => scoreScorecard(cardOfAppraiser(card, a.id)));
  const candidates = card.candidates.map((cand, j) => {
    const mine = byAppraiser.map((r) => r.candidates[j]);
    const criteria = mine[0].criteria.map((c, i) => {
      const byA = mine.map((r) => (r.criteria[i].raw === null ? null : r.criteria[i].points));
      return { criterionId: c.criterionId, sectionId: c.sectionId, maxPoints: c.maxPoints, byAppraiser: byA, ...spreadOf(byA, weights, share * c.maxPoints) };
    });
    const totals = mine.map((r) => r.total);
    return {
      candidateId: cand.id,
      criteria,
      total: criteria.reduce((s, c) => s + (c.mean ?? 0), 0),
      totals,
      totalSpread: spreadOf(totals, weights, share * card.totalPoints),
      rank: 0,
    };
  });
  const ranks = ranksOf(candidates.map((c) => c.total));
  candidates.forEach((c, i) => (c.rank = ranks[i]));
  return { scorecardId: card.id, appraisers, weights, disagreement: share, byAppraiser, candidates };
}
