import type { Candidate, Rating } from './model';

/**
 * Ratings are keyed by criterion ids, and ids are the user's words: a criterion may well be
 * called `constructor` or `toString`. A plain object answers `ratings.constructor` with
 * Object's own function even when nothing was rated, so every lookup goes through these
 * helpers, which see own properties only, and every ratings record the add-in builds has no
 * prototype at all. Cards read from JSON keep plain objects; the lookups make them safe too.
 */

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** The rating of one criterion, or undefined when the candidate has not rated it. */
export function ratingOf(candidate: Pick<Candidate, 'ratings'>, criterionId: string): Rating | undefined {
  return own(candidate.ratings, criterionId) ? candidate.ratings[criterionId] : undefined;
}

/** Whether the candidate has rated the criterion. */
export const isRated = (candidate: Pick<Candidate, 'ratings'>, criterionId: string): boolean => own(candidate.ratings, criterionId);

/**
 * A ratings record without a prototype. Assigning `__proto__` on a plain object replaces
 * its prototype instead of storing a rating; on this one it is an ordinary key.
 */
export function ratingsRecord(entries: Iterable<readonly [string, Rating]> = []): Record<string, Rating> {
  const out = Object.create(null) as Record<string, Rating>;
  for (const [id, rating] of entries) out[id] = rating;
  return out;
}

/** A copy of `ratings` with one criterion rated (or unrated, with null). */
export function withRating(ratings: Record<string, Rating>, criterionId: string, rating: Rating | null): Record<string, Rating> {
  const out = ratingsRecord(Object.entries(ratings).filter(([id]) => id !== criterionId));
  if (rating !== null) out[criterionId] = rating;
  return out;
}

/** A copy of `ratings` without the given criteria. */
export function withoutRatings(ratings: Record<string, Rating>, criterionIds: Iterable<string>): Record<string, Rating> {
  const gone = new Set(criterionIds);
  return ratingsRecord(Object.entries(ratings).filter(([id]) => !gone.has(id)));
}
