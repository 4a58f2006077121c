import { scorecardShape } from '../../core/scorecard';
import type { Origin, PaneState } from './model';
import { EMPTY_STATE } from './model';
import { isSkippedCell } from './sheet-read';

/**
 * Unsaved work survives closing the pane: the card being edited is kept in browser storage
 * and restored on the next start. What comes back is checked, since storage outlives
 * versions of the add-in and can be edited by hand; anything that does not hold up is
 * discarded and reported instead of crashing the pane.
 */
export const DRAFT_KEY = 'crm-addin.draft';
const DRAFT_VERSION = 1;

export type Restored = { state: PaneState; outcome: 'none' | 'restored' | 'discarded' };

/** A card being edited may have a name cleared for retyping; any other shape problem is corruption. */
function isDraftCard(card: unknown): boolean {
  const parsed = scorecardShape.safeParse(card);
  if (parsed.success) return true;
  return parsed.error.issues.every((i) => i.code === 'too_small' && i.origin === 'string' && (i.path.at(-1) === 'en' || i.path.at(-1) === 'zh'));
}

/** The origin of a stored draft, or null when it is not one; an unreadable list of skipped cells is dropped, not the draft. */
function originOf(o: unknown): Origin | null {
  if (!o || typeof o !== 'object') return null;
  const kind = (o as { kind?: unknown }).kind;
  if (kind === 'sheet') {
    const { sheetName, skipped } = o as { sheetName?: unknown; skipped?: unknown };
    if (typeof sheetName !== 'string') return null;
    return Array.isArray(skipped) && skipped.length > 0 && skipped.every(isSkippedCell) ? { kind, sheetName, skipped } : { kind, sheetName };
  }
  return kind === 'template' || kind === 'file' || kind === 'workbook' || kind === 'new' ? { kind } : null;
}

export function restoreDraft(storage: Pick<Storage, 'getItem'> | undefined): Restored {
  let text: string | null;
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return { state: EMPTY_STATE, outcome: 'none' };
  }
  if (text === null) return { state: EMPTY_STATE, outcome: 'none' };
  try {
    const data = JSON.parse(text) as { version?: unknown; card?: unknown; origin?: unknown };
    const origin = originOf(data.origin);
    if (data.version !== DRAFT_VERSION || !origin) throw new Error('unknown draft');
    if (data.card === null) return { state: { ...EMPTY_STATE, origin }, outcome: 'none' };
    if (!isDraftCard(data.card)) throw new Error('bad card');
    return { state: { card: data.card as PaneState['card'], origin, undo: null }, outcome: 'restored' };
  } catch {
    return { state: EMPTY_STATE, outcome: 'discarded' };
  }
}

/** Saves the draft; a full or forbidden storage only costs persistence, never the session. */
export function saveDraft(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, state: PaneState): boolean {
  try {
    if (!storage) return false;
    if (!state.card) storage.removeItem(DRAFT_KEY);
    else storage.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, card: state.card, origin: state.origin }));
    return true;
  } catch {
    return false;
  }
}
