/**
 * What the pane may ask of the place it runs in. Inside Excel formulas go into the workbook;
 * in a plain browser they go to the clipboard. Components receive a host and never call
 * Office.js themselves.
 */
export type InsertOutcome = 'inserted' | 'copied' | 'occupied';

export interface PaneHost {
  kind: 'excel' | 'browser';
  /** Writes a formula into the active cell; reports 'occupied' instead of overwriting unless `replace`. */
  insertFormula(formula: string, replace: boolean): Promise<InsertOutcome>;
}

export function browserHost(clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): PaneHost {
  return {
    kind: 'browser',
    async insertFormula(formula) {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(formula);
      return 'copied';
    },
  };
}
