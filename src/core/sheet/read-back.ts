import type { Text } from '../errors';
import { CrmError } from '../errors';
import { withLanguage } from '../vocabulary';
import type { Candidate, Rating, Scorecard, Scoring } from '../scorecard/model';
import { percent } from '../scorecard/messages';
import { ratingsRecord } from '../scorecard/ratings';
import { acceptedText, boundsOf, choicesOf } from '../scorecard/rules';
import { address, parseAddress } from './a1';
import type { CellValue, PlanCell } from './plan';
import { buildScorecardLayout, ScorecardLayout } from './scorecard-plan';
import type { StoredEntry } from './stored';

/**
 * A generated sheet read back: its stored definition with the ratings, weights and candidate
 * names the user typed in the cells since. The layout is rebuilt from the definition, so the
 * reader knows which cell holds what without markers in the sheet; before anything is read,
 * the sheet is checked against that layout (names of sections and criteria in their rows,
 * headers in their columns), and a sheet that no longer matches is refused rather than read
 * one row off.
 *
 * What a cell holds is taken only when it is unambiguous. Everything else is kept in
 * `skipped` with its cell, what it belongs to, what it held and why it was not taken, so the
 * pane can show it before the sheet is rewritten: a rating that is skipped reads as unrated,
 * and regenerating the sheet would clear the cell; a weight or a name that is skipped keeps
 * its stored value, and regenerating would write that value back.
 */

/** Which input a skipped cell is. */
export type SkippedInput =
  | { kind: 'rating'; criterionId: string; candidateId: string }
  | { kind: 'criterion-weight'; criterionId: string; sectionId: string }
  | { kind: 'section-weight'; sectionId: string }
  | { kind: 'candidate-name'; candidateId: string };

/**
 * Why it was not taken: `not-accepted`, not a value of this kind at all ("Met (confirmed)",
 * "heavy"); `out-of-range`, a number the criterion or weight does not allow; `ambiguous`,
 * digits without a percent sign stored as text in a percentage cell, where "25" could mean
 * 25 % or 2500 %; `empty`, a weight or a candidate name cleared.
 */
export type SkipReason = 'not-accepted' | 'out-of-range' | 'ambiguous' | 'empty';

export type SkippedCell = SkippedInput & {
  /** A1 address in the sheet. */
  cell: string;
  /** What the cell held, as read. */
  value: CellValue;
  reason: SkipReason;
  /** The whole story for a user, in both languages: where, what, why, and what was kept. */
  text: Text;
};

export interface ReadBack {
  card: Scorecard;
  skipped: SkippedCell[];
}

/** A cell of the sheet that does not hold what the stored definition puts there. */
export interface LayoutMismatch {
  cell: string;
  expected: string;
  found: CellValue;
  text: Text;
}

const SHOWN_MISMATCHES = 5;

const quoted = (s: string) => `“${s}”`;
/** A cell value as Excel shows it in a message. */
const shown = (v: CellValue): string => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v === null ? '' : String(v));

