import { valid } from '../../helpers/cards';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { scoreScorecard, t2VendorSelection } from '../../../src/core/scorecard';
import { fakeHost } from '../fake-host';
import { renderApp } from '../render-app';

function openTender(host = fakeHost('browser'), lang: 'en-US' | 'zh-CN' = 'en-US') {
  const view = renderApp({ host, lang });
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '打开CRM系统选型评分标准' : 'Open CRM system selection (tender) scoring' }));
  return view;
}
const tab = (name: string) => fireEvent.click(screen.getByRole('tab', { name }));

describe('preview page', () => {
  test('ranks the candidates as the engine does, with a bar chart', () => {
    openTender();
    tab('Preview');
    const rows = within(screen.getByRole('table', { name: 'Totals and ranking' }))
      .getAllByRole('row')
      .slice(1);
    const result = scoreScorecard(valid(t2VendorSelection));
    const expected = result.candidates
      .map((c, i) => [String(c.rank), t2VendorSelection.candidates[i].name.en, c.total.toFixed(1)])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(expected);
    expect(screen.getByRole('img', { name: 'Bar chart of the totals' })).toBeTruthy();
  });

  test('says in words what would change the winner', () => {
    openTender();
    tab('Preview');
    const list = within(screen.getByRole('region', { name: 'How firm is the winner?' })).getAllByRole('listitem');
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(5);
    expect(list[0].textContent).toMatch(
      /^Vendor C stays first unless the weight of .+ (falls below|rises above) \d+(\.\d)?% \(now .+\); then Vendor [AB] would win\.$/,
    );
  });

  test('an appraisal is drawn as a radar of each person’s criteria', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Open CRM supervisor performance appraisal' }));
    tab('Preview');
    expect(screen.getByRole('img', { name: /Radar chart/ })).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Bar chart of the totals' })).toBeNull();
  });

  test('unrated criteria are pointed out; one candidate has no sensitivity', () => {
    openTender();
    tab('Candidates');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Vendor B' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Vendor C' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    tab('Preview');
    expect(screen.getByText('Candidate 2: 20 criteria not rated count as 0.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Candidate 2' }));
    tab('Preview');
    expect(screen.getByText('Add a second candidate to see how firm the ranking is.')).toBeTruthy();
  });

  test('a card that cannot be scored lists what to fix instead of crashing', () => {
    openTender(undefined, 'zh-CN');
    tab('编辑');
    fireEvent.change(screen.getByRole('textbox', { name: '部分“服务”权重（%）' }), { target: { value: '50' } });
    tab('预览');
    expect(screen.getByText('评分卡暂时无法计算，请先修正：')).toBeTruthy();
    expect(screen.getByText(/sections/)).toBeTruthy();
  });
});

describe('generate page', () => {
  test('in a browser it downloads the workbook', async () => {
    const host = fakeHost('browser');
    openTender(host);
    tab('Generate');
    expect(screen.queryByRole('button', { name: 'Read from sheet' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download .xlsx' })));
    expect(screen.getByText('Downloaded t2-crm-vendor-selection.xlsx.')).toBeTruthy();
    expect(host.log).toEqual(['generate t2-crm-vendor-selection en-US']);
  });

  test('in Excel it generates a new sheet, showing progress meanwhile', async () => {
    let finish: () => void = () => undefined;
    const host = fakeHost('excel', {
      generateScorecard: (_card, _lang, progress) =>
        new Promise((resolve) => {
          progress(0.4);
          finish = () => resolve({ kind: 'sheet', sheetName: 'Tender' });
        }),
    });
    openTender(host, 'zh-CN');
    tab('生成');
    fireEvent.click(screen.getByRole('button', { name: '生成到新工作表' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
    expect((screen.getByRole('button', { name: '生成到新工作表' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
    expect(screen.getByText('已生成工作表“Tender”并已激活。')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('a failure is reported with its reason', async () => {
    openTender(fakeHost('excel', { generateScorecard: async () => Promise.reject(new Error('The workbook is protected.')) }));
    tab('Generate');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate in a new sheet' })));
    expect(screen.getByRole('alert').textContent).toBe('Generation failed: The workbook is protected.');
  });

  test('an invalid card cannot be generated', () => {
    openTender();
    tab('Editor');
    fireEvent.change(screen.getByRole('textbox', { name: 'Weight of section Service (%)' }), { target: { value: '50' } });
    tab('Generate');
    expect(screen.getByText('Fix the problems listed on the Preview page first.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Download .xlsx' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('read from sheet, edit, then update the sheet in place after confirmation', async () => {
    const onSheet = { ...t2VendorSelection, title: { en: 'Tender 2024', zh: '2024 招标' } };
    const host = fakeHost('excel', { readActiveScorecard: async () => ({ card: onSheet, sheetName: 'Tender 2024' }) });
    renderApp({ host, page: 'generate' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Read from sheet' })));
    expect(screen.getByText('Read “Tender 2024” from the sheet “Tender 2024”.')).toBeTruthy();
    tab('Candidates');
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of candidate 1' }), { target: { value: 'Vendor A (revised)' } });
    tab('Generate');
    fireEvent.click(screen.getByRole('button', { name: 'Update the sheet “Tender 2024”' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/will be rewritten with your edits/)).toBeTruthy();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Update' })));
    expect(host.log).toEqual(['regenerate Tender 2024 t2-crm-vendor-selection en-US']);
    expect(host.generated[0].candidates[0].name.en).toBe('Vendor A (revised)');
    expect(screen.getByText('Updated the sheet “Tender 2024”.')).toBeTruthy();
  });

  test('cancelling the confirmation leaves the sheet alone', async () => {
    const host = fakeHost('excel', { readActiveScorecard: async () => ({ card: t2VendorSelection, sheetName: 'Tender' }) });
    renderApp({ host, page: 'generate' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Read from sheet' })));
    fireEvent.click(screen.getByRole('button', { name: 'Update the sheet “Tender”' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.log).toEqual([]);
  });

  test('reading a sheet that is not a scorecard, or that fails, says so', async () => {
    renderApp({ host: fakeHost('excel'), page: 'generate' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Read from sheet' })));
    expect(screen.getByText('The active sheet is not a generated scorecard.')).toBeTruthy();
  });

  test('a read error is shown with its reason', async () => {
    renderApp({ host: fakeHost('excel', { readActiveScorecard: async () => Promise.reject(new Error('stored definition is damaged')) }), page: 'generate' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Read from sheet' })));
    expect(screen.getByRole('alert').textContent).toBe('Could not read the sheet: stored definition is damaged');
  });
});
