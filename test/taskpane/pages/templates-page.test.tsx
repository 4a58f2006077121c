import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportScorecard, t2VendorSelection } from '../../../src/core/scorecard';
import { fakeHost } from '../fake-host';
import { renderApp } from '../render-app';

const upload = (text: string, name = 'card.json') => {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
};

describe('templates page', () => {
  test('shows the six built-in templates with kind, description and criteria count', () => {
    renderApp();
    const gallery = screen.getByRole('region', { name: 'Built-in templates' });
    expect(within(gallery).getAllByRole('listitem')).toHaveLength(6);
    const t2 = within(gallery).getByText('CRM system selection (tender) scoring').closest('li')!;
    expect(within(t2).getByText('Selection')).toBeTruthy();
    expect(within(t2).getByText('20 criteria')).toBeTruthy();
    // The first sentence of the template's notes, whole (it runs on past its colon).
    expect(within(t2).getByText('Bid evaluation: one column per bidder, 100 points in all.')).toBeTruthy();
  });

  test('in Chinese a card shows the first sentence of its notes, not all of them', () => {
    renderApp({ lang: 'zh-CN' });
    const gallery = screen.getByRole('region', { name: '内置模板' });
    const t2 = within(gallery).getByText('CRM系统选型评分标准').closest('li')!;
    // Chinese ends a sentence with 。 and no space after it; the notes go on with 规则 R1….
    expect(within(t2).getByText('评标表：每个投标人一列，总分 100 分。')).toBeTruthy();
    expect(t2.textContent).not.toMatch(/规则 R1/);
  });

  test('opening a template loads it for the editor', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
    expect(screen.getByText(/Loaded “CRM system selection \(tender\) scoring”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Editor' }));
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('CRM system selection (tender) scoring');
  });

  test('lists the scorecards stored in the workbook', async () => {
    const host = fakeHost('excel', {
      storedScorecards: async () => [{ ...t2VendorSelection, id: 'tender-2024', title: { en: 'Tender 2024', zh: '2024 招标' } }],
    });
    renderApp({ host });
    const stored = await screen.findByRole('region', { name: 'In this workbook' });
    expect(within(stored).getByText('Tender 2024')).toBeTruthy();
  });

  test('a workbook that cannot be read says so', async () => {
    renderApp({ host: fakeHost('excel', { storedScorecards: async () => Promise.reject(new Error('no access')) }) });
    expect(await screen.findByText(/could not be read: no access/)).toBeTruthy();
  });

  test('imports a valid file', async () => {
    renderApp();
    upload(exportScorecard({ ...t2VendorSelection, title: { en: 'Imported tender', zh: '导入的招标' } }));
    expect(await screen.findByText(/Loaded “Imported tender”/)).toBeTruthy();
    expect(screen.getByText('Editing: Imported tender')).toBeTruthy();
  });

  test('a bad file lists every problem with its place and loads nothing', async () => {
    renderApp();
    const bad = {
      ...t2VendorSelection,
      sections: t2VendorSelection.sections.map((s, i) => (i === 0 ? { ...s, weight: 0.5 } : s)),
      candidates: [{ ...t2VendorSelection.candidates[0], ratings: { p1: 'maybe' } }],
    };
    upload(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The file was not loaded/);
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items.some((t) => /sections/.test(t!) && /125%|1\.25/.test(t!))).toBe(true);
    expect(items.some((t) => /candidates\[0\]\.ratings\.p1/.test(t!) && /maybe/.test(t!))).toBe(true);
    expect(screen.queryByText(/^Editing:/)).toBeNull();
  });

  test('a file that is not JSON is reported as such', async () => {
    renderApp({ lang: 'zh-CN' });
    upload('{ not json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/文件未载入/);
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
  });

  test('exports the current card as the same JSON the engine writes', async () => {
    const { host } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await screen.findByText('Exported CRM system selection (tender) scoring.json.');
    const saved = (host as ReturnType<typeof fakeHost>).saved[0];
    expect(saved.name).toBe('CRM system selection (tender) scoring.json');
    await waitFor(async () => expect(await saved.text).toBe(exportScorecard(t2VendorSelection)));
  });
});
