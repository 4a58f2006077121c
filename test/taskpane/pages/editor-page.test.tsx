import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../render-app';

function openTender(lang: 'en-US' | 'zh-CN' = 'en-US') {
  const view = renderApp({ lang });
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '打开CRM系统选型评分标准' : 'Open CRM system selection (tender) scoring' }));
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '编辑' : 'Editor' }));
  return view;
}
const section = (name: string) => screen.getByRole('group', { name });
const value = (name: string | RegExp, scope: HTMLElement = document.body) => (within(scope).getByRole('textbox', { name }) as HTMLInputElement).value;

describe('editor page', () => {
  test('without a card it points to the templates', () => {
    renderApp({ page: 'editor' });
    fireEvent.click(screen.getByRole('button', { name: 'Go to templates' }));
    expect(screen.getByRole('tab', { name: 'Templates', selected: true })).toBeTruthy();
  });

  test('lists sections and criteria with names, weights and scoring', () => {
    openTender();
    const service = section('Service');
    expect(within(service).getAllByRole('listitem')).toHaveLength(4);
    expect(value('Name of criterion 2', service)).toBe('After-sales plan with free yearly upgrades');
    expect(value('Weight of After-sales plan with free yearly upgrades (%)', service)).toBe('20');
    expect((within(service).getByRole('combobox', { name: 'Scoring of After-sales plan with free yearly upgrades' }) as HTMLSelectElement).value).toBe(
      'provided',
    );
  });

  test('the weight total follows every keystroke, and normalise brings it back to 100 %', () => {
    openTender();
    const service = section('Service');
    expect(within(service).getByRole('status').textContent).toBe('Total 100%');
    fireEvent.change(within(service).getByRole('textbox', { name: 'Weight of Concrete SLA and audited service quality (%)' }), { target: { value: '40' } });
    expect(within(service).getByRole('status').textContent).toBe('Total 120%, should be 100%');
    fireEvent.click(within(service).getByRole('button', { name: 'Normalise Criteria of Service to 100%' }));
    expect(within(service).getByRole('status').textContent).toBe('Total 100%');
    expect(value('Weight of Concrete SLA and audited service quality (%)', service)).toBe('33.33');
  });

  test('section weights are edited in percent', () => {
    openTender();
    const weights = section('Weights of the sections');
    fireEvent.change(within(weights).getByRole('textbox', { name: 'Weight of section Service (%)' }), { target: { value: '' } });
    expect(within(weights).getByRole('status').textContent).toBe('Total 90%, should be 100%');
  });

  test('rename, describe, reorder and change the scoring of a criterion', () => {
    openTender();
    const product = section('Product requirements');
    fireEvent.change(within(product).getByRole('textbox', { name: 'Name of criterion 4' }), { target: { value: 'Mobile apps' } });
    fireEvent.change(within(product).getByRole('textbox', { name: 'Description of Mobile apps' }), { target: { value: 'Native apps, not a web view' } });
    fireEvent.click(within(product).getByRole('button', { name: 'Move Mobile apps up' }));
    expect(value('Name of criterion 3', product)).toBe('Mobile apps');
    expect(value('Description of Mobile apps', product)).toBe('Native apps, not a web view');
    fireEvent.change(within(product).getByRole('combobox', { name: 'Scoring of Mobile apps' }), { target: { value: 'levels' } });
    expect(screen.getByText('Scoring changed; its ratings were cleared.')).toBeTruthy();
  });

  test('removing a criterion can be undone', () => {
    openTender();
    const price = section('Price factors');
    fireEvent.click(within(price).getByRole('button', { name: 'Remove Delivery within 3 months' }));
    expect(within(section('Price factors')).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('Criterion removed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(section('Price factors')).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByText('Criterion removed.')).toBeNull();
  });

  test('adds criteria and sections with names in the pane’s language', () => {
    openTender('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '添加指标到“服务”' }));
    expect(value('指标 5 名称', section('服务'))).toBe('新指标 5');
    fireEvent.click(screen.getByRole('button', { name: '添加部分' }));
    expect(value('第 5 部分名称')).toBe('新部分 5');
    expect(within(section('新部分 5')).getAllByRole('listitem')).toHaveLength(1);
  });

  test('the last criterion of a section cannot be removed', () => {
    openTender();
    fireEvent.click(screen.getByRole('button', { name: 'Add section' }));
    expect((within(section('New section 5')).getByRole('button', { name: 'Remove New criterion 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('rank-order weights as a quick start', () => {
    openTender();
    const weights = section('Weights of the sections');
    fireEvent.change(within(weights).getByRole('combobox', { name: 'Set weights by: Weights of the sections' }), { target: { value: 'roc' } });
    fireEvent.click(within(weights).getByRole('button', { name: 'Apply rank-order weights' }));
    // ROC for four: 52.08 %, 27.08 %, 14.58 %, 6.25 %.
    expect(['Product requirements', 'System solution', 'Service', 'Price factors'].map((n) => value(`Weight of section ${n} (%)`, weights))).toEqual([
      '52.08',
      '27.08',
      '14.58',
      '6.25',
    ]);
    expect(screen.getByText('Weights replaced.')).toBeTruthy();
  });

  test('AHP: sliders give weights and the consistency ratio, with a warning above 0.1', () => {
    openTender();
    const weights = section('Weights of the sections');
    fireEvent.change(within(weights).getByRole('combobox', { name: 'Set weights by: Weights of the sections' }), { target: { value: 'ahp' } });
    expect(within(weights).getByText('Consistency ratio 0.000')).toBeTruthy();
    const slider = (a: string, b: string) => within(weights).getByRole('slider', { name: `${a} compared with ${b}` });
    // Price 3× as important as each other section: consistent.
    fireEvent.change(slider('Product requirements', 'Price factors'), { target: { value: '2' } });
    expect(within(weights).getByText('Price factors is 3× as important')).toBeTruthy();
    fireEvent.change(slider('System solution', 'Price factors'), { target: { value: '2' } });
    fireEvent.change(slider('Service', 'Price factors'), { target: { value: '2' } });
    expect(within(weights).getByText('Price factors: 50%')).toBeTruthy();
    expect(within(weights).getByText('Consistent enough (CR at most 0.1).')).toBeTruthy();
    // Product ≫ solution, solution ≫ service, but service ≫ product: a circle.
    fireEvent.change(slider('Product requirements', 'System solution'), { target: { value: '-6' } });
    fireEvent.change(slider('System solution', 'Service'), { target: { value: '-6' } });
    fireEvent.change(slider('Product requirements', 'Service'), { target: { value: '6' } });
    expect(within(weights).getByText(/contradict each other/)).toBeTruthy();
    fireEvent.click(within(weights).getByRole('button', { name: 'Apply AHP weights' }));
    expect(within(weights).getByRole('status', { name: /^Weights of the sections: / }).textContent).toBe('Total 100%');
    // The confirmation stands beside the button that applied them.
    expect(within(weights).getByRole('button', { name: 'Apply AHP weights' }).parentElement!.textContent).toMatch(/Weights applied\.$/);
  });
});
