import type { Lang, Text } from '../../core/errors';
import type { Rating, Scorecard, ScoringType } from '../../core/scorecard';
import type { Origin, RatingsView } from './model';

/** A list of weights that must add up to 100 %: the sections (null) or the criteria of one section. */
export type WeightGroup = string | null;

/**
 * Every edit the pane can make. Names of new items arrive as bilingual text from the
 * component, so the reducer stays free of user-interface strings.
 */
export type Action =
  | { type: 'load'; card: Scorecard; origin: Origin }
  /** The card stays; only where it came from changes (a sheet rewritten has nothing left unread). */
  | { type: 'set-origin'; origin: Origin }
  | { type: 'undo' }
  | { type: 'dismiss-undo' }
  | { type: 'set-title'; lang: Lang; value: string }
  | { type: 'add-section'; name: Text; criterionName: Text }
  | { type: 'remove-section'; sectionId: string }
  | { type: 'move-section'; sectionId: string; by: -1 | 1 }
  | { type: 'rename-section'; sectionId: string; lang: Lang; value: string }
  | { type: 'add-criterion'; sectionId: string; name: Text }
  | { type: 'remove-criterion'; criterionId: string }
  | { type: 'move-criterion'; criterionId: string; by: -1 | 1 }
  | { type: 'rename-criterion'; criterionId: string; lang: Lang; value: string }
  | { type: 'describe-criterion'; criterionId: string; lang: Lang; value: string }
  | { type: 'set-scoring'; criterionId: string; scoringType: ScoringType }
  | { type: 'set-weight'; of: 'section' | 'criterion'; id: string; weight: number }
  | { type: 'set-weights'; group: WeightGroup; weights: number[] }
  | { type: 'add-candidate'; name: Text }
  | { type: 'remove-candidate'; candidateId: string }
  | { type: 'rename-candidate'; candidateId: string; lang: Lang; value: string }
  | { type: 'rate'; candidateId: string; criterionId: string; rating: Rating | null }
  /** Ratings edited elsewhere (the larger ratings window), by candidate id; unknown ids are ignored. */
  | { type: 'replace-ratings'; ratings: Record<string, Record<string, Rating>> }
  /** Where the user is on the Candidates page; not an edit of the card. */
  | { type: 'select-candidate'; candidateId: string }
  | { type: 'ratings-view'; view: RatingsView };
