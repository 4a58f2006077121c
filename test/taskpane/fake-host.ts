import type { Scorecard } from '../../src/core/scorecard';
import type { GenerateOutcome, PaneHost } from '../../src/taskpane/host/pane-host';
import { readText } from '../../src/taskpane/host/read-text';

/** A host that records what the pane asked of it and answers from a script. */
export interface FakeHost extends PaneHost {
  log: string[];
  generated: Scorecard[];
  saved: { name: string; text: Promise<string> }[];
}

export function fakeHost(kind: PaneHost['kind'], overrides: Partial<PaneHost> = {}): FakeHost {
  const log: string[] = [];
  const generated: Scorecard[] = [];
  const saved: FakeHost['saved'] = [];
  const outcome = (card: Scorecard, sheetName?: string): GenerateOutcome =>
    kind === 'excel' ? { kind: 'sheet', sheetName: sheetName ?? 'Scorecard' } : { kind: 'download', fileName: `${card.id}.xlsx` };
  return {
    kind,
    log,
    generated,
    saved,
    insertFormula: async () => 'inserted',
    generateScorecard: async (card, lang, progress) => {
      log.push(`generate ${card.id} ${lang}`);
      progress(0.5);
      generated.push(card);
      return outcome(card);
    },
    regenerateScorecard: async (sheetName, card, lang, progress) => {
      log.push(`regenerate ${sheetName} ${card.id} ${lang}`);
      progress(0.5);
      generated.push(card);
      return outcome(card, sheetName);
    },
    readActiveScorecard: async () => null,
    // Settles at once: the Templates page asks for stored cards on mount, and an answer that
    // arrives inside render's act() keeps React from warning about updates outside it.
    storedScorecards: () => ({ then: (ok: (cards: Scorecard[]) => unknown) => (ok([]), { catch: () => undefined }) }) as unknown as Promise<Scorecard[]>,
    saveFile: async (name, blob) => void saved.push({ name, text: readText(blob) }),
    ...overrides,
  };
}
