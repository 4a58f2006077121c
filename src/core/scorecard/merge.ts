import type { Text } from '../errors';
import type { Appraisal, Appraiser, Scorecard } from './model';
import { ratingsRecord } from './ratings';
import { validateScorecard, ValidScorecard } from './validate';

/**
 * Copies of one scorecard, each filled in by one appraiser, merged into a card of several
 * appraisers (consolidate.ts). A copy belongs to the scorecard when it has the same id, the
 * same sections and criteria scored the same way, and the same candidates; anything else is a
 * copy of another scorecard, or one whose criteria were changed, and is refused, naming what
 * differs. Merging is all or nothing: one refused copy and nothing is merged, since a
 * consolidation that silently lacks an appraiser would look complete.
 *
 * Weights edited in one copy cannot all hold at once: the first copy's weights are used and
 * every copy whose weights differ is named in the notes of the merge.
 */
export interface Copy {
  /** Where it came from, as the user knows it: "ann.xlsx", or "all.xlsx, sheet Bo". */
  label: string;
  /** The appraiser's name when the card does not name one: the file's name without its extension. */
  name: string;
  /** The card read back from the copy, with the ratings typed in it. */
  card: Scorecard;
}

export type MergeResult =
  | { ok: true; card: ValidScorecard; appraisers: { label: string; appraiser: Appraiser }[]; notes: Text[] }
  /** `refused`: the copies refused, each by its place in the copies and with why (the same texts as in `problems`), so a report can say it per copy. */
  | { ok: false; problems: Text[]; refused: { index: number; label: string; text: Text }[] };

/** What a merge of returned files says about each copy (src/xlsx/merge-files.ts fills it in). */
export interface CopyOutcome {
  /** The file, or the file and its sheet. */
  label: string;
  file: string;
  /** Why the copy was refused; null when it could be merged. */
  refused: Text | null;
  /** Whose copy it is and how many ratings it holds, once read. */
  appraiser?: Text;
  ratings?: number;
}

export interface FilesMerge {
  copies: CopyOutcome[];
  /** Cells read as unrated, each naming its copy. */
  skipped: Text[];
  /** Every problem, in the order found (the command line lists them all). */
  problems: Text[];
  result: MergeResult | null;
}

const q = (s: string) => `“${s}”`;

const say = {
  otherCard: (label: string, id: string, first: string, firstId: string): Text => ({
    en: `${label} is a copy of another scorecard (${q(id)}, not ${q(firstId)} as ${first} is).`,
    zh: `${label} 属于另一份评分表（${q(id)}，而 ${first} 为 ${q(firstId)}）。`,
  }),
  otherCriteria: (label: string, first: string): Text => ({
    en: `${label} has other sections or criteria, or scores them otherwise, than ${first}; only copies of the same scorecard can be merged.`,
    zh: `${label} 的部分或指标（或其评分方式）与 ${first} 不同；只能合并同一评分表的副本。`,
  }),
  otherCandidates: (label: string, first: string): Text => ({
    en: `${label} rates other candidates than ${first}.`,
    zh: `${label} 的考评对象与 ${first} 不同。`,
  }),
  severalAlready: (label: string): Text => ({
    en: `${label} already holds several appraisers' ratings in one card; merge the copies it was made from instead.`,
    zh: `${label} 已包含多位考评人的评分；请改为合并生成它的各份副本。`,
  }),
  sameAppraiser: (label: string, name: string, first: string): Text => ({
    en: `${label} is by ${q(name)}, as ${first} is; give each appraiser one copy.`,
    zh: `${label} 与 ${first} 同为 ${q(name)} 的评分；每位考评人只应有一份副本。`,
  }),
  weightsDiffer: (label: string, first: string): Text => ({
    en: `${label} has other weights than ${first}; the weights of ${first} are used.`,
    zh: `${label} 的权重与 ${first} 不同；采用 ${first} 的权重。`,
  }),
  noRatings: (label: string): Text => ({
    en: `${label} holds no ratings at all: it came back as it was sent. Ask for the filled-in copy.`,
    zh: `${label} 中没有任何评分：交回的仍是发出时的空白副本。请索取填写后的副本。`,
  }),
  tooFew: (): Text => ({ en: 'Merging needs at least two copies.', zh: '合并至少需要两份副本。' }),
};

