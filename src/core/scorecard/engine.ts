import type { Text } from '../language';
import { Criterion, Scorecard } from './model';
import { gradeOf, gradeScaleOf } from './overall-grade';
import { ratingOf } from './ratings';
import { fullPointsOf, ruleOf } from './rules';
import type { Scored } from './rules/rule';
import { countAbove, sortedComparable } from './sorted';
import type { ValidScorecard } from './validate';

/**
 * Scores every candidate of a scorecard. For each criterion the rating becomes points on the
 * criterion's own scale (`raw`, 0 to full points), then weighted points
 *   points = raw / full × section weight × criterion weight × totalPoints,
 * so a candidate with full marks everywhere totals `totalPoints`. The sheet generator writes
 * the same arithmetic as Excel formulas; this is the reference it is tested against.
 * Unrated criteria earn nothing and are listed in `unrated`; rank-scored criteria are ranked
 * among the candidates that rated them.
 */
export interface CriterionResult {
  criterionId: string;
  sectionId: string;
  /** Points on the criterion's own scale; null when unrated. */
  raw: number | null;
  /** raw / full points. */
  share: number | null;
  /** Weighted points toward the total; 0 when unrated. */
  points: number;
  /** Full weighted points of this criterion. */
  maxPoints: number;
  /** The level or band the rating falls in, where the scoring has them. */
  grade?: string;
}

export interface SectionResult {
  sectionId: string;
  points: number;
  maxPoints: number;
}

export interface CandidateResult {
  candidateId: string;
  criteria: CriterionResult[];
  sections: SectionResult[];
  total: number;
  /** 1 = best; equal totals share a rank (1, 2, 2, 4). */
  rank: number;
  /** An appraisal's overall grade (overall-grade.ts), where its card has graded levels. */
  overallGrade?: Text;
  unrated: string[];
}

export interface ScorecardResult {
  scorecardId: string;
  totalPoints: number;
  /** Effective weight (section × criterion) of every criterion, in card order. */
  weights: { criterionId: string; sectionId: string; weight: number }[];
  candidates: CandidateResult[];
}

/** Totals closer than this are equal: they come from sums of products of short decimals. */
const TIE = 1e-9;

/** Points of every candidate on one criterion, by candidate id: a rule scores a whole row. */
function scoredRow(c: Criterion, card: Scorecard): Map<string, Scored | null> {
  const rule = ruleOf(c.scoring);
  const scored = rule.score(
    c.scoring,
    card.candidates.map((k) => ratingOf(k, c.id)),
  );
  return new Map(card.candidates.map((k, i) => [k.id, scored[i]] as const));
}

/**
 * Competition ranks of totals, highest first: 1 + how many totals exceed t by more than TIE.
 * Counted by binary search in one sorted copy, because a pass over all totals per candidate
 * took seconds at 10,000 candidates.
 */
export function ranksOf(totals: readonly number[]): number[] {
  const sorted = sortedComparable(totals);
  return totals.map((t) => 1 + countAbove(sorted, t + TIE));
}

/** Scores a validated scorecard. */
export function scoreScorecard(card: ValidScorecard): ScorecardResult {
  const weights = card.sections.flatMap((s) => s.criteria.map((c) => ({ criterionId: c.id, sectionId: s.id, weight: s.weight * c.weight })));
  const rows = new Map(card.sections.flatMap((s) => s.criteria.map((c) => [c.id, scoredRow(c, card)] as const)));

  const candidates = card.candidates.map((cand) => {
    const criteria: CriterionResult[] = [];
    const sections: SectionResult[] = [];
    const unrated: string[] = [];
    for (const s of card.sections) {
      let sp = 0;
      let sm = 0;
      for (const c of s.criteria) {
        const max = s.weight * c.weight * card.totalPoints;
        sm += max;
        const scored = rows.get(c.id)!.get(cand.id);
        if (!scored) {
          unrated.push(c.id);
          criteria.push({ criterionId: c.id, sectionId: s.id, raw: null, share: null, points: 0, maxPoints: max });
          continue;
        }
        const { raw, grade } = scored;
        const share = raw / fullPointsOf(c.scoring);
        const points = share * max;
        sp += points;
        criteria.push({ criterionId: c.id, sectionId: s.id, raw, share, points, maxPoints: max, ...(grade !== undefined ? { grade } : {}) });
      }
      sections.push({ sectionId: s.id, points: sp, maxPoints: sm });
    }
    const total = sections.reduce((t, x) => t + x.points, 0);
    return { candidateId: cand.id, criteria, sections, total, rank: 0, unrated };
  });
  const ranks = ranksOf(candidates.map((c) => c.total));
  const scale = gradeScaleOf(card);
  candidates.forEach((c, i) => {
    c.rank = ranks[i];
    if (scale) (c as CandidateResult).overallGrade = gradeOf(c.total, card.totalPoints, scale.grades).label;
  });
  return { scorecardId: card.id, totalPoints: card.totalPoints, weights, candidates };
}
