import { z } from 'zod';
import type { Text } from '../errors';

/**
 * The scorecard as data. A scorecard is plain JSON: the task pane edits it, the sheet
 * generator renders it, `scoreScorecard` (engine.ts) scores it, and files of it are exported
 * and imported. Nothing in here computes; the schema only checks shape. The rules that span
 * fields (weights summing to 100 %, levels ordered, ratings legal for their criterion, unique
 * ids) live in validate.ts, which every import goes through.
 *
 * How points are counted: every criterion is scored on its own scale, from 0 to its
 * full points (see `fullPointsOf` in rules/). The share reached on that scale is multiplied by the
 * criterion's effective weight (section weight × criterion weight) and by `totalPoints`.
 * So in the tender of docs/seeds.md T2 a licence fee scored 4 of 5, weighing 25 % of a price
 * section worth 40 %, gives 4/5 × 0.4 × 0.25 × 100 = 8 points.
 *
 * Sources: docs/seeds.md (templates T1–T6 and rules R1–R3); the appraisal table of
 * docs/seeds/000 (CRM系统主管业绩考核指标表) for the graded standards.
 *
 * Stability: the sheet generator depends on this shape. Change it additively only.
 */

/** Version tag of the file format; bumped only by a breaking change. */
export const SCORECARD_FORMAT = 1 as const;

/** What a scorecard is used for. */
export type ScorecardKind =
  /** Appraisal of people against graded standards (T1 考核). */
  | 'appraisal'
  /** Selection among candidates: vendors, products (T2 选型, T3 评估). */
  | 'selection'
  /** Monitoring KPIs against targets (T4, T5, T6). */
  | 'kpi';
export const SCORECARD_KINDS = ['appraisal', 'selection', 'kpi'] as const;

/** Who or what is being rated. */
export type CandidateKind = 'person' | 'vendor' | 'product' | 'team' | 'period' | 'organisation';
export const CANDIDATE_KINDS = ['person', 'vendor', 'product', 'team', 'period', 'organisation'] as const;

/** How often a KPI is measured (docs/seeds.md T5). */
export type Period = 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
export const PERIODS = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;

/** What a numeric rating measures; `percent` values are stored as fractions (0.85 = 85 %). */
export type Unit = 'percent' | 'count' | 'score' | 'currency' | 'minutes' | 'hours' | 'days';
export const UNITS = ['percent', 'count', 'score', 'currency', 'minutes', 'hours', 'days'] as const;

/** One graded standard of an appraisal: A, B, C, D in the seeds' table, best first. */
export interface Level {
  /** What a rating names to pick this level, e.g. "A". */
  id: string;
  /** Short name, e.g. 优 / excellent. */
  label: Text;
  /** The standard as the appraiser reads it. */
  description: Text;
  /** Points this level earns, between 0 and the scoring's `maxPoints`. */
  points: number;
}

/** A band of a numeric KPI, e.g. CSAT 90–100 非常满意. */
export interface Band {
  id: string;
  label: Text;
  /**
   * The edge of the band. With direction `at-least` a value ≥ threshold is in the band;
   * with `at-most` a value ≤ threshold is. Bands are listed best first; the first that
   * holds wins, and a value in no band scores 0.
   */
  threshold: number;
  points: number;
}

/** Graded levels with descriptions (docs/seeds.md T1; default A/B/C/D = 100/80/60/40 % of full). */
export interface LevelsScoring {
  type: 'levels';
  maxPoints: number;
  /** Best first; points strictly decreasing. A rating names a level by its id. */
  levels: Level[];
}

/**
 * Rule R1 满足条件即得满分,部分满足得3分,不满足不得分: a rating `met` earns `maxPoints`,
 * `partial` earns `partialPoints` (3 in the seeds), `not-met` earns 0.
 */
export interface MetScoring {
  type: 'met';
  maxPoints: number;
  partialPoints: number;
}

