import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { exportScorecard, t2VendorSelection } from '../../../src/core/scorecard';
import { excelHost } from '../../../src/excel/host-excel';
import { ManualSave, ManualSaveDialog } from '../../../src/taskpane/host/manual-save';
import { preparePane } from '../../../src/taskpane/host/pane-start';
import { App } from '../../../src/taskpane/App';
import { FakeWorkbook } from '../../helpers/fake-excel';
import { memoryStorage } from '../render-app';

/*
 * Excel on Mac runs the pane in WKWebView, where blob/anchor downloads do nothing (office-js
 * #2700, #4681). There the pane shows the file's text with a Copy button instead. jsdom has no
 * WKWebView: these tests drive the fallback path itself, from the Templates page's Export button
 * through the host's saveFile to the dialog.
 */

// Rendering the whole pane in jsdom is slow on a busy machine (the Templates page alone takes seconds).
jest.setTimeout(60_000);
const LONG = { timeout: 15_000 };

const clipboard = (writeText: (text: string) => Promise<void>) => ({ writeText: jest.fn(writeText) });

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

afterEach(() => setClipboard(undefined));

/** The pane as index.tsx builds it, with onReady answering Excel on Mac. */
async function renderExcelForMac(lang: 'en-US' | 'zh-CN' = 'en-US') {
  const pane = await preparePane({
    office: { onReady: async () => ({ host: 'Excel', platform: 'Mac' }), context: { displayLanguage: lang } },
    excelHost: (save) => excelHost(new FakeWorkbook().run, save),
    browserHost: () => {
      throw new Error('not in a browser');
    },
    storedLanguage: null,
  });
  // Inside act: the Templates page asks the host for stored cards on mount, and the answer lands here.
  await act(async () => {
    render(<App host={pane.host} initialLang={pane.lang} storage={memoryStorage()} manualSave={pane.manualSave} fetchJson={async () => ({ functions: [] })} />);
  });
  return pane;
}

async function exportTender() {
  fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
  fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
  // The text follows the dialog once the file is read.
  const area = await screen.findByRole('textbox', { name: /^Contents of /, hidden: true }, LONG);
  await settleFocus(area);
  return screen.getByRole('dialog');
}

/*
 * Fluent's Dialog traps focus with tabster, which learns of a new dialog through a
 * MutationObserver and hides (aria-hidden) every modal part that focus has not entered. In a
 * browser focus lands after that; under jsdom React's effects can move focus first, and the
 * dialog then stays hidden from role queries at random. Focusing into it again, as a user's
 * click would, gives tabster the focus event it waits for.
 */
async function settleFocus(inside: HTMLElement) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
    inside.focus();
    await new Promise((r) => setTimeout(r, 0));
  });
  await screen.findByRole('dialog', {}, LONG);
}

describe('saving a file in Excel on Mac', () => {
  test('Export as JSON shows the exported text in a dialog, and Copy puts it on the clipboard', async () => {
    const board = clipboard(async () => undefined);
    setClipboard(board);
    await renderExcelForMac();
    const dialog = await exportTender();
    expect(dialog.textContent).toMatch(/Save CRM system selection \(tender\) scoring\.json/);
    expect(dialog.textContent).toMatch(/does not let add-ins download files/);
    const area = screen.getByRole('textbox', { name: 'Contents of CRM system selection (tender) scoring.json' }) as HTMLTextAreaElement;
    // Expected text: the scorecard serialiser the export uses (src/core/scorecard exportScorecard).
    expect(area.value).toBe(exportScorecard(t2VendorSelection));
    expect(area.readOnly).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText(/^Copied\. Paste it into a plain-text editor/, {}, LONG);
    expect(board.writeText).toHaveBeenCalledWith(exportScorecard(t2VendorSelection));
  });

  test('when the clipboard is refused, the text is selected for ⌘C', async () => {
    setClipboard(clipboard(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))));
    await renderExcelForMac();
    await exportTender();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText(/Copying was not allowed here/, {}, LONG);
    const area = screen.getByRole('textbox', { name: /^Contents of / }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });

  test('without any clipboard API the text is selected too', async () => {
    await renderExcelForMac();
    await exportTender();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText(/Copying was not allowed here/, {}, LONG);
  });

  test('the dialog speaks the pane’s language and closes', async () => {
    const pane = await renderExcelForMac('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '打开CRM系统选型评分标准' }));
    fireEvent.click(screen.getByRole('button', { name: '导出为 JSON' }));
    await settleFocus(await screen.findByRole('textbox', { name: /的内容$/, hidden: true }, LONG));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toMatch(/保存 CRM系统选型评分标准\.json/);
    expect(dialog.textContent).toMatch(/不允许加载项下载文件/);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), LONG);
    expect(pane.manualSave!.current()).toBeNull();
  });
});

describe('the manual-save dialog on its own', () => {
  test('a binary file is not shown as text; Download still hands it to the download', async () => {
    const source = new ManualSave();
    const download = jest.fn();
    render(<ManualSaveDialog source={source} lang="en-US" download={download} />);
    const blob = new Blob([new Uint8Array([0x50, 0x4b, 3, 4])], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await act(() => source.save('card.xlsx', blob));
    await settleFocus(await screen.findByRole('button', { name: 'Download', hidden: true }, LONG));
    expect(screen.getByRole('dialog').textContent).toMatch(/card\.xlsx is not a text file/);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(download).toHaveBeenCalledWith('card.xlsx', blob);
  });

  test('nothing is shown until a file is offered', () => {
    render(<ManualSaveDialog source={new ManualSave()} lang="en-US" />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
