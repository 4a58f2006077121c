import { CrmError, Lang, Text } from '../core/errors';
import type { Scorecard } from '../core/scorecard/model';
import type { ValidScorecard } from '../core/scorecard/validate';
import { rangeOf, parseAddress } from '../core/sheet/a1';
import type { CellValue, SheetPlan } from '../core/sheet/plan';
import { assertPlanFits } from '../core/sheet/limits';
import { readBack, SkippedCell } from '../core/sheet/read-back';
import { buildScorecardLayout, linkName } from '../core/sheet/scorecard-plan';
import { pick } from '../core/sheet/sheet-labels';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { missingDefinition, newLinkId, parseStoredRow, STORE_HEADER, STORE_SHEET, StoredEntry, storedRow } from '../core/sheet/stored';
import { excelRun, ExcelRun } from './excel-run';
import { cellInput, queuePlan } from './write-plan';

/*
 * Scorecard sheets in the open workbook.
 *
 * Excel does not roll a batch back: when an operation fails, the ones queued before it stay
 * applied (OfficeExtension.Error, traceMessages example). So a write is arranged so that it
 * either happens completely or can be undone:
 * - A first generation reads the workbook (sheet names, stored definitions, defined names), then
 *   writes the sheet, its names and its stored row in one batch: two syncs whatever the size.
 * - A regeneration reads, then builds the new sheet beside the old one in its own batch, and only
 *   when that has been written swaps names, stored definition and sheet in a short last batch
 *   whose final step, deleting the old sheet, is the point of no return: three syncs.
 * - When a write batch fails, the workbook is read again and what this attempt added or changed
 *   is taken back (two more syncs), leaving the old sheet and its definition as they were.
 * Regeneration replaces only the sheet its stored definition points at; any other sheet is
 * refused before anything is written.
 */

export interface WorkbookState {
  /** In tab order; ids stay with a sheet through renames and moves (Worksheet.id). */
  sheets: { id: string; name: string }[];
  /** Stored rows, without the header, with their 1-based row numbers. */
  rows: { row: number; values: CellValue[] }[];
  /** Link id → name of the sheet its defined name points at, for links whose sheet still exists. */
  links: Map<string, string>;
  /** Every workbook name → its formula. */
  names: Map<string, string>;
  storeExists: boolean;
}