const say = {
  rating: (cell: string, cand: Text, crit: Text, v: CellValue, accepted: Text): Text => ({
    en: `${cell} (${cand.en}, ${quoted(crit.en)}): ${quoted(shown(v))} is not a rating this criterion accepts (${accepted.en}); it is read as unrated.`,
    zh: `${cell}（${cand.zh}，${quoted(crit.zh)}）：${quoted(shown(v))}不是该指标可接受的评分（${accepted.zh}）；按未评分读取。`,
  }),
  ratingRange: (cell: string, cand: Text, crit: Text, v: CellValue, min: number, max: number): Text => ({
    en: `${cell} (${cand.en}, ${quoted(crit.en)}): ${shown(v)} is outside ${min}–${max}; it is read as unrated.`,
    zh: `${cell}（${cand.zh}，${quoted(crit.zh)}）：${shown(v)} 超出 ${min}–${max} 的范围；按未评分读取。`,
  }),
  ratingAmbiguous: (cell: string, cand: Text, crit: Text, v: CellValue): Text => ({
    en: `${cell} (${cand.en}, ${quoted(crit.en)}): ${quoted(shown(v))} is a number stored as text in a percentage cell, so it could mean ${shown(v)}% or ${percent(Number(v))}; type it with a percent sign (e.g. ${shown(v)}%). It is read as unrated.`,
    zh: `${cell}（${cand.zh}，${quoted(crit.zh)}）：${quoted(shown(v))}是百分比单元格中以文本保存的数字，可能表示 ${shown(v)}% 或 ${percent(Number(v))}；请带百分号输入（如 ${shown(v)}%）。按未评分读取。`,
  }),
  weight: (cell: string, of: Text, v: CellValue, parsed: number | undefined, old: number, why: SkipReason): Text => {
    const keep = { en: `the previous weight ${percent(old)} is kept.`, zh: `保留原权重 ${percent(old)}。` };
    if (why === 'empty') return { en: `${cell} (${of.en}): the cell is empty; ${keep.en}`, zh: `${cell}（${of.zh}）：单元格为空；${keep.zh}` };
    if (why === 'out-of-range' && parsed !== undefined)
      return {
        en: `${cell} (${of.en}): ${percent(parsed)} is not a weight from 0% to 100%; ${keep.en}`,
        zh: `${cell}（${of.zh}）：${percent(parsed)} 不是 0% 至 100% 之间的权重；${keep.zh}`,
      };
    if (why === 'ambiguous')
      return {
        en: `${cell} (${of.en}): ${quoted(shown(v))} is a number stored as text, so it could mean ${shown(v)}% or ${percent(Number(v))}; type it with a percent sign (e.g. ${shown(v)}%). ${keep.en[0].toUpperCase()}${keep.en.slice(1)}`,
        zh: `${cell}（${of.zh}）：${quoted(shown(v))}是以文本保存的数字，可能表示 ${shown(v)}% 或 ${percent(Number(v))}；请带百分号输入（如 ${shown(v)}%）。${keep.zh}`,
      };
    return {
      en: `${cell} (${of.en}): ${quoted(shown(v))} is not a weight; ${keep.en}`,
      zh: `${cell}（${of.zh}）：${quoted(shown(v))}不是有效权重；${keep.zh}`,
    };
  },
  weightOfCriterion: (crit: Text): Text => ({ en: `weight of ${quoted(crit.en)}`, zh: `${quoted(crit.zh)}的权重` }),
  weightOfSection: (section: Text): Text => ({ en: `weight of the section ${quoted(section.en)}`, zh: `部分${quoted(section.zh)}的权重` }),
  emptyName: (cell: string, n: number, old: Text): Text => ({
    en: `${cell} (name of candidate ${n}): the cell is empty; the name ${quoted(old.en)} is kept.`,
    zh: `${cell}（第 ${n} 个候选对象的名称）：单元格为空；保留原名称${quoted(old.zh)}。`,
  }),
  mismatch: (cell: string, what: 'criterion' | 'section' | 'label', expected: string, found: CellValue): Text => {
    const empty = isBlank(found);
    const en = what === 'label' ? quoted(expected) : `the ${what} ${quoted(expected)}`;
    const zh = what === 'label' ? quoted(expected) : `${what === 'criterion' ? '指标' : '部分'}${quoted(expected)}`;
    return {
      en: `${cell} should hold ${en} but ${empty ? 'is empty' : `holds ${quoted(shown(found))}`}`,
      zh: `${cell} 应为${zh}，${empty ? '实为空' : `实为${quoted(shown(found))}`}`,
    };
  },
  mismatchCandidate: (cell: string, expected: Text, found: CellValue): Text => ({
    en: `${cell} should hold the candidate ${quoted(expected.en)} but holds ${quoted(shown(found))}, the name of another candidate`,
    zh: `${cell} 应为候选对象${quoted(expected.zh)}，实为另一候选对象的名称${quoted(shown(found))}`,
  }),
  layout: (sheet: string, items: LayoutMismatch[]): Text => {
    const head = items.slice(0, SHOWN_MISMATCHES);
    const more = items.length - head.length;
    return {
      en:
        `The sheet ${quoted(sheet)} does not match the scorecard stored with it, so its cells cannot be read safely; nothing was read. ` +
        `${head.map((m) => m.text.en).join('; ')}${more > 0 ? `; and ${more} more` : ''}. ` +
        'Undo the rows or columns inserted or deleted in the sheet, or generate a new sheet from the scorecard stored in this workbook.',
      zh:
        `工作表${quoted(sheet)}与其保存的评分卡定义不一致，无法安全读取；未读取任何内容。` +
        `${head.map((m) => m.text.zh).join('；')}${more > 0 ? `；另有 ${more} 处` : ''}。` +
        '请撤销在工作表中插入或删除的行列，或根据本工作簿中保存的评分卡生成新的工作表。',
    };
  },
};

