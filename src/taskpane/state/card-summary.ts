import type { Lang } from '../../core/errors';
import type { Scorecard } from '../../core/scorecard';
import { pick } from './text';

/** The first sentence of a card's notes: enough to tell templates apart in a gallery. */
export function firstSentence(card: Scorecard, lang: Lang): string {
  const notes = pick(card.notes, lang);
  const m = /^(.+?[.。:;:;])(\s|$)/.exec(notes);
  return (m ? m[1] : notes).replace(/[:;:;]$/, '.');
}

export const criteriaCountOf = (card: Scorecard): number => card.sections.reduce((n, s) => n + s.criteria.length, 0);