/** "='Q1 ''plan'''!$A$1" → "Q1 'plan'". */
export function sheetOfReference(formula: string): string | null {
  const f = formula.replace(/^=/, '');
  const bang = f.lastIndexOf('!');
  if (bang < 0) return null;
  const s = f.slice(0, bang);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** "='Q1'!$A$1:$B$2" → "A1:B2". */
const rangeOfReference = (formula: string): string => formula.slice(formula.lastIndexOf('!') + 1).replace(/\$/g, '');

/**
 * A reference whose sheet was deleted. Excel keeps a workbook-scoped name when its sheet goes
 * and reports its formula as "=#REF!$A$1" (office-js #4772, #3583); a sheet really called "#REF"
 * would be quoted, so an unquoted #REF! can only be the error.
 */
export const isDeletedSheetReference = (formula: string): boolean => /^=?#REF!/.test(formula.trim());

/** CRM_SC_<link id>, optionally with a suffix such as _TOTALS: the names our sheets carry. */
const OUR_NAME = /^CRM_SC_([A-Za-z0-9]+)(?:_[A-Za-z0-9]+)?$/;
const linkOfName = (name: string): string | null => OUR_NAME.exec(name)?.[1] ?? null;

/** Our names whose sheet was deleted by hand: they only clutter the Name Manager now. */
export function orphanNames(names: ReadonlyMap<string, string>): string[] {
  return [...names].filter(([n, f]) => linkOfName(n) !== null && isDeletedSheetReference(f)).map(([n]) => n);
}

export function queueState(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  const store = sheets.getItemOrNullObject(STORE_SHEET);
  const used = store.getUsedRangeOrNullObject(true);
  used.load('values');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  return (): WorkbookState => {
    const values = used.isNullObject ? [] : (used.values as CellValue[][]);
    const links = new Map<string, string>();
    const all = new Map<string, string>();
    for (const n of names.items) {
      const formula = String(n.formula);
      all.set(n.name, formula);
      const m = /^CRM_SC_([A-Za-z0-9]+)$/.exec(n.name);
      const sheet = m && !isDeletedSheetReference(formula) ? sheetOfReference(formula) : null;
      if (m && sheet) links.set(m[1], sheet);
    }
    return {
      sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
      rows: values.slice(1).map((v, i) => ({ row: i + 2, values: v })),
      links,
      names: all,
      storeExists: !store.isNullObject,
    };
  };
}

export async function readState(run: ExcelRun): Promise<WorkbookState> {
  return run(async (context) => {
    const state = queueState(context);
    await context.sync();
    return state();
  });
}

function entryOfSheet(state: WorkbookState, sheetName: string): { entry: StoredEntry; row: number } {
  const linkId = [...state.links].find(([, s]) => s === sheetName)?.[0];
  const stored = linkId ? state.rows.find((r) => r.values[0] === linkId) : undefined;
  if (!stored) throw missingDefinition(sheetName);
  return { entry: parseStoredRow(stored.values, sheetName), row: stored.row };
}

const problem = {
  undone: (sheet: string, why: string): Text => ({
    en: `Excel could not write the scorecard sheet "${sheet}" (${why}). What had been written was taken back; the workbook is as it was.`,
    zh: `Excel 未能写入评分表工作表“${sheet}”（${why}）。已写入的部分已撤回，工作簿保持原样。`,
  }),
  notUndone: (sheet: string, why: string, look: string[]): Text => ({
    en: `Excel could not write the scorecard sheet "${sheet}" (${why}), and taking back what had been written failed too. Check the sheets ${look.map((s) => `"${s}"`).join(', ')}.`,
    zh: `Excel 未能写入评分表工作表“${sheet}”（${why}），撤回已写入的部分也失败了。请检查工作表 ${look.map((s) => `“${s}”`).join('、')}。`,
  }),
};

/** A write Excel refused. `cause` is Excel's own error; `text` says what became of the workbook. */
export class ScorecardWriteError extends CrmError {
  constructor(
    text: Text,
    readonly cause: unknown,
  ) {
    super('VALUE', text);
    this.name = 'ScorecardWriteError';
  }
}

/** What a write attempt may have changed, to take it back when a batch fails. */
interface Attempt {
  before: WorkbookState;
  linkId: string;
  sheetName: string;
  storeRow: number;
  /** The sheet being replaced (regeneration only). */
  oldId?: string;
  /** The names this attempt gives sheets: those it adds, and the old one while it is replaced. */
  sheetNamesUsed: string[];
}

/** Names of one link: CRM_SC_<id> and CRM_SC_<id>_<suffix>. */
export const ownedBy = (name: string, linkId: string): boolean => linkOfName(name) === linkId;

function queueNames(wb: Excel.Workbook, ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const n of plan.names) wb.names.add(n.name, ws.getRange(n.range));
}

/** Writes the row over `previousWidth` cells at least, so a shorter definition leaves no old pieces. */
export function queueStoredRow(store: Excel.Worksheet, storeRow: number, row: CellValue[], previousWidth: number): void {
  const input = row.map(cellInput);
  const width = Math.max(input.length, previousWidth);
  const padded = [...input, ...Array<string>(width - input.length).fill('')];
  store.getRange(rangeOf(storeRow, 1, storeRow, width)).values = [padded];
}

export async function writeScorecardSheet(
  card: ValidScorecard,
  lang: Lang,
  options: { sheetName?: string; progress?: (done: number) => void; linkId?: string } = {},
  run: ExcelRun = excelRun,
): Promise<{ sheetName: string }> {
  const before = await readState(run);
  options.progress?.(0.3);
  // Everything of ours that can refuse the write (a sheet that is not ours, a damaged
  // definition) does so here, before anything is written, so that what follows can only fail
  // in Excel.
  const attempt = options.sheetName !== undefined ? planRegeneration(before, options.sheetName) : planGeneration(before, card, lang, options.linkId);
  const layout = buildScorecardLayout(card, lang, attempt.linkId);
  // A plan Excel would not hold (src/core/sheet/limits.ts) is refused with its own message.
  assertPlanFits(layout.plan);
  const row = storedRow({ linkId: attempt.linkId, lang, sheetName: attempt.sheetName, card });
  try {
    await run(async (context) => {
      if (attempt.oldId !== undefined) await regenerate(context, attempt, layout.plan, row, options.progress);
      else await generate(context, attempt, layout.plan, row);
    });
  } catch (e) {
    const outcome = await takeBack(attempt, e, run);
    if (outcome !== 'committed') throw outcome;
  }
  options.progress?.(1);
  return { sheetName: attempt.sheetName };
}

function planGeneration(before: WorkbookState, card: Scorecard, lang: Lang, linkId = newLinkId()): Attempt {
  const sheetName = uniqueSheetName(pick(card.title, lang), [...before.sheets.map((s) => s.name), STORE_SHEET]);
  const storeRow = before.rows.length === 0 ? 2 : Math.max(...before.rows.map((r) => r.row)) + 1;
  return { before, linkId, sheetName, storeRow, sheetNamesUsed: [sheetName, STORE_SHEET] };
}

