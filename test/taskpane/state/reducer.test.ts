import { t2VendorSelection, t1SupervisorAppraisal, validateScorecard, Scorecard } from '../../../src/core/scorecard';
import type { Action } from '../../../src/taskpane/state/actions';
import { EMPTY_STATE, PaneState } from '../../../src/taskpane/state/model';
import { reducer } from '../../../src/taskpane/state/reducer';

const loaded = (card: Scorecard = t2VendorSelection): PaneState => reducer(EMPTY_STATE, { type: 'load', card, origin: { kind: 'template' } });
const run = (state: PaneState, ...actions: Action[]) => actions.reduce(reducer, state);
const criterion = (card: Scorecard, id: string) => card.sections.flatMap((s) => s.criteria).find((c) => c.id === id)!;

describe('pane reducer', () => {
  test('loading a template starts without an undo; replacing a card can be undone', () => {
    const s = loaded();
    expect(s.card).toBe(t2VendorSelection);
    expect(s.undo).toBeNull();
    const replaced = reducer(s, { type: 'load', card: t1SupervisorAppraisal, origin: { kind: 'template' } });
    expect(replaced.undo?.kind).toBe('card-replaced');
    expect(reducer(replaced, { type: 'undo' }).card).toBe(t2VendorSelection);
  });

  test('edits without a card change nothing', () => {
    expect(reducer(EMPTY_STATE, { type: 'add-candidate', name: { en: 'X', zh: '某' } })).toBe(EMPTY_STATE);
  });

  test('never mutates the card it was given', () => {
    const before = JSON.stringify(t2VendorSelection);
    run(
      loaded(),
      { type: 'rename-criterion', criterionId: 'p1', lang: 'en-US', value: 'x' },
      { type: 'rate', candidateId: 'vendor-a', criterionId: 'c1', rating: 1 },
      { type: 'remove-section', sectionId: 'price' },
    );
    expect(JSON.stringify(t2VendorSelection)).toBe(before);
  });

  test('renaming edits the language shown and keeps a translated other language', () => {
    const s = run(loaded(), { type: 'rename-criterion', criterionId: 'p3', lang: 'en-US', value: 'Global product' });
    expect(criterion(s.card!, 'p3').name).toEqual({ en: 'Global product', zh: 'CRM软件是国际化产品，支持多语言、多币种、多时区' });
  });

  test('a name typed once (same in both languages) follows every later edit', () => {
    const s = run(
      loaded(),
      { type: 'add-candidate', name: { en: 'Candidate 4', zh: '候选对象 4' } },
      { type: 'rename-candidate', candidateId: 'candidate1', lang: 'zh-CN', value: '丁公司' },
    );
    expect(s.card!.candidates[3].name).toEqual({ en: 'Candidate 4', zh: '丁公司' });
    const typed = run(
      s,
      { type: 'rename-candidate', candidateId: 'candidate1', lang: 'en-US', value: '丁公司' },
      { type: 'rename-candidate', candidateId: 'candidate1', lang: 'en-US', value: 'Vendor D' },
    );
    expect(typed.card!.candidates[3].name).toEqual({ en: 'Vendor D', zh: 'Vendor D' });
  });

  test('a new candidate is of the kind of the others, unrated, with a fresh id', () => {
    const s = run(loaded(), { type: 'add-candidate', name: { en: 'D', zh: '丁' } });
    expect(s.card!.candidates[3]).toEqual({ id: 'candidate1', name: { en: 'D', zh: '丁' }, kind: 'vendor', ratings: {} });
  });

  test('rating sets and clears one answer', () => {
    const s = run(loaded(), { type: 'rate', candidateId: 'vendor-a', criterionId: 'p3', rating: 'met' });
    expect(s.card!.candidates[0].ratings.p3).toBe('met');
    const cleared = reducer(s, { type: 'rate', candidateId: 'vendor-a', criterionId: 'p3', rating: null });
    expect('p3' in cleared.card!.candidates[0].ratings).toBe(false);
  });

  test('removing a candidate is undoable', () => {
    const s = run(loaded(), { type: 'remove-candidate', candidateId: 'vendor-b' });
    expect(s.card!.candidates.map((k) => k.id)).toEqual(['vendor-a', 'vendor-c']);
    expect(s.undo?.kind).toBe('candidate-removed');
    expect(reducer(s, { type: 'undo' }).card!.candidates).toHaveLength(3);
  });

  test('only the last destructive edit can be undone, once', () => {
    const s = run(loaded(), { type: 'remove-candidate', candidateId: 'vendor-b' }, { type: 'remove-candidate', candidateId: 'vendor-c' });
    const undone = reducer(s, { type: 'undo' });
    expect(undone.card!.candidates.map((k) => k.id)).toEqual(['vendor-a', 'vendor-c']);
    expect(undone.undo).toBeNull();
    expect(reducer(undone, { type: 'undo' })).toBe(undone);
  });

  test('an undo expires with the next edit: it never takes back a vendor added since, or his ratings (issue 14)', () => {
    const replaced = run(loaded(), { type: 'set-weights', group: null, weights: [0.25, 0.25, 0.1, 0.4] });
    expect(replaced.undo?.kind).toBe('weights-replaced');
    const added = reducer(replaced, { type: 'add-candidate', name: { en: 'Vendor D', zh: '供应商 D' } });
    expect(added.undo).toBeNull();
    expect(reducer(added, { type: 'undo' })).toBe(added);
    const renamed = run(
      loaded(),
      { type: 'remove-candidate', candidateId: 'vendor-b' },
      { type: 'rename-candidate', candidateId: 'vendor-a', lang: 'en-US', value: 'A' },
    );
    expect(renamed.undo).toBeNull();
  });

  test('removing a criterion takes its ratings along, so the card stays valid', () => {
    const s = run(loaded(), { type: 'remove-criterion', criterionId: 'c1' });
    expect(s.card!.sections[3].criteria.map((c) => c.id)).toEqual(['c2', 'c3', 'c4', 'c5']);
    expect(s.card!.candidates.every((k) => !('c1' in k.ratings))).toBe(true);
    expect(s.undo?.kind).toBe('criterion-removed');
  });

  test('the last criterion of a section and the last section cannot be removed', () => {
    let s = run(
      loaded(),
      { type: 'remove-section', sectionId: 'product' },
      { type: 'remove-section', sectionId: 'solution' },
      { type: 'remove-section', sectionId: 'service' },
    );
    expect(s.card!.sections.map((x) => x.id)).toEqual(['price']);
    s = run(s, { type: 'remove-section', sectionId: 'price' });
    expect(s.card!.sections).toHaveLength(1);
    s = run(s, ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id): Action => ({ type: 'remove-criterion', criterionId: id })));
    expect(s.card!.sections[0].criteria.map((c) => c.id)).toEqual(['c5']);
  });

  test('removing a section drops its criteria ratings', () => {
    const s = run(loaded(), { type: 'remove-section', sectionId: 'price' });
    expect(Object.keys(s.card!.candidates[0].ratings)).not.toContain('c1');
    expect(s.undo?.kind).toBe('section-removed');
  });

  test('reordering moves within bounds and leaves the ends alone', () => {
    let s = run(loaded(), { type: 'move-criterion', criterionId: 'p2', by: -1 });
    expect(s.card!.sections[0].criteria.map((c) => c.id)).toEqual(['p2', 'p1', 'p3', 'p4', 'p5']);
    const same = reducer(s, { type: 'move-criterion', criterionId: 'p2', by: -1 });
    expect(same.card!.sections[0].criteria.map((c) => c.id)).toEqual(['p2', 'p1', 'p3', 'p4', 'p5']);
    s = run(s, { type: 'move-section', sectionId: 'price', by: -1 });
    expect(s.card!.sections.map((x) => x.id)).toEqual(['product', 'solution', 'price', 'service']);
  });

  test('adding a criterion and a section keeps every weight sum as it was', () => {
    const s = run(
      loaded(),
      { type: 'add-criterion', sectionId: 'service', name: { en: 'New criterion 5', zh: '新指标 5' } },
      { type: 'add-section', name: { en: 'New section 5', zh: '新部分 5' }, criterionName: { en: 'New criterion 1', zh: '新指标 1' } },
    );
    expect(s.card!.sections[2].criteria[4]).toMatchObject({ id: 'c6', weight: 0, scoring: { type: 'met' } });
    expect(s.card!.sections[4]).toMatchObject({ id: 'section1', weight: 0, criteria: [{ id: 'c7', weight: 1 }] });
    expect(validateScorecard(s.card).ok).toBe(true);
  });

  test('changing how a criterion is scored keeps its full points and clears its ratings', () => {
    const s = run(loaded(), { type: 'set-scoring', criterionId: 'p1', scoringType: 'levels' });
    const c = criterion(s.card!, 'p1');
    expect(c.scoring).toMatchObject({ type: 'levels', maxPoints: 5 });
    expect(c.scoring.type === 'levels' && c.scoring.levels.map((l) => l.points)).toEqual([5, 4, 3, 2]);
    expect(s.card!.candidates.some((k) => 'p1' in k.ratings)).toBe(false);
    expect(s.undo?.kind).toBe('scoring-changed');
    expect(validateScorecard(s.card).ok).toBe(true);
    expect(reducer(s, { type: 'set-scoring', criterionId: 'p1', scoringType: 'levels' })).toBe(s);
  });

  test.each(['levels', 'met', 'provided', 'rank', 'target', 'scale'] as const)('every scoring type gives a valid card (%s)', (type) => {
    const s = run(loaded(), { type: 'set-scoring', criterionId: 's2', scoringType: type });
    expect(validateScorecard(s.card).ok).toBe(true);
  });

  test('weights: one at a time, never negative, and whole groups', () => {
    let s = run(loaded(), { type: 'set-weight', of: 'criterion', id: 'p1', weight: 0.3 }, { type: 'set-weight', of: 'section', id: 'price', weight: -1 });
    expect(criterion(s.card!, 'p1').weight).toBe(0.3);
    expect(s.card!.sections[3].weight).toBe(0);
    s = run(s, { type: 'set-weights', group: null, weights: [0.1, 0.2, 0.3, 0.4] });
    expect(s.card!.sections.map((x) => x.weight)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(s.undo?.kind).toBe('weights-replaced');
    s = run(s, { type: 'set-weights', group: 'service', weights: [0.25, 0.25, 0.25, 0.25] });
    expect(s.card!.sections[2].criteria.map((c) => c.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(reducer(s, { type: 'set-weights', group: 'service', weights: [1] }).card).toBe(s.card);
  });

  test('a description can be written and removed again', () => {
    let s = run(loaded(), { type: 'describe-criterion', criterionId: 'p1', lang: 'en-US', value: 'Ask for a demo' });
    expect(criterion(s.card!, 'p1').description).toEqual({ en: 'Ask for a demo', zh: 'Ask for a demo' });
    s = run(s, { type: 'describe-criterion', criterionId: 'p1', lang: 'en-US', value: '' });
    expect('description' in criterion(s.card!, 'p1')).toBe(false);
  });

  test('title edits follow the language', () => {
    const s = run(loaded(), { type: 'set-title', lang: 'zh-CN', value: '选型' });
    expect(s.card!.title).toEqual({ en: 'CRM system selection (tender) scoring', zh: '选型' });
  });

  test('dismissing the undo forgets it', () => {
    const s = run(loaded(), { type: 'remove-candidate', candidateId: 'vendor-b' }, { type: 'dismiss-undo' });
    expect(s.undo).toBeNull();
  });

  test('the candidate being rated is pane state: a newcomer is selected, a new card starts over, the view is kept', () => {
    const s = run(loaded(), { type: 'ratings-view', view: 'form' }, { type: 'select-candidate', candidateId: 'vendor-b' });
    expect(s.view).toEqual({ ratings: 'form', candidateId: 'vendor-b' });
    const added = run(s, { type: 'add-candidate', name: { en: 'D', zh: '丁' } });
    expect(added.view?.candidateId).toBe(added.card!.candidates[3].id);
    expect(run(added, { type: 'load', card: t1SupervisorAppraisal, origin: { kind: 'template' } }).view).toEqual({ ratings: 'form' });
  });

  test('ratings replaced from the larger window keep only criteria of the card, and no change is no edit', () => {
    const s = loaded();
    const next = reducer(s, { type: 'replace-ratings', ratings: { 'vendor-a': { p1: 'not-met', gone: 'met' }, nobody: { p1: 'met' } } });
    expect(next.card!.candidates[0].ratings).toEqual({ p1: 'not-met' });
    expect(next.card!.candidates[1]).toBe(s.card!.candidates[1]);
    expect(reducer(s, { type: 'replace-ratings', ratings: { 'vendor-a': { ...s.card!.candidates[0].ratings } } })).toBe(s);
  });
});
