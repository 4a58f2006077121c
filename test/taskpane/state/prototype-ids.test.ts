import { valid } from '../../helpers/cards';
import { isRated, ratingOf, Scorecard, scoreScorecard, validateScorecard } from '../../../src/core/scorecard';
import type { Action } from '../../../src/taskpane/state/actions';
import { EMPTY_STATE, PaneState } from '../../../src/taskpane/state/model';
import { restoreDraft, saveDraft } from '../../../src/taskpane/state/persist';
import { reducer } from '../../../src/taskpane/state/reducer';

/*
 * The pane's edits key ratings by criterion id. With ids named like Object.prototype's members
 * a plain object would report them rated before anyone rated them, and `__proto__` as a key
 * would replace the object's prototype instead of storing a rating.
 */
const card: Scorecard = {
  format: 1,
  id: 'pane-prototype-names',
  title: { en: 'Prototype names', zh: '原型名称' },
  notes: { en: 'Ids named like members of Object.prototype.', zh: '以 Object.prototype 成员命名的 id。' },
  kind: 'selection',
  totalPoints: 100,
  sections: [
    {
      id: 'toString',
      name: { en: 'All', zh: '全部' },
      weight: 1,
      criteria: [
        { id: 'constructor', name: { en: 'Fit', zh: '匹配度' }, weight: 0.5, scoring: { type: 'met', maxPoints: 5, partialPoints: 3 } },
        { id: 'hasOwnProperty', name: { en: 'Support', zh: '支持' }, weight: 0.5, scoring: { type: 'scale', min: 1, max: 5 } },
      ],
    },
  ],
  candidates: [{ id: 'valueOf', name: { en: 'First', zh: '甲' }, kind: 'vendor', ratings: {} }],
};
const run = (state: PaneState, ...actions: Action[]) => actions.reduce(reducer, state);
const loaded = reducer(EMPTY_STATE, { type: 'load', card, origin: { kind: 'file' } });

test('nothing is rated until rated; rating, unrating and removing work on prototype names', () => {
  const first = () => loaded.card!.candidates[0];
  expect(isRated(first(), 'constructor')).toBe(false);
  expect(ratingOf(first(), 'constructor')).toBeUndefined();

  const rated = run(
    loaded,
    { type: 'rate', candidateId: 'valueOf', criterionId: 'constructor', rating: 'met' },
    { type: 'rate', candidateId: 'valueOf', criterionId: 'hasOwnProperty', rating: 4 },
  );
  expect(validateScorecard(rated.card).ok).toBe(true);
  // met earns full points on half the weight (50); 4 of 5 on the other half is 40 (model.ts).
  expect(scoreScorecard(valid(rated.card!)).candidates[0].total).toBeCloseTo(90, 12);

  const unrated = run(rated, { type: 'rate', candidateId: 'valueOf', criterionId: 'constructor', rating: null });
  expect(Object.keys(unrated.card!.candidates[0].ratings)).toEqual(['hasOwnProperty']);
  const removed = run(rated, { type: 'remove-criterion', criterionId: 'hasOwnProperty' });
  expect(Object.keys(removed.card!.candidates[0].ratings)).toEqual(['constructor']);
});

test('a rating keyed __proto__ is stored as a key, not as the prototype of the ratings', () => {
  const s = run(loaded, { type: 'rate', candidateId: 'valueOf', criterionId: '__proto__', rating: 'met' });
  const ratings = s.card!.candidates[0].ratings;
  expect(Object.keys(ratings)).toEqual(['__proto__']);
  expect(Object.getPrototypeOf(ratings)).toBeNull();
  // A card holding it is refused by validation (no such criterion) rather than silently accepted.
  expect(validateScorecard(JSON.parse(JSON.stringify(s.card))).ok).toBe(false);
});

test('new candidates start with ratings that have no prototype, and drafts keep prototype-named ratings', () => {
  const s = run(
    loaded,
    { type: 'add-candidate', name: { en: 'Second', zh: '乙' } },
    { type: 'rate', candidateId: 'valueOf', criterionId: 'constructor', rating: 'partial' },
  );
  expect(Object.getPrototypeOf(s.card!.candidates[1].ratings)).toBeNull();
  const data: Record<string, string> = {};
  saveDraft({ setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] }, s);
  const back = restoreDraft({ getItem: (k) => data[k] ?? null });
  expect(back.outcome).toBe('restored');
  expect(ratingOf(back.state.card!.candidates[0], 'constructor')).toBe('partial');
  expect(ratingOf(back.state.card!.candidates[1], 'constructor')).toBeUndefined();
});
