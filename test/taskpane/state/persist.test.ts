import { t2VendorSelection } from '../../../src/core/scorecard';
import { EMPTY_STATE } from '../../../src/taskpane/state/model';
import { DRAFT_KEY, restoreDraft, saveDraft } from '../../../src/taskpane/state/persist';

function memory(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => void (data[k] = v),
    removeItem: (k: string) => void delete data[k],
  };
}

describe('draft persistence', () => {
  test('a saved draft comes back as it was', () => {
    const store = memory();
    expect(saveDraft(store, { card: t2VendorSelection, origin: { kind: 'sheet', sheetName: 'Tender' }, undo: null })).toBe(true);
    const back = restoreDraft(store);
    expect(back.outcome).toBe('restored');
    expect(back.state.card).toEqual(t2VendorSelection);
    expect(back.state.origin).toEqual({ kind: 'sheet', sheetName: 'Tender' });
  });

  test('no draft, no notice', () => {
    expect(restoreDraft(memory())).toEqual({ state: EMPTY_STATE, outcome: 'none' });
    expect(restoreDraft(undefined).outcome).toBe('none');
  });

  test('clearing the card removes the draft', () => {
    const store = memory({ [DRAFT_KEY]: 'x' });
    saveDraft(store, EMPTY_STATE);
    expect(store.data[DRAFT_KEY]).toBeUndefined();
  });

  test('a name cleared for retyping is still a draft', () => {
    const card = { ...t2VendorSelection, title: { en: '', zh: '' } };
    const store = memory();
    saveDraft(store, { card, origin: { kind: 'template' }, undo: null });
    expect(restoreDraft(store).outcome).toBe('restored');
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 99, card: t2VendorSelection, origin: { kind: 'template' } })],
    ['a card of the wrong shape', JSON.stringify({ version: 1, card: { ...t2VendorSelection, sections: 'none' }, origin: { kind: 'template' } })],
    ['a bad origin', JSON.stringify({ version: 1, card: t2VendorSelection, origin: { kind: 'moon' } })],
    ['null', 'null'],
  ])('a corrupt draft (%s) is discarded, not thrown', (_, text) => {
    const back = restoreDraft(memory({ [DRAFT_KEY]: text }));
    expect(back).toEqual({ state: EMPTY_STATE, outcome: 'discarded' });
  });

  test('a storage that throws costs persistence only', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(restoreDraft(broken).outcome).toBe('none');
    expect(saveDraft(broken, { card: t2VendorSelection, origin: { kind: 'template' }, undo: null })).toBe(false);
  });

  test('the cells a sheet read could not take survive with the draft; a list this version cannot show is dropped, not the draft', () => {
    const skipped = [
      {
        kind: 'rating' as const,
        criterionId: 'p3',
        candidateId: 'vendor-b',
        cell: 'I9',
        value: 'Met (confirmed)',
        reason: 'not-accepted' as const,
        text: { en: 'I9: not read.', zh: 'I9：未读取。' },
      },
    ];
    const store = memory();
    saveDraft(store, { card: t2VendorSelection, origin: { kind: 'sheet', sheetName: 'Tender', skipped }, undo: null });
    expect(restoreDraft(store).state.origin).toEqual({ kind: 'sheet', sheetName: 'Tender', skipped });

    const damaged = JSON.parse(store.data[DRAFT_KEY]);
    damaged.origin.skipped = [{ cell: 7 }];
    const back = restoreDraft(memory({ [DRAFT_KEY]: JSON.stringify(damaged) }));
    expect(back.outcome).toBe('restored');
    expect(back.state.origin).toEqual({ kind: 'sheet', sheetName: 'Tender' });
  });
});
