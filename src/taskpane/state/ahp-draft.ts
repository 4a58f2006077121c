import type { Lang } from '../../core/errors';
import { Judgements, MAX_STEP, pairsOf } from './ahp-matrix';

/**
 * The pairwise judgements being edited, as the pane and the larger AHP window share them. The
 * window reads it when it opens and writes it on every change; what comes back is checked,
 * since it crosses windows (and versions of the add-in) through browser storage.
 */
export interface AhpDraft {
  version: 1;
  lang: Lang;
  /** What is being weighted (the sections, or one section's criteria), for the window's title. */
  group: string;
  names: string[];
  judgements: Judgements;
}

export const AHP_DRAFT_KEY = 'ahp-draft';

const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_STEP;

/** The draft, or null when `value` is not one: a wrong shape, or judgements that do not fit the names. */
export function asAhpDraft(value: unknown): AhpDraft | null {
  if (!value || typeof value !== 'object') return null;
  const d = value as Partial<AhpDraft>;
  if (d.version !== 1 || (d.lang !== 'en-US' && d.lang !== 'zh-CN') || typeof d.group !== 'string') return null;
  if (!Array.isArray(d.names) || d.names.length < 2 || !d.names.every((n) => typeof n === 'string')) return null;
  if (!Array.isArray(d.judgements) || d.judgements.length !== pairsOf(d.names.length).length || !d.judgements.every(isStep)) return null;
  return { version: 1, lang: d.lang, group: d.group, names: [...d.names], judgements: [...d.judgements] };
}

/** Whether `draft` still speaks of the items the pane shows, in the same order. */
export const sameItems = (draft: AhpDraft, names: readonly string[]): boolean =>
  draft.names.length === names.length && draft.names.every((n, i) => n === names[i]);
