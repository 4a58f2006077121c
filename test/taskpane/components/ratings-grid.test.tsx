import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../render-app';

/*
 * The ratings grid by keyboard alone (issue 14): arrows move between cells, typing the first
 * letters of an answer chooses it, a digit starts a number, Enter moves down, Escape cancels an
 * edit, and every cell is named by its criterion and candidate.
 */
function openTender(lang: 'en-US' | 'zh-CN' = 'en-US') {
  const view = renderApp({ lang });
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '打开CRM系统选型评分标准' : 'Open CRM system selection (tender) scoring' }));
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '投标人' : 'Candidates' }));
  return view;
}

const grid = () => screen.getByRole('grid');
// Cells found by their accessible name, which is their aria-label: read directly, since
// testing-library's name computation over a grid of sixty cells is slow.
const cells = () => Array.from(grid().querySelectorAll<HTMLElement>('[role="gridcell"]'));
function cell(name: string | RegExp): HTMLElement {
  const found = cells().filter((c) => {
    const label = c.getAttribute('aria-label') ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (found.length !== 1) throw new Error(`${found.length} cells named ${String(name)}`);
  return found[0];
}
const focusOn = (el: HTMLElement) => act(() => el.focus());
const focused = () => document.activeElement as HTMLElement;
const key = (k: string, init: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(focused(), { key: k, ...init });
const stored = (storage: { data: Record<string, string> }) =>
  JSON.parse(storage.data['crm-addin.draft']) as { card: { candidates: { name: { en: string }; ratings: Record<string, unknown> }[] } };

describe('the ratings grid', () => {
  test('shows criteria down and candidates across, every cell named by both', () => {
    openTender();
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Criterion', 'Vendor A', 'Vendor B', 'Vendor C']);
    expect(cells()).toHaveLength(20 * 3);
    // Vendor A meets p1 in the template.
    expect(cell(/^Core modules out of the box.*, Vendor A: Met$/)).toBeTruthy();
    expect(cell('Software licence fee (rate with the fee quoted), Vendor C: 420000')).toBeTruthy();
    // One cell at a time is in the tab order.
    expect(cells().filter((c) => c.tabIndex === 0)).toHaveLength(1);
  });

  test('a new candidate is rated by keyboard: arrows, letters, digits and Enter', () => {
    const { storage } = openTender();
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    // Focus is on the newcomer's name, which typing replaces.
    expect(focused()).toBe(screen.getByRole('textbox', { name: 'Name of candidate 4' }));
    fireEvent.change(focused(), { target: { value: 'Vendor D' } });

    focusOn(cell(/^Core modules out of the box.*, Vendor A: Met$/));
    key('End'); // the last column: Vendor D
    expect(focused().getAttribute('aria-label')).toMatch(/^Core modules.*, Vendor D: — not rated —$/);
    key('m'); // Met
    expect(focused().getAttribute('aria-label')).toMatch(/, Vendor D: Met$/);
    key('Enter');
    expect(focused().getAttribute('aria-label')).toMatch(/^Multi-level management.*, Vendor D: — not rated —$/);
    key('P'); // Partly met
    key('ArrowDown');
    key('n'); // Not met
    key('ArrowUp');
    expect(focused().getAttribute('aria-label')).toMatch(/^Multi-level management.*, Vendor D: Partly met$/);
    key('ArrowLeft');
    expect(focused().getAttribute('aria-label')).toMatch(/, Vendor C: /);

    // A fee: a digit opens the cell for typing; "39.5万" is read whole; Enter takes it and moves down.
    focusOn(cell(/^Software licence fee.*, Vendor D: — not rated —$/));
    key('3');
    const input = screen.getByRole('textbox', { name: /^Software licence fee.*, Vendor D/ });
    expect((input as HTMLInputElement).value).toBe('3');
    fireEvent.change(input, { target: { value: '39.5万' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(cell('Software licence fee (rate with the fee quoted), Vendor D: 395000')).toBeTruthy();
    expect(focused().getAttribute('aria-label')).toMatch(/^Fixed-price implementation.*, Vendor D: — not rated —$/);

    const d = stored(storage).card.candidates[3];
    expect(d.name.en).toBe('Vendor D');
    expect(d.ratings).toEqual({ p1: 'met', p2: 'partial', p3: 'not-met', c1: 395000 });
  });

  test('Escape cancels an edit, a refused number stays refused with the field’s words, Delete clears', () => {
    openTender();
    const fee = () => cell(/^Software licence fee.*, Vendor A: /);
    const before = fee().getAttribute('aria-label');
    focusOn(fee());
    key('F2');
    const input = () => screen.getByRole('textbox', { name: /^Software licence fee.*, Vendor A/ });
    fireEvent.change(input(), { target: { value: '1' } });
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(fee().getAttribute('aria-label')).toBe(before);
    expect(focused()).toBe(fee());

    key('F2');
    fireEvent.change(input(), { target: { value: '395,00' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^“395,00” is not a number: thousands are separated in groups of three digits\..* The field keeps \d+\.$/,
    );
    expect(input().getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(fee().getAttribute('aria-label')).toBe(before);

    key('Delete');
    expect(fee().getAttribute('aria-label')).toMatch(/: — not rated —$/);
  });

  test('a choice cell opens its answers with Space; Escape puts the old answer back', () => {
    openTender();
    const c = () => cell(/^Mobile: iOS, Android, iPad and WeChat, Vendor B: /);
    const before = c().getAttribute('aria-label')!;
    focusOn(c());
    key(' ');
    const select = screen.getByRole('combobox', { name: before }) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['— not rated —', 'Met', 'Partly met', 'Not met']);
    fireEvent.change(select, { target: { value: 'not-met' } });
    fireEvent.keyDown(select, { key: 'Escape' });
    expect(c().getAttribute('aria-label')).toBe(before);
  });

  test('a rating beyond a scale is refused on the cell, in plain words', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Open Customer service quality assessment' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
    const first = cells().find((c) => /^Service quality rating, /.test(c.getAttribute('aria-label') ?? ''))!;
    focusOn(first);
    key('1');
    const input = within(first).getByRole('textbox');
    fireEvent.change(input, { target: { value: '11' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toMatch(/^Service quality rating: 11 is above the top of the scale, 10\. The field keeps /);
  });

  test('in Chinese the cells answer in Chinese and take the answers’ English initials', () => {
    openTender('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '添加投标人' }));
    focusOn(cell(/^甲公司的“标准功能覆盖.*”：满足$/));
    key('End');
    key('p');
    expect(focused().getAttribute('aria-label')).toMatch(/^投标人 4的“标准功能覆盖.*”：部分满足$/);
    expect(within(grid()).getAllByRole('columnheader')[0].textContent).toBe('指标');
  });

  test('the candidate chosen for one-at-a-time rating stays chosen across pages', () => {
    openTender();
    fireEvent.click(screen.getByRole('radio', { name: 'One candidate at a time' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Enter the ratings of' }), { target: { value: 'vendor-c' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
    expect((screen.getByRole('combobox', { name: 'Enter the ratings of' }) as HTMLSelectElement).value).toBe('vendor-c');
  });
});
