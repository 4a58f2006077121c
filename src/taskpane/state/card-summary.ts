import type { Lang } from '../../core/errors';
import type { Scorecard } from '../../core/scorecard';
import { pick } from './text';

/**
 * The first sentence of a card's notes: enough to tell templates apart in a gallery. English
 * ends a sentence with . ! ? and a space (not the point of "0.85"); Chinese with 。！？ and no
 * space at all, so the two are told apart by their marks.
 */
export function firstSentence(card: Scorecard, lang: Lang): string {
  const notes = pick(card.notes, lang);
  const m = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/su.exec(notes);
  return m ? m[1] : notes;
}

export const criteriaCountOf = (card: Scorecard): number => card.sections.reduce((n, s) => n + s.criteria.length, 0);