function planRegeneration(before: WorkbookState, sheetName: string): Attempt {
  const { row, entry } = entryOfSheet(before, sheetName);
  const old = before.sheets.find((s) => s.name === sheetName);
  if (!old) throw missingDefinition(sheetName);
  const taken = [...before.sheets.map((s) => s.name), STORE_SHEET];
  const building = uniqueSheetName(`${sheetName} new`, taken);
  const retiring = uniqueSheetName(`${sheetName} old`, [...taken, building]);
  return { before, linkId: entry.linkId, sheetName, storeRow: row, oldId: old.id, sheetNamesUsed: [building, retiring, sheetName] };
}

/** One batch: the sheet, its names, then its stored row, which makes it a scorecard. */
async function generate(context: Excel.RequestContext, a: Attempt, plan: SheetPlan, row: CellValue[]): Promise<void> {
  const { before, sheetName, storeRow } = a;
  const wb = context.workbook;
  const ws = wb.worksheets.add(sheetName);
  queuePlan(ws, plan, wb, sheetName);
  // The store comes after the sheet, so that while it is being set up (briefly visible) it is
  // never the workbook's only visible sheet, which could not then be deleted again.
  const store = before.storeExists ? wb.worksheets.getItem(STORE_SHEET) : wb.worksheets.add(STORE_SHEET);
  if (!before.storeExists) {
    store.visibility = 'VeryHidden';
    store.getRange(rangeOf(1, 1, 1, STORE_HEADER.length)).values = [[...STORE_HEADER]];
  }
  queueStoredRow(store, storeRow, row, 0);
  afterCommit(wb, ws, before);
  await context.sync();
}

/** Batch 2 builds the new sheet beside the old one; batch 3 swaps them, deleting the old sheet last. */
async function regenerate(context: Excel.RequestContext, a: Attempt, plan: SheetPlan, row: CellValue[], progress?: (done: number) => void): Promise<void> {
  const { before, linkId, sheetName, storeRow, oldId } = a;
  const [building, retiring] = a.sheetNamesUsed;
  const wb = context.workbook;
  // Its names are still the old sheet's; they move over in the swap.
  const ws = wb.worksheets.add(building);
  // Notes added through Workbook.comments name the sheet: the name it will have after the swap
  // would not resolve yet, so they name the sheet being built, and move with it.
  queuePlan(ws, { ...plan, names: [] }, wb, building);
  await context.sync();
  progress?.(0.8);

  // Every link name goes, those the new plan no longer has included, so none is left to turn #REF!.
  for (const n of before.names.keys()) if (ownedBy(n, linkId)) wb.names.getItem(n).delete();
  const old = wb.worksheets.getItem(oldId!);
  old.name = retiring;
  ws.name = sheetName;
  ws.position = before.sheets.findIndex((s) => s.id === oldId);
  queueNames(wb, ws, plan);
  const previous = before.rows.find((r) => r.row === storeRow)?.values.length ?? 0;
  queueStoredRow(wb.worksheets.getItem(STORE_SHEET), storeRow, row, previous);
  // The point of no return, last of the swap: until here everything can be taken back. The new
  // sheet is already visible, so this is never the workbook's last visible sheet.
  old.delete();
  afterCommit(wb, ws, before);
  await context.sync();
}

/**
 * Queued after the point of no return: showing the sheet and removing our names whose sheets
 * were deleted by hand. If these fail the write has still happened.
 */
function afterCommit(wb: Excel.Workbook, ws: Excel.Worksheet, before: WorkbookState): void {
  ws.activate();
  for (const n of orphanNames(before.names)) wb.names.getItem(n).delete();
}

