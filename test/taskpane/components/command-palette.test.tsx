import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { openPage, registerCommands } from '../../../src/commands/commands';
import { requestPage } from '../../../src/commands/pane-route';
import type { Lang } from '../../../src/core/errors';
import { App } from '../../../src/taskpane/App';
import type { PaneHost } from '../../../src/taskpane/host/pane-host';
import { RECENT_KEY } from '../../../src/taskpane/state/recent-uses';
import { fakeHost } from '../fake-host';
import { memoryStorage } from '../render-app';

/** Tracker operations these tests never reach: a call would fail the test. */
const UNUSED_TRACKER_PARTS = {
  report: async (): Promise<never> => {
    throw new Error('not expected in this test');
  },
  rewrite: async (): Promise<never> => {
    throw new Error('not expected in this test');
  },
};

/*
 * Issue 14: one search box over everything the pane can do, used by keyboard only, in both
 * languages. The function list is the metadata Excel reads; here a small one in each language.
 */
const META: Record<string, { functions: { id: string; description: string }[] }> = {
  'functions.json': {
    functions: [
      { id: 'CLV.BGNBD', description: 'CLV from a BG/NBD fit' },
      { id: 'CLV', description: 'Customer lifetime value' },
      { id: 'CHURN', description: 'Churn rate' },
    ],
  },
  'functions.zh-CN.json': {
    functions: [
      { id: 'CLV.BGNBD', description: '由 BG/NBD 拟合计算的客户终身价值' },
      { id: 'CLV', description: '客户终身价值' },
      { id: 'CHURN', description: '客户流失率' },
    ],
  },
};

function renderPane(options: { host?: PaneHost; lang?: Lang; storage?: ReturnType<typeof memoryStorage> } = {}) {
  const host = options.host ?? fakeHost('browser');
  const storage = options.storage ?? memoryStorage();
  const view = render(<App host={host} initialLang={options.lang ?? 'en-US'} storage={storage} fetchJson={async (url) => META[url]} />);
  return { ...view, host, storage };
}

// The language menu is a combobox too: the search box is the one that lists as it is typed in.
const box = () => screen.getAllByRole('combobox').find((e) => e.getAttribute('aria-autocomplete') === 'list')!;
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');
const activeOption = () => document.getElementById(box().getAttribute('aria-activedescendant') ?? '');
/** Ctrl+Shift+P; the function list it starts reading arrives within the act. */
const shortcut = (target: Element = document.activeElement ?? document.body) =>
  act(async () => void fireEvent.keyDown(target, { key: 'P', ctrlKey: true, shiftKey: true }));
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const press = (key: string) => fireEvent.keyDown(box(), { key });
/** The function list arrives asynchronously; wait until the search finds it. */
const typeAndWait = async (text: string, first: RegExp) => {
  type(text);
  await waitFor(() => expect(options()[0]?.textContent).toMatch(first));
};

