import type { Text } from '../errors';
import type { Rating, Scorecard, Scoring } from '../scorecard/model';
import type { CellValue } from './plan';
import { buildScorecardLayout } from './scorecard-plan';
import { answerWords } from './scoring-formulas';
import type { StoredEntry } from './stored';
import { LANGS } from '../errors';

/**
 * A generated sheet read back: its stored definition with the ratings, weights and candidate
 * names the user typed in the cells since. The layout is rebuilt from the definition, so the
 * reader knows which cell holds what without markers in the sheet. Cells that hold something
 * the rule cannot take are left out and reported, never guessed.
 */
export interface ReadBack {
  card: Scorecard;
  skipped: Text[];
}

function ratingFrom(s: Scoring, v: CellValue): Rating | null | undefined {
  if (v === null || v === '') return null;
  if (s.type === 'levels') {
    const t = String(v).trim().toLowerCase();
    return s.levels.find((l) => l.id.toLowerCase() === t)?.id;
  }
  if (s.type === 'met' || s.type === 'provided') {
    const t = String(v).trim().toLowerCase();
    for (const lang of LANGS) {
      const words = answerWords(s, lang)!;
      for (const [id, word] of Object.entries(words)) if (word.toLowerCase() === t || id === t) return id;
    }
    return undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function readBack(entry: StoredEntry, readCell: (address: string) => CellValue): ReadBack {
  const { card, lang, linkId } = entry;
  const { inputs } = buildScorecardLayout(card, lang, linkId);
  const out: Scorecard = structuredClone(card);
  const skipped: Text[] = [];
  const criterion = new Map(out.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
  const section = new Map(out.sections.map((s) => [s.id, s] as const));
  const candidate = new Map(out.candidates.map((c) => [c.id, c] as const));

  for (const r of inputs.ratings) {
    const v = readCell(r.cell);
    const rating = ratingFrom(r.scoring, v);
    const cand = candidate.get(r.candidateId)!;
    if (rating === null) delete cand.ratings[r.criterionId];
    else if (rating === undefined) {
      delete cand.ratings[r.criterionId];
      skipped.push({ en: `${r.cell}: "${String(v)}" is not a rating this criterion accepts; left unrated.`, zh: `${r.cell}:“${String(v)}”不是该指标可接受的评分;按未评分处理。` });
    } else cand.ratings[r.criterionId] = rating;
  }
  const weight = (cell: string, apply: (w: number) => void) => {
    const v = readCell(cell);
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) apply(v);
    else skipped.push({ en: `${cell}: "${String(v)}" is not a weight; the previous weight is kept.`, zh: `${cell}:“${String(v)}”不是有效权重;保留原权重。` });
  };
  for (const w of inputs.criterionWeights) weight(w.cell, (x) => (criterion.get(w.criterionId)!.weight = x));
  for (const w of inputs.sectionWeights) weight(w.cell, (x) => (section.get(w.sectionId)!.weight = x));
  for (const n of inputs.candidateNames) {
    const v = readCell(n.cell);
    const name = v === null ? '' : String(v).trim();
    if (name === '') continue;
    const cand = candidate.get(n.candidateId)!;
    cand.name = lang === 'zh-CN' ? { ...cand.name, zh: name } : { ...cand.name, en: name };
  }
  return { card: out, skipped };
}
