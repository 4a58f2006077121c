import { fireEvent, screen } from '@testing-library/react';
import { DRAFT_KEY } from '../../src/taskpane/state/persist';
import { memoryStorage, renderApp } from './render-app';

describe('unsaved work across sessions', () => {
  test('edits are saved as they happen and restored, with a notice, when the pane reopens', () => {
    const storage = memoryStorage();
    const first = renderApp({ storage });
    fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of candidate 1' }), { target: { value: 'Acme' } });
    expect(JSON.parse(storage.data[DRAFT_KEY]).card.candidates[0].name.en).toBe('Acme');
    first.unmount();

    renderApp({ storage });
    expect(screen.getByText('Your unsaved scorecard was restored.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Editor', selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
    expect((screen.getByRole('textbox', { name: 'Name of candidate 1' }) as HTMLInputElement).value).toBe('Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Your unsaved scorecard was restored.')).toBeNull();
  });

  test('a corrupt stored state is discarded with a notice, not a crash', () => {
    const storage = memoryStorage({ [DRAFT_KEY]: '{"version":1,"card":{"sections":7},"origin":{"kind":"template"}}' });
    renderApp({ storage, lang: 'zh-CN' });
    expect(screen.getByText('已保存的草稿已损坏并已丢弃，请从模板重新开始。')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '模板', selected: true })).toBeTruthy();
    expect(storage.data[DRAFT_KEY]).toBeUndefined();
  });

  test('a fresh start shows no notice', () => {
    renderApp();
    expect(screen.queryByText(/unsaved scorecard|draft was damaged/)).toBeNull();
  });
});
