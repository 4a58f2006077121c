import { act, fireEvent, screen, within } from '@testing-library/react';
import { lines } from '../../src/taskpane/components/RadarChart';
import { memoryStorage, renderApp } from './render-app';

/*
 * The pane at 320–350 px (issue 14): the browser notice can be dismissed for good, what was
 * just added has the focus, ROC shows the weights it proposes before applying them, and a
 * confirmation stands beside its button only while it holds.
 */
function openTender(storage = memoryStorage()) {
  const view = renderApp({ storage });
  fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
  fireEvent.click(screen.getByRole('tab', { name: 'Editor' }));
  return view;
}

describe('the pane in little room', () => {
  test('the browser notice is dismissed once and stays away; the pane names itself to screen readers only', () => {
    const storage = memoryStorage();
    const first = renderApp({ storage });
    expect(screen.getByRole('heading', { level: 1, name: 'CRM Analytics' })).toBeTruthy();
    fireEvent.click(
      within(screen.getByText(/Running in a browser without Excel/).closest('.fui-MessageBar') as HTMLElement).getByRole('button', { name: 'Dismiss' }),
    );
    expect(screen.queryByText(/Running in a browser without Excel/)).toBeNull();
    first.unmount();
    renderApp({ storage });
    expect(screen.queryByText(/Running in a browser without Excel/)).toBeNull();
  });

  test('a new criterion’s name and a new section’s name take the focus', () => {
    openTender();
    fireEvent.click(screen.getByRole('button', { name: 'Add criterion to Product requirements' }));
    const product = screen.getByRole('group', { name: 'Product requirements' });
    expect(document.activeElement).toBe(within(product).getByRole('textbox', { name: 'Name of criterion 6' }));
    expect((document.activeElement as HTMLInputElement).value).toBe('New criterion 6');
    fireEvent.click(screen.getByRole('button', { name: 'Add section' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of section 5' }));
  });

  test('ROC shows the weights it proposes before they are applied, and “applied” only while they hold', () => {
    openTender();
    const mode = screen.getByRole('combobox', { name: 'Set weights by: Weights of the sections' });
    fireEvent.change(mode, { target: { value: 'roc' } });
    // Rank-order centroid (Barron & Barrett 1996), by hand for four items:
    // w1 = (1 + 1/2 + 1/3 + 1/4)/4 = 52.08 %, w2 = (1/2 + 1/3 + 1/4)/4 = 27.08 %,
    // w3 = (1/3 + 1/4)/4 = 14.58 %, w4 = (1/4)/4 = 6.25 %.
    const proposed = screen.getByRole('list', { name: 'Weights proposed by rank order' });
    expect(
      within(proposed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Product requirements: 52.08%', 'System solution: 27.08%', 'Service: 14.58%', 'Price factors: 6.25%']);
    // Nothing is applied yet: the section weights are the template's.
    expect((screen.getByRole('textbox', { name: 'Weight of section Price factors (%)' }) as HTMLInputElement).value).toBe('40');
    fireEvent.click(screen.getByRole('button', { name: 'Apply rank-order weights' }));
    expect((screen.getByRole('textbox', { name: 'Weight of section Price factors (%)' }) as HTMLInputElement).value).toBe('6.25');
    expect(screen.getByText('Weights applied.')).toBeTruthy();
    act(() => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Weight of section Price factors (%)' }), { target: { value: '7' } });
    });
    expect(screen.queryByText('Weights applied.')).toBeNull();
  });

  test('radar labels break into two short lines, the rest cut with an ellipsis', () => {
    expect(lines('Fit')).toEqual(['Fit']);
    expect(lines('Functional completeness')).toEqual(['Functional', 'completeness']);
    expect(lines('Data security and integration capability')).toEqual(['Data security', 'and integration…']);
    // Eight Chinese characters fill a line of sixteen Latin ones.
    expect(lines('客户关系管理能力评价体系')).toEqual(['客户关系管理能力', '评价体系']);
  });
});
