import type { Lang } from '../core/errors';
import type { Scorecard } from '../core/scorecard/model';
import { rangeOf, parseAddress } from '../core/sheet/a1';
import type { CellValue } from '../core/sheet/plan';
import { readBack } from '../core/sheet/read-back';
import { buildScorecardLayout, linkName } from '../core/sheet/scorecard-plan';
import { pick } from '../core/sheet/sheet-labels';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { missingDefinition, newLinkId, parseStoredRow, STORE_HEADER, STORE_SHEET, StoredEntry, storedRow } from '../core/sheet/stored';
import type { ExcelScorecardOps } from './host-excel';
import { cellInput, queuePlan } from './write-plan';

/**
 * Scorecard sheets in the open workbook. Writing takes two syncs whatever the size: one to
 * read the sheet names, the stored definitions and the defined names (a new sheet needs a
 * unique name; a regenerated one must be ours), one for everything else. Regeneration
 * replaces only the sheet its stored definition points at; any other sheet is refused.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
const excelRun: ExcelRun = (batch) => Excel.run(batch);

interface WorkbookState {
  sheetNames: string[];
  /** Stored rows, without the header, with their 1-based row numbers. */
  rows: { row: number; values: CellValue[] }[];
  /** Link id → name of the sheet its defined name points at. */
  links: Map<string, string>;
  names: string[];
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

function queueState(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const store = sheets.getItemOrNullObject(STORE_SHEET);
  const used = store.getUsedRangeOrNullObject(true);
  used.load('values');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  return (): WorkbookState => {
    const values = used.isNullObject ? [] : (used.values as CellValue[][]);
    const links = new Map<string, string>();
    for (const n of names.items) {
      const m = /^CRM_SC_([A-Za-z0-9]+)$/.exec(n.name);
      const sheet = m ? sheetOfReference(String(n.formula)) : null;
      if (m && sheet) links.set(m[1], sheet);
    }
    return {
      sheetNames: sheets.items.map((s) => s.name),
      rows: values.slice(1).map((v, i) => ({ row: i + 2, values: v })),
      links,
      names: names.items.map((n) => n.name),
      storeExists: !store.isNullObject,
    };
  };
}

function entryOfSheet(state: WorkbookState, sheetName: string): { entry: StoredEntry; row: number } {
  const linkId = [...state.links].find(([, s]) => s === sheetName)?.[0];
  const stored = linkId ? state.rows.find((r) => r.values[0] === linkId) : undefined;
  if (!stored) throw missingDefinition(sheetName);
  return { entry: parseStoredRow(stored.values, sheetName), row: stored.row };
}

export async function writeScorecardSheet(
  card: Scorecard,
  lang: Lang,
  options: { sheetName?: string; progress?: (done: number) => void; linkId?: string } = {},
  run: ExcelRun = excelRun,
): Promise<{ sheetName: string }> {
  return run(async (context) => {
    const state = queueState(context);
    await context.sync();
    const s = state();
    options.progress?.(0.3);

    const wb = context.workbook;
    let sheetName: string;
    let linkId: string;
    let storeRow: number;
    let position: number | null = null;
    if (options.sheetName !== undefined) {
      // Regeneration: only a sheet whose stored definition we find is replaced.
      const { row, entry } = entryOfSheet(s, options.sheetName);
      sheetName = options.sheetName;
      linkId = entry.linkId;
      storeRow = row;
      position = s.sheetNames.indexOf(sheetName);
    } else {
      sheetName = uniqueSheetName(pick(card.title, lang), [...s.sheetNames, STORE_SHEET]);
      linkId = options.linkId ?? newLinkId();
      storeRow = s.rows.length === 0 ? 2 : Math.max(...s.rows.map((r) => r.row)) + 1;
    }
    const layout = buildScorecardLayout(card, lang, linkId);

    let ws: Excel.Worksheet;
    if (position !== null) {
      // The new sheet is built beside the old one and takes its name and place only after the
      // old one is gone: Excel refuses to delete the last visible sheet of a workbook.
      const ours = new Set(layout.plan.names.map((n) => n.name));
      for (const n of s.names) if (ours.has(n)) wb.names.getItem(n).delete();
      ws = wb.worksheets.add(uniqueSheetName(`${sheetName} new`, [...s.sheetNames, STORE_SHEET]));
      queuePlan(ws, layout.plan, wb);
      wb.worksheets.getItem(sheetName).delete();
      ws.name = sheetName;
      if (position >= 0) ws.position = position;
    } else {
      ws = wb.worksheets.add(sheetName);
      queuePlan(ws, layout.plan, wb);
    }

    const store = s.storeExists ? wb.worksheets.getItem(STORE_SHEET) : wb.worksheets.add(STORE_SHEET);
    if (!s.storeExists) {
      store.visibility = 'VeryHidden';
      store.getRange(rangeOf(1, 1, 1, STORE_HEADER.length)).values = [[...STORE_HEADER]];
    }
    const row = storedRow({ linkId, lang, sheetName, card }).map(cellInput);
    const previous = s.rows.find((r) => r.row === storeRow)?.values.length ?? 0;
    const width = Math.max(row.length, previous);
    const padded = [...row, ...Array<string>(width - row.length).fill('')];
    store.getRange(rangeOf(storeRow, 1, storeRow, width)).values = [padded];
    ws.activate();
    await context.sync();
    options.progress?.(1);
    return { sheetName };
  });
}

/** The scorecard of the active sheet with what the user typed since, or null when it is not one. */
export async function readActiveScorecard(run: ExcelRun = excelRun): Promise<{ card: Scorecard; sheetName: string } | null> {
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
    const { card } = readBack(entry, (a) => {
      const { row, col } = parseAddress(a);
      return values[row - 1]?.[col - 1] ?? null;
    });
    return { card, sheetName: active.name };
  });
}

/** Every scorecard stored in this workbook that this version can read. */
export async function listStoredScorecards(run: ExcelRun = excelRun): Promise<Scorecard[]> {
  return run(async (context) => {
    const state = queueState(context);
    await context.sync();
    const cards: Scorecard[] = [];
    for (const r of state().rows) {
      try {
        cards.push(parseStoredRow(r.values, String(r.values[3] ?? '')).card);
      } catch {
        // A damaged or newer row is reported when its own sheet is opened, not here.
      }
    }
    return cards;
  });
}

export const excelSheetOps = (run: ExcelRun = excelRun): ExcelScorecardOps => ({
  write: (card, lang, options) => writeScorecardSheet(card, lang, options, run),
  readActive: () => readActiveScorecard(run),
  listStored: () => listStoredScorecards(run),
});

export { linkName };
