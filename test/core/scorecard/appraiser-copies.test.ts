import { t2VendorSelection, validateScorecard, type ValidScorecard } from '../../../src/core/scorecard';
import { appraiserCopies, appraiserNames, MAX_APPRAISER_NAME } from '../../../src/core/scorecard/appraiser-copies';
import { mergeCopies } from '../../../src/core/scorecard/merge';

const t2 = (() => {
  const r = validateScorecard(t2VendorSelection);
  if (!r.ok) throw new Error('invalid');
  return r.card;
})();

test('names are read one per line, blank lines and surrounding spaces dropped', () => {
  expect(appraiserNames(' Ann \r\n\n张三\n  \nBo')).toEqual(['Ann', '张三', 'Bo']);
});

test('one blank copy per appraiser, each naming its appraiser with an id the schema accepts', () => {
  const made = appraiserCopies(t2, ['Ann', '张三', '李四']);
  if (!made.ok) throw new Error('refused');
  // Chinese names have no letters an id may hold, so they take the fallback id, numbered.
  expect(made.copies.map((c) => [c.name, c.card.appraiser])).toEqual([
    ['Ann', { id: 'Ann', name: { en: 'Ann', zh: 'Ann' } }],
    ['张三', { id: 'appraiser', name: { en: '张三', zh: '张三' } }],
    ['李四', { id: 'appraiser-2', name: { en: '李四', zh: '李四' } }],
  ]);
  expect(made.copies.every((c) => c.card.candidates.every((k) => Object.keys(k.ratings).length === 0))).toBe(true);
  // The sections, criteria and weights are the card's own.
  expect(made.copies[0].card.sections).toEqual(t2.sections);
});

test('too few names, a name twice (whatever its case), a name too long, or a consolidated card are refused together', () => {
  const long = 'x'.repeat(MAX_APPRAISER_NAME + 1);
  const r = appraiserCopies(t2, ['Ann', 'ann', long]);
  expect(r.ok ? [] : r.problems.map((p) => p.en)).toEqual([
    '“ann” is named twice; each appraiser gets one copy.',
    `The name “${'x'.repeat(20)}”… is longer than ${MAX_APPRAISER_NAME} characters; shorten it.`,
  ]);
  expect(appraiserCopies(t2, ['Ann']).ok).toBe(false);
  const consolidated = { ...t2, appraisers: [{ id: 'a', name: { en: 'A', zh: 'A' } }] } as ValidScorecard;
  const c = appraiserCopies(consolidated, ['Ann', 'Bo']);
  expect(c.ok ? [] : c.problems.map((p) => p.zh)).toEqual(['此评分表已包含多位考评人的评分；请发出当初分给他们的那份评分表。']);
});

test('a copy returned blank is refused by the merge, named by its place among the copies', () => {
  const made = appraiserCopies(t2, ['Ann', 'Bo']);
  if (!made.ok) throw new Error('refused');
  const [ann, bo] = made.copies;
  const filled = { ...ann.card, candidates: ann.card.candidates.map((k) => ({ ...k, ratings: t2.candidates[0].ratings })) };
  const r = mergeCopies([
    { label: 'ann.xlsx', name: 'ann', card: filled },
    { label: 'bo.xlsx', name: 'bo', card: bo.card },
  ]);
  expect(r.ok ? null : r.refused).toEqual([
    {
      index: 1,
      label: 'bo.xlsx',
      text: {
        en: 'bo.xlsx holds no ratings at all: it came back as it was sent. Ask for the filled-in copy.',
        zh: 'bo.xlsx 中没有任何评分：交回的仍是发出时的空白副本。请索取填写后的副本。',
      },
    },
  ]);
});
