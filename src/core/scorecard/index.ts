/**
 * The scorecard engine: model and validation, file import/export, scoring, the decision
 * methods behind the CRM.* scorecard functions, and the built-in templates T1–T6.
 */
export * from './model';
export { RULES, SCORING_TYPES, ruleOf, starterScoring, fullPointsOf, boundsOf, choicesOf, typedRating, acceptedText } from './rules';
export type { Accepts, Bounds, Choice, ScoringRule } from './rules';
export { validateScorecard, formatPath, acceptedRatings, WEIGHT_TOLERANCE } from './validate';
export type { ValidationIssue, ValidationResult, ValidateOptions, ValidScorecard } from './validate';
export { ratingOf, isRated, ratingsRecord, withRating, withoutRatings } from './ratings';
export { exportScorecard, importScorecard, requireValid } from './json';
export { scoreScorecard, ranksOf } from './engine';
export type { ScorecardResult, CandidateResult, SectionResult, CriterionResult } from './engine';
export { consolidateAppraisals, cardOfAppraiser, appraisersOf, spreadOf, DEFAULT_DISAGREEMENT } from './consolidate';
export type { ConsolidatedResult, ConsolidatedCandidate, ConsolidatedCriterion, Spread } from './consolidate';
export { weightedScore, checkWeights } from './weighted-score';
export type { BlankMode } from './weighted-score';
export { answerPoints, ACCEPTED_ANSWERS, DEFAULT_GRADE_SHARES, DEFAULT_PARTIAL_POINTS } from './answer-points';
export type { AnswerRule } from './answer-points';
export { rankPoints, DEFAULT_RANK_POINTS } from './rank-points';
export type { RankOrder } from './rank-points';
export { ahpWeights, completeMatrix, consistencyRatio, geometricMeanWeights, leastConsistentJudgement, principalEigen, RANDOM_INDEX } from './ahp';
export type { AhpMethod } from './ahp';
export { groupAhp, kendallW } from './ahp-group';
export type { GroupAhp } from './ahp-group';
export { topsis } from './topsis';
export type { Direction } from './topsis';
export { weightSensitivity, sensitivityInWords, winnerOf } from './sensitivity';
export type { WeightSensitivity } from './sensitivity';
export { scorecardSensitivity } from './scorecard-sensitivity';
export type { CriterionSensitivity } from './scorecard-sensitivity';
export { weightsFromRanks } from './rank-weights';
export type { RankWeightMethod } from './rank-weights';
export {
  BUILT_IN_TEMPLATES,
  templateById,
  t1SupervisorAppraisal,
  t2VendorSelection,
  t3SoftwareEvaluation,
  t4ServiceQuality,
  t5KpiTargets,
  t6CapabilityAssessment,
} from './templates';