/** The sheet does not have the layout its stored definition describes; nothing was read. */
export class SheetLayoutError extends CrmError {
  constructor(
    readonly sheet: string,
    readonly mismatches: LayoutMismatch[],
  ) {
    super('VALUE', say.layout(sheet, mismatches));
    this.name = 'SheetLayoutError';
  }
}

/** Text as compared: spacing, case and full-width forms do not make two labels differ. */
const norm = (v: CellValue): string => shown(v).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const isBlank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** Digits as Excel would take them: no hex, no "Infinity", no thousands separators. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** "25%" or "25 %" (full-width "２５％", as Chinese input methods type it, is normalised first). */
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;

/**
 * A number out of a cell. Numbers are taken as they are; text is taken when it can mean only
 * one number: digits in a cell formatted as a number, or digits with a percent sign in a
 * cell formatted as a percentage (Excel itself stores 25 % as 0.25). Digits without the sign
 * in a percentage cell are ambiguous: typed into such a cell Excel reads 25 as 25 %, but the
 * same text pasted as a value means 2500 %.
 */
function numberFrom(v: CellValue, percentCell: boolean): number | 'ambiguous' | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  // NFKC turns full-width digits and signs (２５％) and no-break spaces into plain ones.
  const t = v.normalize('NFKC').trim();
  if (percentCell) {
    const m = PERCENT.exec(t);
    if (m) return Number(m[1]) / 100;
    return DECIMAL.test(t) ? 'ambiguous' : undefined;
  }
  return DECIMAL.test(t) ? Number(t) : undefined;
}

/** A value taken from a cell, or why not; `parsed` is the number a refused cell held, if any. */
type Taken<T> = { ok: true; value: T } | { ok: false; reason: SkipReason; parsed?: number };

function ratingFrom(s: Scoring, v: CellValue, percentCell: boolean): Taken<Rating> {
  const choices = choicesOf(s);
  if (choices) {
    // The words of either language, or the stored ids: a sheet may be typed in by anyone.
    const t = norm(v);
    const choice = choices.find((c) => norm(c.typed.en) === t || norm(c.typed.zh) === t || norm(c.id) === t);
    return choice ? { ok: true, value: choice.id } : { ok: false, reason: 'not-accepted' };
  }
  const x = numberFrom(v, percentCell);
  if (x === undefined) return { ok: false, reason: 'not-accepted' };
  if (x === 'ambiguous') return { ok: false, reason: 'ambiguous' };
  const range = boundsOf(s);
  if (range && (x < range.min || x > range.max)) return { ok: false, reason: 'out-of-range', parsed: x };
  return { ok: true, value: x };
}