/** Rule R2 能提供即得满分: a rating `provided` earns `maxPoints`, `not-provided` 0. */
export interface ProvidedScoring {
  type: 'provided';
  maxPoints: number;
}

/**
 * Rule R3 费用低者得5分,中间者得4分,高者得3分: ratings are values (a fee), ranked across
 * candidates. With order `asc` the lowest value earns `points[0]`, the highest the last
 * points, everything in between the middle ones; ties share the better points.
 * See rank-points.ts for lists longer than three.
 */
export interface RankScoring {
  type: 'rank';
  maxPoints: number;
  /** Best first, e.g. [5, 4, 3]. */
  points: number[];
  /** `asc`: lower is better (fees); `desc`: higher is better. */
  order: 'asc' | 'desc';
  unit?: Unit;
}

/**
 * A numeric KPI against a target (docs/seeds.md T4, T5): renewal ≥ 85 %, churn ≤ 5 %.
 * With no bands, meeting the target earns `maxPoints` and missing it 0.
 */
export interface TargetScoring {
  type: 'target';
  maxPoints: number;
  direction: 'at-least' | 'at-most';
  target: number;
  unit: Unit;
  period?: Period;
  /** Best first. */
  bands: Band[];
  /** The values a rating may take, when the measure has natural limits (CSAT 0–100). */
  range?: { min: number; max: number };
  /** What to do when the KPI misses its target (docs/seeds.md T5 action column). */
  action?: Text;
}

/**
 * A plain rating scale, e.g. 1–5 or 1–10: the share reached is value / max, the way
 * CRM.SCORE with max_rating counts (a 4 on a 1–5 scale is 80 %).
 */
export interface ScaleScoring {
  type: 'scale';
  min: number;
  max: number;
  /** Labels of ranges of the scale, best first (e.g. 9–10 优秀); informative only. */
  bands?: Band[];
}

export type Scoring = LevelsScoring | MetScoring | ProvidedScoring | RankScoring | TargetScoring | ScaleScoring;
export type ScoringType = Scoring['type'];

export interface Criterion {
  /** Unique within the scorecard; ratings refer to it. */
  id: string;
  name: Text;
  description?: Text;
  /** 信息来源: where the appraiser finds the evidence. */
  source?: Text;
  /** 考评人: who rates. */
  appraiser?: Text;
  /** Share of its section, 0–1; the criteria of a section sum to 1. */
  weight: number;
  scoring: Scoring;
  /** True where the seeds lost this criterion and the template rebuilt it. */
  reconstructed?: boolean;
}

export interface Section {
  id: string;
  /** e.g. 业绩指标 performance, 价格因素 price. */
  name: Text;
  /** Share of the whole scorecard, 0–1; the sections sum to 1. */
  weight: number;
  criteria: Criterion[];
  notes?: Text;
}

/** A rating: a level id, `met`/`partial`/`not-met`, `provided`/`not-provided`, or a number. */
export type Rating = string | number;

export interface Candidate {
  id: string;
  name: Text;
  kind: CandidateKind;
  /** Criterion id → rating. A criterion left out is unrated. */
  ratings: Record<string, Rating>;
  notes?: Text;
}

/**
 * Someone who rates the candidates (考评人 in T1). A card with several appraisers is
 * consolidated (consolidate.ts): each rates on the same criteria, and the points of a
 * criterion are their weighted mean.
 */
export interface Appraiser {
  id: string;
  name: Text;
  /** Relative weight in the consolidated mean (not a share: 2 counts twice 1); 1 when left out. */
  weight?: number;
}

/** One appraiser's ratings of one candidate, keyed like a candidate's own ratings. */
export interface Appraisal {
  appraiserId: string;
  candidateId: string;
  /** Criterion id → rating. A criterion left out is unrated by this appraiser. */
  ratings: Record<string, Rating>;
}

