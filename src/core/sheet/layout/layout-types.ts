import type { Scoring } from '../../scorecard/model';
import type { SheetPlan } from '../plan';

/** A rating cell: whose rating of which criterion, and the scoring that reads it. */
export interface RatingInput {
  criterionId: string;
  candidateId: string;
  cell: string;
  scoring: Scoring;
}

/** A generated scorecard sheet: its plan and the cells readers and tests need to find. */
export interface ScorecardLayout {
  plan: SheetPlan;
  /** Cells a user edits and read-back reads. */
  inputs: {
    ratings: RatingInput[];
    criterionWeights: { criterionId: string; sectionId: string; cell: string }[];
    sectionWeights: { sectionId: string; cell: string }[];
    candidateNames: { candidateId: string; cell: string }[];
  };
  /** Cells the formulas compute, for tests and readers. */
  outputs: {
    points: { criterionId: string; candidateId: string; cell: string }[];
    sectionPoints: { sectionId: string; candidateId: string; cell: string }[];
    totals: { candidateId: string; cell: string }[];
    ranks: { candidateId: string; cell: string }[];
    statuses: { criterionId: string; candidateId: string; cell: string }[];
    grades: { candidateId: string; cell: string }[];
    weightsCheck: string;
  };
}
