import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../render-app';

function open(title: string, lang: 'en-US' | 'zh-CN' = 'en-US') {
  renderApp({ lang });
  fireEvent.click(screen.getByRole('button', { name: `${lang === 'zh-CN' ? '打开' : 'Open '}${title}` }));
  // In Chinese the tab takes the card's own word for its candidates (被考评人 in an appraisal).
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? /^(被考评人|投标人|产品|团队)$/ : 'Candidates' }));
}

/** The ratings of one candidate at a time, as a form (the grid is the default). */
function formView(lang: 'en-US' | 'zh-CN' = 'en-US') {
  fireEvent.click(screen.getByRole('radio', { name: lang === 'zh-CN' ? /^逐个/ : /^One .* at a time$/ }));
}

describe('candidates page', () => {
  test('adds a candidate, names it, and selects it for rating', () => {
    open('CRM system selection (tender) scoring');
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of candidate 4' }), { target: { value: 'Vendor D' } });
    formView();
    const who = screen.getByRole('combobox', { name: 'Enter the ratings of' }) as HTMLSelectElement;
    expect(who.value).toBe('candidate1');
    expect(who.selectedOptions[0].textContent).toBe('Vendor D');
    expect(screen.getAllByText('0 of 20 criteria rated')).toHaveLength(1);
  });

  test('answers use the criterion’s own choices; a fee is a number', () => {
    open('CRM system selection (tender) scoring');
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    formView();
    fireEvent.click(screen.getByRole('combobox', { name: 'Mobile: iOS, Android, iPad and WeChat' }));
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— not rated —', 'Met', 'Partly met', 'Not met']);
    fireEvent.click(screen.getByRole('option', { name: 'Partly met' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Software licence fee (rate with the fee quoted)' }), { target: { value: '300000' } });
    expect(screen.getByText('Lower is better; ranked among the candidates.')).toBeTruthy();
    expect(screen.getByText('2 of 20 criteria rated')).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Mobile: iOS, Android, iPad and WeChat' }));
    fireEvent.click(screen.getByRole('option', { name: '— not rated —' }));
    expect(screen.getByText('1 of 20 criteria rated')).toBeTruthy();
  });

  test('graded levels are offered with their standards, and the chosen standard is shown', () => {
    open('CRM supervisor performance appraisal');
    formView();
    const standards = screen.getByRole('combobox', { name: 'CRM standards' });
    expect(standards.textContent).toBe('A — excellent'); // Zhang Wei's rating in the template
    fireEvent.click(standards);
    const b = screen.getByRole('option', { name: /B — good/ });
    expect(b.textContent).toMatch(/Format and content mostly complete/);
    fireEvent.click(b);
    expect(standards.textContent).toBe('B — good');
    expect(document.getElementById(standards.getAttribute('aria-describedby')!.split(' ')[0])!.textContent).toMatch(
      /^Format and content mostly complete, methods workable/,
    );
  });

  test('switching the candidate shows their ratings', () => {
    open('CRM系统主管业绩考核指标表', 'zh-CN');
    formView('zh-CN');
    fireEvent.change(screen.getByRole('combobox', { name: '录入评分的对象' }), { target: { value: 'wang-fang' } });
    expect(screen.getByRole('combobox', { name: 'CRM系统标准制定' }).textContent).toBe('C 中');
  });

  test('removing a candidate can be undone', () => {
    open('CRM system selection (tender) scoring');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Vendor B' }));
    expect(screen.queryByDisplayValue('Vendor B')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByDisplayValue('Vendor B')).toBeTruthy();
  });

  test('a scorecard without candidates invites adding one', () => {
    open('CRM system selection (tender) scoring');
    for (const name of ['Vendor A', 'Vendor B', 'Vendor C']) fireEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
    expect(screen.getByText(/No candidates yet/)).toBeTruthy();
    expect(within(document.body).queryByRole('combobox', { name: 'Enter the ratings of' })).toBeNull();
  });
});
