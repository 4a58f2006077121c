import type { Scorecard } from '../../core/scorecard';
import type { SkippedCell } from '../../core/sheet/read-back';

/** The pages of the pane, in tab order. */
export const PAGES = ['templates', 'editor', 'candidates', 'preview', 'generate', 'watch', 'customers', 'functions'] as const;
export type Page = (typeof PAGES)[number];

/**
 * Where the card being edited came from; a card read from a sheet can be written back to it.
 * `skipped` lists the cells of that sheet the read could not take: writing the card back
 * overwrites them, so the pane keeps showing them until it has.
 */
export type Origin = { kind: 'template' | 'file' | 'workbook' | 'new' } | { kind: 'sheet'; sheetName: string; skipped?: readonly SkippedCell[] };

/** Which destructive edit the undo notice offers to reverse; the pane words it. */
export type UndoKind = 'section-removed' | 'criterion-removed' | 'candidate-removed' | 'scoring-changed' | 'card-replaced' | 'weights-replaced';

export interface PaneState {
  card: Scorecard | null;
  origin: Origin;
  /** The card before the last destructive edit; one level, as the issue asks. */
  undo: { card: Scorecard; kind: UndoKind } | null;
  /**
   * Where the user is on the Candidates page, kept here rather than in the page so that it
   * survives going to another page and back: the candidate rated one at a time (absent: the
   * first) and whether ratings are entered in the grid or candidate by candidate.
   */
  view?: PaneView;
}

export interface PaneView {
  candidateId?: string;
  ratings?: RatingsView;
}

export type RatingsView = 'grid' | 'form';

export const EMPTY_STATE: PaneState = { card: null, origin: { kind: 'new' }, undo: null };
