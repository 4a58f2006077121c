import type { Text } from '../../core/language';
import type { PaletteKind } from '../../core/vocabulary';
import { queryWords } from './function-docs';

/**
 * One entry of the pane's search box. `id` is stable across sessions and languages (it is what
 * the recent list remembers); `name` is matched in both languages whatever the pane shows, so
 * a user who switched language still finds "流失" or "churn"; `keys` are further names (a
 * function's id as typed in a cell); `detail` is matched last (a function's purpose).
 */
export interface PaletteEntry {
  id: string;
  kind: PaletteKind;
  name: Text;
  keys?: readonly string[];
  detail?: string;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const WORD_BREAK = /[^\p{L}\p{N}]/u;

/**
 * How well one name answers the query: 4 the whole name, 3 its start, 2 the start of one of
 * its words, 1 anywhere inside it, 0 not at all.
 */
export function nameTier(name: string, query: string): number {
  const s = fold(name);
  if (s === query) return 4;
  if (s.startsWith(query)) return 3;
  for (let i = s.indexOf(query, 1); i > 0; i = s.indexOf(query, i + 1)) if (WORD_BREAK.test(s[i - 1])) return 2;
  return s.includes(query) ? 1 : 0;
}

/**
 * How well an entry answers the query (the best of its names), or, when no name holds the
 * query as typed, 0.5 if each word appears somewhere in its names or detail; -1 when it does not match.
 */
export function entryTier(entry: PaletteEntry, words: readonly string[]): number {
  if (words.length === 0) return 0;
  const query = words.join(' ');
  const names = [entry.name.en, entry.name.zh, ...(entry.keys ?? [])];
  const best = Math.max(...names.map((n) => nameTier(n, query)));
  if (best > 0) return best;
  const hay = fold([...names, entry.detail ?? ''].join(' '));
  return words.every((w) => hay.includes(w)) ? 0.5 : -1;
}

/**
 * The entries that match, best first: those used recently (most recent first) ahead of the
 * rest, provided a name of theirs matches (a recent entry found only through its detail does
 * not jump ahead of an entry named as typed); then by how well a name matches; then in the
 * order given. An empty query lists everything, recent first.
 */
export function rankEntries<T extends PaletteEntry>(entries: readonly T[], query: string, recent: readonly string[]): T[] {
  const words = queryWords(query);
  const recency = new Map(recent.map((id, i) => [id, i]));
  return entries
    .map((entry, order) => ({ entry, order, tier: entryTier(entry, words) }))
    .filter((r) => r.tier >= 0)
    .map((r) => ({ ...r, recent: r.tier >= 1 || words.length === 0 ? (recency.get(r.entry.id) ?? Infinity) : Infinity }))
    .sort((a, b) => (a.recent === b.recent ? 0 : a.recent < b.recent ? -1 : 1) || b.tier - a.tier || a.order - b.order)
    .map((r) => r.entry);
}
