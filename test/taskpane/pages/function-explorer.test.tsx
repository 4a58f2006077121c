import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { App } from '../../../src/taskpane/App';
import type { FetchJson } from '../../../src/taskpane/state/function-docs';
import type { InsertOutcome, PaneHost } from '../../../src/taskpane/host/pane-host';
import { browserHost } from '../../../src/taskpane/host/host';
import { fakeHost as baseHost } from '../fake-host';

// Two functions of metadata in each language, shaped like the built functions.json files.
const META: Record<string, Awaited<ReturnType<FetchJson>>> = {
  'functions.json': {
    functions: [
      {
        id: 'CLV',
        description: 'Customer lifetime value.',
        parameters: [
          { name: 'margin', description: 'Margin per period.' },
          { name: 'periods', description: 'Periods.', optional: true },
        ],
      },
      {
        id: 'CHURN',
        description: 'Churn rate.',
        parameters: [
          { name: 'lost', description: 'Lost.' },
          { name: 'base', description: 'Base.' },
        ],
      },
    ],
  },
  'functions.zh-CN.json': {
    functions: [
      { id: 'CLV', description: '客户生命周期价值。', parameters: [{ name: 'margin', description: '每期利润。' }] },
      { id: 'CHURN', description: '客户流失率。', parameters: [{ name: 'lost', description: '流失客户数。' }] },
    ],
  },
};
const fetchJson: FetchJson = async (url) => META[url];

function fakeHost(kind: PaneHost['kind'], outcomes: InsertOutcome[]): PaneHost & { calls: [string, boolean][] } {
  const calls: [string, boolean][] = [];
  return { ...baseHost(kind), calls, insertFormula: async (f, replace) => (calls.push([f, replace]), outcomes.shift() ?? 'inserted') };
}

describe('function explorer', () => {
  test('lists every function with its arguments and example, in English', async () => {
    render(<App host={fakeHost('excel', [])} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    expect(await screen.findByText('CRM.CLV')).toBeTruthy();
    expect(screen.getByText('CRM.CHURN')).toBeTruthy();
    expect(screen.getByText('Customer lifetime value.')).toBeTruthy();
    expect(screen.getByText('=CRM.CLV(100, 0.8, 0.1)')).toBeTruthy(); // the catalogue's example
    expect(screen.getByText('2 functions')).toBeTruthy();
    expect(screen.getAllByText('optional')).toHaveLength(1);
  });

  test('search narrows the list by name or purpose', async () => {
    render(<App host={fakeHost('excel', [])} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    await screen.findByText('CRM.CLV');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'churn' } });
    expect(screen.queryByText('CRM.CLV')).toBeNull();
    expect(screen.getByText('CRM.CHURN')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No function matches your search.')).toBeTruthy();
  });

  test('in Excel, Insert writes the example into the selected cell', async () => {
    const host = fakeHost('excel', ['inserted']);
    render(<App host={host} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert CRM.CHURN' }));
    expect(await screen.findByText('Inserted into the selected cell.')).toBeTruthy();
    expect(host.calls).toEqual([['=CRM.CHURN(45, 1200)', false]]);
  });

  test('an occupied cell is replaced only after the user confirms', async () => {
    const host = fakeHost('excel', ['occupied', 'inserted']);
    render(<App host={host} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert CRM.CLV' }));
    expect(await screen.findByText(/The selected cell is not empty/)).toBeTruthy();
    expect(host.calls).toEqual([['=CRM.CLV(100, 0.8, 0.1)', false]]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByText('Inserted into the selected cell.');
    expect(host.calls[1]).toEqual(['=CRM.CLV(100, 0.8, 0.1)', true]);
  });

  test('cancel leaves the cell alone', async () => {
    const host = fakeHost('excel', ['occupied']);
    render(<App host={host} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert CRM.CLV' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/not empty/)).toBeNull();
    expect(host.calls).toHaveLength(1);
  });

  test('in a browser, the formula is copied to the clipboard', async () => {
    const written: string[] = [];
    const host = browserHost({ writeText: async (s: string) => void written.push(s) });
    render(<App host={host} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    expect(screen.getByText(/Running in a browser without Excel/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy CRM.CHURN' }));
    const copied = await screen.findByText('Formula copied to the clipboard.');
    expect(written).toEqual(['=CRM.CHURN(45, 1200)']);
    // Beside the button that copied, in that function's card, and gone once the search moves on.
    expect(copied.closest('[aria-labelledby="fn-CHURN"]')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'clv' } });
    expect(screen.queryByText('Formula copied to the clipboard.')).toBeNull();
  });

  test('a failed copy says what to do instead of failing silently', async () => {
    const host = browserHost({ writeText: async () => Promise.reject(new Error('denied')) });
    render(<App host={host} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy CRM.CLV' }));
    expect(await screen.findByText(/Could not copy/)).toBeTruthy();
  });

  test('shows the metadata in Chinese when zh-CN is chosen', async () => {
    const changes: string[] = [];
    render(<App host={fakeHost('excel', [])} initialLang="zh-CN" fetchJson={fetchJson} initialPage="functions" onLanguageChange={(l) => changes.push(l)} />);
    expect(await screen.findByText('客户生命周期价值。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'CRM 分析' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入 CRM.CLV' })).toBeTruthy();
  });

  test('a metadata file that cannot be loaded is reported, not a blank pane', async () => {
    const broken: FetchJson = async () => Promise.reject(new Error('HTTP 404'));
    await act(async () => {
      render(<App host={fakeHost('excel', [])} initialLang="en-US" fetchJson={broken} initialPage="functions" />);
    });
    await waitFor(() => expect(screen.getByText(/The function list could not be loaded: HTTP 404/)).toBeTruthy());
  });
});

describe('function explorer notices', () => {
  test('an insert failure in Excel shows the reason', async () => {
    const host: PaneHost = baseHost('excel', { insertFormula: async () => Promise.reject(new Error('The sheet is protected.')) });
    render(<App host={host} initialLang="en-US" fetchJson={fetchJson} initialPage="functions" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert CRM.CLV' }));
    expect(await screen.findByText(/Could not insert the formula: The sheet is protected\./)).toBeTruthy();
  });
});