export interface Scorecard {
  format: typeof SCORECARD_FORMAT;
  id: string;
  title: Text;
  /** Purpose, how to use it, and which parts were reconstructed. */
  notes: Text;
  kind: ScorecardKind;
  /** 部门, e.g. 营销管理部 for T1. */
  department?: Text;
  /** Points of a candidate who earns full points everywhere; usually 100. */
  totalPoints: number;
  sections: Section[];
  candidates: Candidate[];
  /**
   * Who filled in the candidates' ratings of this card: set on the copy each appraiser of a
   * consolidated card gets, so that `merge` knows whose ratings a returned workbook holds.
   */
  appraiser?: Appraiser;
  /**
   * Several appraisers. Their ratings are in `appraisals`, and candidates' own `ratings` stay
   * empty, so that no rating belongs to nobody. Left out, the card has one appraiser (format 1).
   */
  appraisers?: Appraiser[];
  appraisals?: Appraisal[];
  /**
   * Appraisers disagree on a criterion when their points differ by more than this share of
   * the criterion's points (of `totalPoints` for totals); 0.2 when left out (consolidate.ts says why).
   */
  disagreement?: number;
}

// ---- zod schema (shape only; validate.ts adds the cross-field rules) ----

const text = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
const points = z.number().min(0);
const unit = z.enum(UNITS);

const level = z.strictObject({ id: z.string().min(1), label: text, description: text, points });
const band = z.strictObject({ id: z.string().min(1), label: text, threshold: z.number(), points });

const scoring = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('levels'), maxPoints: z.number().positive(), levels: z.array(level).min(2) }),
  z.strictObject({ type: z.literal('met'), maxPoints: z.number().positive(), partialPoints: points }),
  z.strictObject({ type: z.literal('provided'), maxPoints: z.number().positive() }),
  z.strictObject({
    type: z.literal('rank'),
    maxPoints: z.number().positive(),
    points: z.array(points).min(1),
    order: z.enum(['asc', 'desc']),
    unit: unit.optional(),
  }),
  z.strictObject({
    type: z.literal('target'),
    maxPoints: z.number().positive(),
    direction: z.enum(['at-least', 'at-most']),
    target: z.number(),
    unit,
    period: z.enum(PERIODS).optional(),
    bands: z.array(band),
    range: z.strictObject({ min: z.number(), max: z.number() }).optional(),
    action: text.optional(),
  }),
  z.strictObject({ type: z.literal('scale'), min: z.number(), max: z.number().positive(), bands: z.array(band).optional() }),
]);

const weight = z.number().min(0);

const criterion = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  source: text.optional(),
  appraiser: text.optional(),
  weight,
  scoring,
  reconstructed: z.boolean().optional(),
});

const section = z.strictObject({ id, name: text, weight, criteria: z.array(criterion).min(1), notes: text.optional() });

const candidate = z.strictObject({
  id,
  name: text,
  kind: z.enum(CANDIDATE_KINDS),
  ratings: z.record(z.string(), z.union([z.string(), z.number()])),
  notes: text.optional(),
});

const appraiser = z.strictObject({ id, name: text, weight: weight.optional() });

const appraisal = z.strictObject({
  appraiserId: id,
  candidateId: id,
  ratings: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** Shape of a scorecard file. Use `validateScorecard` (validate.ts), which adds the rules. */
export const scorecardShape = z.strictObject({
  format: z.literal(SCORECARD_FORMAT),
  id,
  title: text,
  notes: text,
  kind: z.enum(SCORECARD_KINDS),
  department: text.optional(),
  totalPoints: z.number().positive(),
  sections: z.array(section).min(1),
  candidates: z.array(candidate),
  appraiser: appraiser.optional(),
  appraisers: z.array(appraiser).min(1).optional(),
  appraisals: z.array(appraisal).optional(),
  disagreement: z.number().min(0).max(1).optional(),
});

// The hand-written interfaces above are the documentation; this line keeps them and the
// schema from drifting apart (a compile error if either side changes alone).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapeMatches: Same<z.infer<typeof scorecardShape>, Scorecard> = true;
void shapeMatches;
