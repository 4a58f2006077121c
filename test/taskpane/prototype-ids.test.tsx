import { fireEvent, screen, within } from '@testing-library/react';
import type { Scorecard } from '../../src/core/scorecard';
import { DRAFT_KEY } from '../../src/taskpane/state/persist';
import { memoryStorage, renderApp } from './render-app';

/*
 * A card whose ids are Object.prototype names, opened in the pane: the preview must score it
 * (an unrated "constructor" once read as rated and threw) and the ratings page must show the
 * criterion as not rated.
 */
const grades = ['A', 'B'].map((id, i) => ({ id, label: { en: id, zh: id }, description: { en: id, zh: id }, points: 5 - i }));
const card: Scorecard = {
  format: 1,
  id: 'pane-prototype-names',
  title: { en: 'Prototype names', zh: '原型名称' },
  notes: { en: 'Ids named like members of Object.prototype.', zh: '以 Object.prototype 成员命名的 id。' },
  kind: 'selection',
  totalPoints: 100,
  sections: [
    {
      id: 'hasOwnProperty',
      name: { en: 'All', zh: '全部' },
      weight: 1,
      criteria: [
        { id: 'constructor', name: { en: 'Fit', zh: '匹配度' }, weight: 0.5, scoring: { type: 'levels', maxPoints: 5, levels: grades } },
        { id: 'toString', name: { en: 'Support', zh: '支持' }, weight: 0.5, scoring: { type: 'levels', maxPoints: 5, levels: grades } },
      ],
    },
  ],
  candidates: [
    { id: 'valueOf', name: { en: 'First', zh: '甲' }, kind: 'vendor', ratings: { toString: 'A' } },
    { id: 'toLocaleString', name: { en: 'Second', zh: '乙' }, kind: 'vendor', ratings: { constructor: 'B', toString: 'B' } },
  ],
};

// Rendering the whole pane in jsdom takes seconds on a busy machine: more than Jest's default 5 s.
test('a card with prototype-named ids is scored in the preview and shown unrated where it is', () => {
  const storage = memoryStorage({ [DRAFT_KEY]: JSON.stringify({ version: 1, card, origin: { kind: 'file' } }) });
  renderApp({ storage, page: 'preview' });
  const rows = within(screen.getByRole('table', { name: 'Totals and ranking' }))
    .getAllByRole('row')
    .slice(1);
  // First: A (5 of 5) on half the weight = 50; Second: B (4 of 5) on both halves = 80 (model.ts).
  expect(
    rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ),
  ).toEqual([
    ['1', 'Second', '80.0'],
    ['2', 'First', '50.0'],
  ]);
  expect(screen.getByText('First: 1 criteria not rated count as 0.')).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
  expect(screen.getByText('1 of 2 criteria rated')).toBeTruthy();
}, 30_000);
