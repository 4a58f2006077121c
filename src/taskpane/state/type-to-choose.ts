import type { Lang } from '../../core/errors';
import type { Choice } from '../../core/scorecard';
import { inLanguage } from '../../core/vocabulary';

/**
 * Type-to-choose in a ratings cell, as a listbox does it: the letters typed since the cell
 * was entered pick the first answer whose words begin with them ("P" is Partly met, "N" Not
 * met, "A" level A; 部 is 部分满足 in Chinese). The words are those the pane shows in its
 * language, then what a sheet cell holds and the answer's id, then the English label, so a
 * Chinese user with the input method switched off can still type the English initial.
 * Returns the choice and the letters kept for the next key; a key that continues no match
 * starts a new one, and one that starts none chooses nothing.
 */
export function chooseByTyping(choices: readonly Choice[], lang: Lang, typed: string, key: string): { choice: Choice | null; typed: string } {
  const words = (c: Choice) => [inLanguage(c.label, lang), inLanguage(c.typed, lang), c.id, c.label.en].map((w) => w.toLocaleLowerCase());
  const find = (prefix: string): Choice | null => {
    const p = prefix.toLocaleLowerCase();
    for (const pass of [0, 1, 2, 3]) {
      const hit = choices.find((c) => words(c)[pass].startsWith(p));
      if (hit) return hit;
    }
    return null;
  };
  const longer = find(typed + key);
  if (longer) return { choice: longer, typed: typed + key };
  const fresh = find(key);
  return fresh ? { choice: fresh, typed: key } : { choice: null, typed: '' };
}
