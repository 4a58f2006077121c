import type { Scorecard } from '../../core/scorecard';
import type { SkippedCell } from '../../core/sheet/read-back';

/**
 * What reading the active sheet gives the pane: the card, the sheet, and the cells the read
 * could not take. A host that sends no list (the browser host reads no sheet) skipped nothing.
 */
export interface SheetRead {
  card: Scorecard;
  sheetName: string;
  skipped: readonly SkippedCell[];
}

/** The shape the pane needs to show a cell the read could not take. */
export const isSkippedCell = (x: unknown): x is SkippedCell => {
  if (!x || typeof x !== 'object') return false;
  const c = x as Partial<SkippedCell>;
  return typeof c.cell === 'string' && typeof c.kind === 'string' && !!c.text && typeof c.text.en === 'string' && typeof c.text.zh === 'string';
};

export function sheetReadOf(found: { card: Scorecard; sheetName: string; skipped?: readonly SkippedCell[] }): SheetRead {
  return { card: found.card, sheetName: found.sheetName, skipped: found.skipped ?? [] };
}