function weightFrom(v: CellValue, percentCell: boolean): Taken<number> {
  if (isBlank(v)) return { ok: false, reason: 'empty' };
  const x = numberFrom(v, percentCell);
  if (x === undefined) return { ok: false, reason: 'not-accepted' };
  if (x === 'ambiguous') return { ok: false, reason: 'ambiguous' };
  // The sheet's own validation of weight cells allows 0 % to 100 %; a paste gets past it.
  if (x < 0 || x > 1) return { ok: false, reason: 'out-of-range', parsed: x };
  return { ok: true, value: x };
}

/**
 * The cells of the sheet that say which row and column is which: the block and column
 * headers (the row of candidate names and the row above it, except the names themselves,
 * which users edit) and the names in column A of every section, criterion, total and rank
 * row. Titles, notes and rule texts are not compared: editing them moves nothing.
 */
function landmarks(layout: ScorecardLayout): { cell: PlanCell; kind: 'section' | 'criterion' | 'label' }[] {
  const rowOf = (a: string) => parseAddress(a).row;
  const sectionRows = new Set(layout.inputs.sectionWeights.map((w) => rowOf(w.cell)));
  const criterionRows = new Set(layout.inputs.criterionWeights.map((w) => rowOf(w.cell)));
  const labelRows = new Set([...layout.outputs.totals, ...layout.outputs.ranks, ...layout.outputs.grades].map((x) => rowOf(x.cell)));
  const inputs = new Set(layout.inputs.candidateNames.map((n) => n.cell));
  const nameRow = rowOf(layout.inputs.candidateNames[0].cell);
  const headerRows = new Set([nameRow - 1, nameRow]);
  const out: { cell: PlanCell; kind: 'section' | 'criterion' | 'label' }[] = [];
  for (const c of layout.plan.cells) {
    if (c.formula !== undefined || typeof c.value !== 'string' || c.value.trim() === '') continue;
    if (headerRows.has(c.row) && !inputs.has(address(c.row, c.col))) out.push({ cell: c, kind: 'label' });
    else if (c.col === 1 && sectionRows.has(c.row)) out.push({ cell: c, kind: 'section' });
    else if (c.col === 1 && criterionRows.has(c.row)) out.push({ cell: c, kind: 'criterion' });
    else if (c.col === 1 && labelRows.has(c.row)) out.push({ cell: c, kind: 'label' });
  }
  return out;
}

/**
 * Where the sheet differs from the layout of its stored definition. Candidate names are the
 * users' to edit, so a name cell only counts as moved when it holds another candidate's
 * name and not its own: columns swapped or shifted, not a candidate renamed.
 */
export function layoutMismatches(layout: ScorecardLayout, card: Scorecard, readCell: (address: string) => CellValue): LayoutMismatch[] {
  const out: LayoutMismatch[] = [];
  for (const { cell, kind } of landmarks(layout)) {
    const a = address(cell.row, cell.col);
    const expected = cell.value as string;
    const found = readCell(a);
    if (norm(found) === norm(expected)) continue;
    out.push({ cell: a, expected, found, text: say.mismatch(a, kind, expected, found) });
  }
  const namesOf = (k: Candidate) => new Set([norm(k.name.en), norm(k.name.zh)]);
  const byId = new Map(card.candidates.map((k) => [k.id, k] as const));
  for (const n of layout.inputs.candidateNames) {
    const found = readCell(n.cell);
    const t = norm(found);
    const own = byId.get(n.candidateId)!;
    if (t === '' || namesOf(own).has(t)) continue;
    if (card.candidates.some((k) => k !== own && namesOf(k).has(t)))
      out.push({ cell: n.cell, expected: own.name.en, found, text: say.mismatchCandidate(n.cell, own.name, found) });
  }
  return out;
}

/**
 * Reads a generated sheet back into its definition. Throws SheetLayoutError, naming what does
 * not match, when the sheet's rows and columns are not where the definition puts them.
 */
