import type { Lang } from '../../core/errors';
import { Rating, Scorecard, scorecardShape } from '../../core/scorecard';

/**
 * The card whose ratings are being entered in the larger ratings window, as the pane and that
 * window share it through browser storage. The window edits ratings only; what comes back is
 * checked, since it crosses windows (and versions of the add-in).
 */
export interface RatingsDraft {
  version: 1;
  lang: Lang;
  card: Scorecard;
}

export const RATINGS_DRAFT_KEY = 'ratings-draft';

/** Every candidate's ratings, by candidate id: what the window hands back. */
export type RatingsByCandidate = Record<string, Record<string, Rating>>;

export function asRatingsDraft(value: unknown): RatingsDraft | null {
  if (!value || typeof value !== 'object') return null;
  const d = value as Partial<RatingsDraft>;
  if (d.version !== 1 || (d.lang !== 'en-US' && d.lang !== 'zh-CN')) return null;
  const card = scorecardShape.safeParse(d.card);
  return card.success ? { version: 1, lang: d.lang, card: d.card as Scorecard } : null;
}

export const ratingsOf = (card: Scorecard): RatingsByCandidate => Object.fromEntries(card.candidates.map((k) => [k.id, { ...k.ratings }]));

/** Whether the draft still speaks of the candidates the pane has, so its ratings can come back. */
export const sameCandidates = (draft: RatingsDraft, card: Scorecard): boolean =>
  draft.card.candidates.length === card.candidates.length && draft.card.candidates.every((k, i) => k.id === card.candidates[i].id);