describe('the search box, by keyboard', () => {
  test('Ctrl+Shift+P from anywhere opens it; a name typed as in a cell finds the function; Enter copies it in a browser; focus goes back', async () => {
    const writes: string[] = [];
    const host = fakeHost('browser', { insertFormula: async (f) => (writes.push(f), 'copied') });
    renderPane({ host });
    const tab = screen.getByRole('tab', { name: 'Templates' });
    tab.focus();
    await shortcut(tab);
    expect(document.activeElement).toBe(box());
    expect(box().getAttribute('aria-expanded')).toBe('true');
    await typeAndWait('=crm.clv(', /^CRM\.CLV(?!\.)/);
    expect(options()[0].textContent).toContain('Function');
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    await act(async () => press('Enter'));
    expect(writes).toEqual(['=CRM.CLV(100, 0.8, 0.1)']);
    expect(screen.getByText('Formula copied to the clipboard.')).toBeTruthy();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(tab);
  });

  test('arrows move through the results and wrap; Escape closes and puts focus back where it was', async () => {
    renderPane();
    const tab = screen.getByRole('tab', { name: 'Functions' });
    tab.focus();
    await shortcut(tab);
    await typeAndWait('clv', /^CRM\.CLV/);
    // Exact name before a longer one that starts with it.
    expect(options().map((o) => o.querySelector('span')?.textContent)).toEqual(['CRM.CLV', 'CRM.CLV.BGNBD']);
    expect(activeOption()).toBe(options()[0]);
    press('ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    press('ArrowDown');
    expect(activeOption()).toBe(options()[0]);
    press('ArrowUp');
    expect(activeOption()).toBe(options()[1]);
    press('Escape');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(tab);
    // In the box with the list closed, Down opens it again.
    box().focus();
    press('ArrowDown');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(options().length).toBeGreaterThan(5);
  });

  test('a result can also be picked with the pointer, the box keeping the focus meanwhile', async () => {
    renderPane();
    await shortcut(document.body);
    type('tender');
    const option = options()[0];
    // The box keeps the focus: the press on the option is not let through to move it.
    expect(fireEvent.mouseDown(option)).toBe(false);
    fireEvent.click(option);
    expect(screen.getByRole('tab', { name: 'Editor' }).getAttribute('aria-selected')).toBe('true');
  });

  test('in Chinese: the kinds are named in Chinese, a template is found by its Chinese name and opens in the editor', async () => {
    renderPane({ lang: 'zh-CN' });
    await shortcut(document.body);
    type('选型');
    expect(options()).toHaveLength(1);
    expect(options()[0].textContent).toContain('CRM系统选型评分标准');
    expect(options()[0].textContent).toContain('模板');
    press('Enter');
    expect(screen.getByRole('tab', { name: '编辑' }).getAttribute('aria-selected')).toBe('true');
    expect((screen.getByRole('textbox', { name: '标题' }) as HTMLInputElement).value).toBe('CRM系统选型评分标准');
    // A function by its Chinese purpose, its kind in Chinese.
    await shortcut(document.body);
    await typeAndWait('流失', /CRM\.CHURN/);
    expect(options()[0].textContent).toContain('函数');
  });

  test('in English a template is found by either language, and nothing found is said so', async () => {
    renderPane();
    // ⌘⇧P on a Mac; Ctrl+P alone (print) and Ctrl+Alt+Shift+P are left alone.
    await act(async () => void fireEvent.keyDown(document.body, { key: 'p', ctrlKey: true }));
    await act(async () => void fireEvent.keyDown(document.body, { key: 'P', ctrlKey: true, altKey: true, shiftKey: true }));
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await act(async () => void fireEvent.keyDown(document.body, { key: 'P', metaKey: true, shiftKey: true }));
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(box());
    type('客户服务');
    expect(options()[0].textContent).toContain('Customer service quality assessment');
    expect(options()[0].textContent).toContain('Template');
    type('zzzz');
    expect(options()).toHaveLength(0);
    expect(screen.getAllByText('Nothing matches your search.').length).toBeGreaterThan(0);
  });

  test('what was used last comes first, in this session and the next', async () => {
    const storage = memoryStorage();
    const first = renderPane({ storage });
    await shortcut(document.body);
    await typeAndWait('clv', /^CRM\.CLV/);
    press('ArrowDown');
    expect(activeOption()?.textContent).toMatch(/^CRM\.CLV\.BGNBD/);
    await act(async () => press('Enter'));
    expect(JSON.parse(storage.data[RECENT_KEY])).toEqual(['function:CLV.BGNBD']);
    await shortcut(document.body);
    type('clv');
    expect(options()[0].textContent).toMatch(/^CRM\.CLV\.BGNBD/);
    press('Escape');
    first.unmount();
    renderPane({ storage });
    await shortcut(document.body);
    // With nothing typed, the recent entry leads the whole list.
    await waitFor(() => expect(options()[0].textContent).toMatch(/^CRM\.CLV\.BGNBD/));
  });
});

describe('what entries do', () => {
  test('in Excel a function goes into the selected cell, asking before it replaces anything', async () => {
    const calls: [string, boolean][] = [];
    const host = fakeHost('excel', { insertFormula: async (f, replace) => (calls.push([f, replace]), replace ? 'inserted' : 'occupied') });
    renderPane({ host });
    await shortcut(document.body);
    await typeAndWait('CRM.CHURN', /^CRM\.CHURN/);
    await act(async () => press('Enter'));
    expect(screen.getByText('The selected cell is not empty. Replace its content?')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Replace' })));
    expect(calls).toEqual([
      ['=CRM.CHURN(45, 1200)', false],
      ['=CRM.CHURN(45, 1200)', true],
    ]);
    expect(screen.getByText('Inserted into the selected cell.')).toBeTruthy();
  });

  test('what the workbook stores is listed by kind and gone to on its sheet; a failure says why', async () => {
    const shown: string[] = [];
    let reads = 0;
    const host = fakeHost('excel', {
      workbookItems: async () => (
        reads++,
        [
          { kind: 'scorecard', title: { en: 'Vendor scores', zh: '供应商评分' }, sheet: 'Vendors' },
          { kind: 'tracker', title: { en: 'Sales KPIs', zh: '销售KPI' }, year: 2026, sheet: 'KPI 2026' },
          { kind: 'analysis', title: { en: 'CV results', zh: 'CV results' }, sheet: 'CV results' },
        ]
      ),
      showSheet: async (sheet) => {
        if (sheet === 'CV results') throw new Error('ItemNotFound');
        shown.push(sheet);
      },
    });
    renderPane({ host, lang: 'zh-CN' });
    await shortcut(document.body);
    type('销售');
    expect(options()[0].textContent).toContain('销售KPI（2026年）');
    expect(options()[0].textContent).toContain('KPI跟踪表');
    expect(options()[0].textContent).toContain('工作表“KPI 2026”');
    await act(async () => press('Enter'));
    expect(shown).toEqual(['KPI 2026']);
    await shortcut(document.body);
    type('vendor');
    expect(options()[0].textContent).toContain('评分卡');
    await act(async () => press('Enter'));
    expect(shown).toEqual(['KPI 2026', 'Vendors']);
    await shortcut(document.body);
    type('CV results');
    expect(options()[0].textContent).toContain('客户分析');
    await act(async () => press('Enter'));
    expect(screen.getByRole('alert').textContent).toContain('无法转到该工作表：ItemNotFound');
    // The workbook is read as the box opens, each time: nothing before, so the list is current.
    expect(reads).toBe(3);
  });

  test('actions on the card being edited: generate runs on the Generate page, export saves the JSON', async () => {
    const host = fakeHost('browser');
    renderPane({ host });
    // No card yet: no card actions.
    await shortcut(document.body);
    type('export');
    expect(options()).toHaveLength(0);
    type('CRM software evaluation');
    press('Enter');
    await shortcut(document.body);
    type('download the scorecard');
    expect(options()[0].textContent).toContain('Download the scorecard as .xlsx');
    expect(options()[0].textContent).toContain('Action');
    await act(async () => press('Enter'));
    await waitFor(() => expect(host.log).toEqual(['generate t3-crm-software-evaluation en-US']));
    expect(screen.getByRole('tab', { name: 'Generate' }).getAttribute('aria-selected')).toBe('true');
    // Asked once, generated once: coming back to the page does not generate again.
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    await act(async () => void fireEvent.click(screen.getByRole('tab', { name: 'Generate' })));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(host.log).toHaveLength(1);
    await shortcut(document.body);
    type('export');
    await act(async () => press('Enter'));
    expect(host.saved.map((s) => s.name)).toEqual(['CRM software evaluation.json']);
    expect(screen.getByText('Exported CRM software evaluation.json.')).toBeTruthy();
  });

  test('refresh reads the KPI watch again and shows it', async () => {
    let reads = 0;
    const host = fakeHost('excel', {
      trackers: { ...UNUSED_TRACKER_PARTS, generate: async () => ({ kind: 'sheet', sheetName: 'x' }), watch: async () => (reads++, []) },
    });
    renderPane({ host });
    await waitFor(() => expect(reads).toBe(1));
    await shortcut(document.body);
    type('refresh');
    await act(async () => press('Enter'));
    expect(reads).toBe(2);
    expect(screen.getByRole('tab', { name: 'KPI watch' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('ribbon buttons open the pane on their page', () => {
  const office = (shown: string[]) => {
    (globalThis as { Office?: unknown }).Office = { addin: { showAsTaskpane: async () => void shown.push('pane') } };
  };
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  test('a button pressed before the pane started opens it on that page', async () => {
    const shown: string[] = [];
    office(shown);
    const completed: string[] = [];
    openPage('watch')({ completed: () => completed.push('done') } as unknown as Office.AddinCommands.Event);
    await waitFor(() => expect(completed).toEqual(['done']));
    expect(shown).toEqual(['pane']);
    renderPane({
      host: fakeHost('excel', { trackers: { ...UNUSED_TRACKER_PARTS, generate: async () => ({ kind: 'sheet', sheetName: 'x' }), watch: async () => [] } }),
    });
    expect(screen.getByRole('tab', { name: 'KPI watch' }).getAttribute('aria-selected')).toBe('true');
  });

  test('a button pressed while the pane is open switches its page, for each job', async () => {
    const handlers: Record<string, (e: Office.AddinCommands.Event) => void> = {};
    registerCommands({ associate: (name: string, f: (e: Office.AddinCommands.Event) => void) => void (handlers[name] = f) } as never);
    office([]);
    renderPane({ lang: 'zh-CN' });
    const event = { completed: () => undefined } as unknown as Office.AddinCommands.Event;
    act(() => handlers.openCustomerValue(event));
    expect(screen.getByRole('tab', { name: '客户价值' }).getAttribute('aria-selected')).toBe('true');
    act(() => handlers.openScorecards(event));
    expect(screen.getByRole('tab', { name: '模板' }).getAttribute('aria-selected')).toBe('true');
    // The route itself, as the commands bundle reaches it through the shared global.
    act(() => requestPage('customers'));
    expect(screen.getByRole('tab', { name: '客户价值' }).getAttribute('aria-selected')).toBe('true');
  });
});
