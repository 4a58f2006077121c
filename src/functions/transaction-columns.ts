/* eslint-disable @typescript-eslint/no-explicit-any -- custom-function arguments arrive as any[][] */
import { plainArg, singleOptional } from '../core/args';
import { valueError } from '../core/errors';
import { Grid, isBlank } from '../core/grid';
import { messages } from '../core/messages';
import { dateSerial, numberColumns, parallelColumns } from '../core/models/columns';
import { modelMessages as m } from '../core/models/messages';

/** A required range argument: #VALUE! naming it when omitted. */
export const requiredGrid = (arg: string, g: any[][] | null | undefined): Grid => {
  if (g === null || g === undefined) throw valueError(messages.blank(arg));
  return g as Grid;
};

/**
 * A transaction list read as CRM.RFM reads it: ids (numbers or text, never blank), dates
 * (Excel dates or ISO text) and, when named, amounts; rows blank in every column skipped.
 */
export function transactionColumns(
  names: readonly string[],
  grids: readonly (any[][] | null | undefined)[],
): { ids: (string | number)[]; days: number[]; amounts: number[] | null } {
  const {
    columns: [rawIds, rawDates, rawAmounts],
    rows,
  } = parallelColumns(
    names,
    grids.map((g, i) => requiredGrid(names[i], g)),
  );
  const days = rawDates.map((c, i) => {
    const p = plainArg(names[1], c, rows[i]);
    const d = dateSerial(p);
    if (d === null) throw valueError(m.unknownCustomerDate(rows[i], p));
    return d;
  });
  const ids = rawIds.map((c, i) => {
    const id = plainArg(names[0], c, rows[i]);
    if (typeof id === 'number') return id;
    if (typeof id === 'string' && id.trim() !== '') return id.trim();
    if (isBlank(id)) throw valueError(m.missingId(rows[i]));
    // TRUE is neither a number nor a name: as text it would split a customer from "TRUE".
    throw valueError(m.rowValue(rows[i], messages.notText(names[0], id)));
  });
  const amounts = rawAmounts ? Array.from(numberColumns([names[2]], [rawAmounts.map((c) => [c])])[0]) : null;
  return { ids, days, amounts };
}

/** A required one-cell date argument: an Excel date or ISO text. */
export function dateArg(arg: string, g: any[][] | null | undefined): number {
  const c = singleOptional(arg, g);
  if (c === null) throw valueError(messages.blank(arg));
  const d = dateSerial(c);
  if (d === null) throw valueError(m.unknownCustomerDate(1, c));
  return d;
}