export function readBack(entry: StoredEntry, readCell: (address: string) => CellValue, options: { sheetName?: string } = {}): ReadBack {
  const { card, lang, linkId } = entry;
  const layout = buildScorecardLayout(card, lang, linkId);
  const mismatches = layoutMismatches(layout, card, readCell);
  if (mismatches.length) throw new SheetLayoutError(options.sheetName ?? entry.sheetName, mismatches);

  const { inputs, plan } = layout;
  const formatOf = new Map(plan.cells.map((c) => [address(c.row, c.col), c.style?.numFmt ?? 'General'] as const));
  // The writer formats weights as 0.0% and percent KPIs as 0.0%: a cell is a percentage
  // cell when its planned number format ends in a percent sign.
  const percentCell = (a: string) => /%$/.test(formatOf.get(a) ?? '');

  // A card is JSON data, so a JSON copy is exact; structuredClone is missing from older
  // webviews that host the pane (and from jsdom).
  const out = JSON.parse(JSON.stringify(card)) as Scorecard;
  const skipped: SkippedCell[] = [];
  const criterion = new Map(out.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
  const section = new Map(out.sections.map((s) => [s.id, s] as const));
  const candidate = new Map(out.candidates.map((c) => [c.id, c] as const));
  // Records without a prototype: a criterion id such as "constructor" is then just a key.
  for (const c of out.candidates) c.ratings = ratingsRecord(Object.entries(c.ratings));

  // Names first, so the messages below call candidates what the sheet calls them.
  inputs.candidateNames.forEach((n, i) => {
    const v = readCell(n.cell);
    const cand = candidate.get(n.candidateId)!;
    if (isBlank(v)) {
      skipped.push({
        kind: 'candidate-name',
        candidateId: n.candidateId,
        cell: n.cell,
        value: v,
        reason: 'empty',
        text: say.emptyName(n.cell, i + 1, cand.name),
      });
      return;
    }
    const name = shown(v).trim();
    cand.name = withLanguage(cand.name, lang, name);
  });

  for (const r of inputs.ratings) {
    const v = readCell(r.cell);
    const cand = candidate.get(r.candidateId)!;
    if (isBlank(v)) {
      delete cand.ratings[r.criterionId];
      continue;
    }
    const taken = ratingFrom(r.scoring, v, percentCell(r.cell));
    if (taken.ok) {
      cand.ratings[r.criterionId] = taken.value;
      continue;
    }
    delete cand.ratings[r.criterionId];
    const crit = criterion.get(r.criterionId)!.name;
    const range = boundsOf(r.scoring);
    const text =
      taken.reason === 'out-of-range' && range
        ? say.ratingRange(r.cell, cand.name, crit, v, range.min, range.max)
        : taken.reason === 'ambiguous'
          ? say.ratingAmbiguous(r.cell, cand.name, crit, v)
          : say.rating(r.cell, cand.name, crit, v, acceptedText(r.scoring));
    skipped.push({ kind: 'rating', criterionId: r.criterionId, candidateId: r.candidateId, cell: r.cell, value: v, reason: taken.reason, text });
  }

  // A weight cell, criterion's or section's: taken, or reported with the stored weight kept.
  const readWeight = (cell: string, holder: { weight: number }, of: Text, input: SkippedInput) => {
    const v = readCell(cell);
    const taken = weightFrom(v, percentCell(cell));
    if (taken.ok) holder.weight = taken.value;
    else skipped.push({ ...input, cell, value: v, reason: taken.reason, text: say.weight(cell, of, v, taken.parsed, holder.weight, taken.reason) });
  };
  for (const w of inputs.criterionWeights) {
    const c = criterion.get(w.criterionId)!;
    readWeight(w.cell, c, say.weightOfCriterion(c.name), { kind: 'criterion-weight', criterionId: w.criterionId, sectionId: w.sectionId });
  }
  for (const w of inputs.sectionWeights) {
    const s = section.get(w.sectionId)!;
    readWeight(w.cell, s, say.weightOfSection(s.name), { kind: 'section-weight', sectionId: w.sectionId });
  }
  return { card: out, skipped };
}
