import type { DraftStorage } from './use-pane-state';

/** The search box's recent entries, most recent first, kept between sessions as other pane settings are. */
export const RECENT_KEY = 'crm-addin.palette-recent';
export const RECENT_LIMIT = 8;

/** What was stored, or nothing when storage is absent, refuses, or holds something else. */
export function readRecent(storage: Pick<DraftStorage, 'getItem'> | undefined): string[] {
  try {
    const data: unknown = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string').slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

/** The list with `id` moved to the front; stored too, where storage allows. */
export function rememberUse(storage: Pick<DraftStorage, 'setItem'> | undefined, recent: readonly string[], id: string): string[] {
  const next = [id, ...recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    /* private mode: remembered for this session only */
  }
  return next;
}