/** The parts of a card two copies of it must share. */
const criteriaOf = (c: Scorecard) => JSON.stringify(c.sections.map((s) => [s.id, s.criteria.map((k) => [k.id, k.scoring])]));
const weightsOf = (c: Scorecard) => JSON.stringify(c.sections.map((s) => [s.weight, s.criteria.map((k) => k.weight)]));
const candidatesOf = (c: Scorecard) => JSON.stringify(c.candidates.map((k) => k.id));

/** An id from a file name: letters, digits and . _ - only, as ids must be. */
export function idOf(label: string, taken: Set<string>): string {
  const base = label.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'appraiser';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function mergeCopies(copies: readonly Copy[]): MergeResult {
  if (copies.length < 2) return { ok: false, problems: [say.tooFew()], refused: [] };
  const [first] = copies;
  const refused: { index: number; label: string; text: Text }[] = [];
  let index = -1;
  const refuse = (label: string, text: Text) => refused.push({ index, label, text });
  const notes: Text[] = [];
  const ids = new Set<string>();
  const byName = new Map<string, string>();
  const appraisers: { label: string; appraiser: Appraiser }[] = [];
  for (const copy of copies) {
    index++;
    const c = copy.card;
    if (c.appraisers) {
      refuse(copy.label, say.severalAlready(copy.label));
      continue;
    }
    if (c.id !== first.card.id) {
      refuse(copy.label, say.otherCard(copy.label, c.id, first.label, first.card.id));
      continue;
    }
    if (criteriaOf(c) !== criteriaOf(first.card)) {
      refuse(copy.label, say.otherCriteria(copy.label, first.label));
      continue;
    }
    if (candidatesOf(c) !== candidatesOf(first.card)) {
      refuse(copy.label, say.otherCandidates(copy.label, first.label));
      continue;
    }
    // A blank copy would join as an appraiser with no opinion on anything, and the consolidation would look complete.
    if (c.candidates.every((k) => Object.keys(k.ratings).length === 0)) {
      refuse(copy.label, say.noRatings(copy.label));
      continue;
    }
    if (copy !== first && weightsOf(c) !== weightsOf(first.card)) notes.push(say.weightsDiffer(copy.label, first.label));
    // Named by the card when it was sent out by name, else by its file.
    const named = c.appraiser ?? { id: '', name: { en: copy.name, zh: copy.name } };
    const key = `${named.name.en}\u0000${named.name.zh}`;
    const before = byName.get(key);
    if (before !== undefined) {
      refuse(copy.label, say.sameAppraiser(copy.label, named.name.en, before));
      continue;
    }
    byName.set(key, copy.label);
    const id = named.id !== '' && !ids.has(named.id) ? (ids.add(named.id), named.id) : idOf(copy.name, ids);
    appraisers.push({ label: copy.label, appraiser: { ...named, id } });
  }
  if (refused.length) return { ok: false, problems: refused.map((r) => r.text), refused };

  const { appraiser: _one, ...base } = first.card;
  void _one;
  const appraisals: Appraisal[] = appraisers.flatMap(({ appraiser }, i) =>
    copies[i].card.candidates.map((k) => ({ appraiserId: appraiser.id, candidateId: k.id, ratings: ratingsRecord(Object.entries(k.ratings)) })),
  );
  const merged = {
    ...base,
    candidates: first.card.candidates.map((k) => ({ ...k, ratings: {} })),
    appraisers: appraisers.map((a) => a.appraiser),
    appraisals,
  };
  const checked = validateScorecard(JSON.parse(JSON.stringify(merged)));
  if (!checked.ok) return { ok: false, problems: checked.errors.map((e) => e.text), refused: [] };
  return { ok: true, card: checked.card, appraisers, notes };
}