const trimmed = (row: readonly CellValue[]): CellValue[] => {
  const out = row.map((v) => (v === null ? '' : v));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

/**
 * After a failed write batch: reads the workbook and takes back what this attempt changed.
 * Returns 'committed' when the failure came after the point of no return (the write happened),
 * else the error to throw.
 */
async function takeBack(a: Attempt, failure: unknown, run: ExcelRun): Promise<'committed' | ScorecardWriteError> {
  const why = failure instanceof Error ? failure.message : String(failure);
  try {
    return await run(async (context) => {
      const state = queueState(context);
      await context.sync();
      const now = state();
      const { before, linkId, oldId, sheetName, storeRow } = a;
      const storedNow = now.rows.find((r) => r.row === storeRow)?.values ?? [];
      const committed = oldId !== undefined ? !now.sheets.some((s) => s.id === oldId) : storedNow[0] === linkId;
      if (committed) return 'committed';

      const wb = context.workbook;
      const idByName = new Map(now.sheets.map((s) => [s.name, s.id]));
      const beforeIds = new Set(before.sheets.map((s) => s.id));
      // Names of this link that are not what they were (added for the new sheet) go first, while
      // their sheet still exists; the old sheet's names that were removed come back at the end.
      const kept = new Set<string>();
      for (const [name, formula] of now.names) {
        if (!ownedBy(name, linkId)) continue;
        const was = before.names.get(name);
        const same =
          was !== undefined &&
          oldId !== undefined &&
          idByName.get(sheetOfReference(formula) ?? '') === oldId &&
          rangeOfReference(formula) === rangeOfReference(was);
        if (same) kept.add(name);
        else wb.names.getItem(name).delete();
      }
      // Sheets this attempt added. A very hidden sheet cannot be deleted (Worksheet.delete remarks).
      for (const s of now.sheets) {
        if (beforeIds.has(s.id) || !a.sheetNamesUsed.includes(s.name)) continue;
        const sheet = wb.worksheets.getItem(s.id);
        if (s.name === STORE_SHEET) sheet.visibility = 'Hidden';
        sheet.delete();
      }
      if (oldId !== undefined) {
        const old = wb.worksheets.getItem(oldId);
        if (now.sheets.find((s) => s.id === oldId)?.name !== sheetName) old.name = sheetName;
        for (const [name, formula] of before.names) if (ownedBy(name, linkId) && !kept.has(name)) wb.names.add(name, old.getRange(rangeOfReference(formula)));
      }
      // The stored row, unless its store was added by this attempt (then it is gone with it).
      if (before.storeExists) {
        const was = trimmed(before.rows.find((r) => r.row === storeRow)?.values ?? []);
        const is = trimmed(storedNow);
        if (was.length !== is.length || was.some((v, i) => v !== is[i])) {
          const store = wb.worksheets.getItem(STORE_SHEET);
          store.getRange(rangeOf(storeRow, 1, storeRow, Math.max(was.length, is.length))).clear();
          if (was.length > 0) store.getRange(rangeOf(storeRow, 1, storeRow, was.length)).values = [was.map(cellInput)];
        }
      }
      await context.sync();
      return new ScorecardWriteError(problem.undone(sheetName, why), failure);
    });
  } catch (e) {
    return new ScorecardWriteError(
      problem.notUndone(
        a.sheetName,
        why,
        a.sheetNamesUsed.filter((n) => n !== STORE_SHEET),
      ),
      e,
    );
  }
}

/** What reading the active sheet gives: the card with what was typed since, and the cells not taken. */
export interface ActiveRead {
  card: Scorecard;
  sheetName: string;
  skipped: readonly SkippedCell[];
}

/** The scorecard of the active sheet with what the user typed since, or null when it is not one. */
export async function readActiveScorecard(run: ExcelRun = excelRun): Promise<ActiveRead | null> {
  return run(async (context) => {
    const state = queueState(context);
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const s = state();
    if (![...s.links.values()].includes(active.name)) return null;
    const { entry } = entryOfSheet(s, active.name);
    const { plan } = buildScorecardLayout(entry.card, entry.lang, entry.linkId);
    const range = active.getRange(rangeOf(1, 1, plan.rows, plan.cols));
    range.load('values');
    await context.sync();
    const values = range.values as CellValue[][];
    // The layout is checked against the definition first (a SheetLayoutError refuses a sheet
    // whose rows moved); what could not be taken comes back for the pane to show.
    const { card, skipped } = readBack(
      entry,
      (a) => {
        const { row, col } = parseAddress(a);
        return values[row - 1]?.[col - 1] ?? null;
      },
      { sheetName: active.name },
    );
    return { card, sheetName: active.name, skipped };
  });
}

/**
 * Every scorecard stored in this workbook that this version can read, those whose sheet was
 * deleted included (their definitions travel with the workbook as templates). Our names left
 * behind by such deletions are removed on the way, in a second sync only when there are some.
 */
export async function listStoredScorecards(run: ExcelRun = excelRun): Promise<Scorecard[]> {
  return run(async (context) => {
    const queued = queueState(context);
    await context.sync();
    const state = queued();
    const cards: Scorecard[] = [];
    for (const r of state.rows) {
      try {
        cards.push(parseStoredRow(r.values, String(r.values[3] ?? '')).card);
      } catch {
        // A damaged or newer row is reported when its own sheet is opened, not here.
      }
    }
    const orphans = orphanNames(state.names);
    if (orphans.length > 0) {
      for (const n of orphans) context.workbook.names.getItem(n).delete();
      try {
        await context.sync();
      } catch {
        // Tidying only: the list is what was asked for, and the names are tried again next time.
      }
    }
    return cards;
  });
}

export { linkName };
