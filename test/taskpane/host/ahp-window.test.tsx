/**
 * @jest-environment-options {"url": "https://localhost:3000/taskpane.html"}
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { AhpWindowContext } from '../../../src/taskpane/components/ahp-window-context';
import { closeDialog, sharedValue } from '../../../src/taskpane/host/office-js-helpers';
import { AHP_WINDOW_PAGE, ahpWindow } from '../../../src/taskpane/host/open-ahp-window';
import type { AhpWindow } from '../../../src/taskpane/host/pane-host';
import { AhpPanel } from '../../../src/taskpane/components/AhpPanel';
import { AhpWindowPage } from '../../../src/taskpane/pages/AhpWindowPage';
import { AHP_DRAFT_KEY, AhpDraft } from '../../../src/taskpane/state/ahp-draft';
import { FakeOfficeDialogs, installFakeOffice, storageEventFromAnotherWindow } from './fake-office-dialog';

/*
 * The AHP editor in a larger Office dialog: the pane's button, the window's page, and the draft
 * they share through the package's Storage. Both pages render into this one jsdom; a write of
 * the window reaches the pane through the `storage` event another window would raise.
 */
jest.setTimeout(30_000);
const NAMES = ['Price', 'Service', 'Quality'];
const slider = (scope: HTMLElement, a: string, b: string) => within(scope).getByRole('slider', { name: `${a} compared with ${b}` }) as HTMLInputElement;
const STORED = `@crm-addin/${AHP_DRAFT_KEY}`;

let office: FakeOfficeDialogs;
beforeEach(() => {
  localStorage.clear();
  office = installFakeOffice({ host: 'Excel', platform: 'PC' });
});
afterEach(() => office.remove());

function pane(largerWindow: AhpWindow | undefined, onApply: (w: number[]) => void = () => undefined) {
  return render(
    <AhpWindowContext.Provider value={largerWindow}>
      <section aria-label="pane">
        <AhpPanel lang="en-US" names={NAMES} group="Criteria of Offer" onApply={onApply} />
      </section>
    </AhpWindowContext.Provider>,
  );
}

test('outside Office (no larger window given) the panel shows no button', () => {
  pane(undefined);
  expect(screen.queryByRole('button', { name: 'Open in a larger window' })).toBeNull();
});

test('the button opens ahp-dialog.html beside the pane, 800 × 640 px as percent of the screen, with the pane’s judgements in storage', async () => {
  pane(ahpWindow());
  fireEvent.change(slider(screen.getByRole('region', { name: 'pane' }), 'Price', 'Service'), { target: { value: '-2' } });
  fireEvent.click(screen.getByRole('button', { name: 'Open in a larger window' }));
  await waitFor(() => expect(office.opened).toHaveLength(1));
  expect(office.opened[0]).toEqual({ url: `https://localhost:3000/${AHP_WINDOW_PAGE}`, options: { width: 50, height: 64 } });
  expect(JSON.parse(localStorage.getItem(STORED)!)).toEqual({ version: 1, lang: 'en-US', group: 'Criteria of Offer', names: NAMES, judgements: [2, 0, 0] });
  expect(screen.getByRole('button', { name: 'Open in a larger window' })).toHaveProperty('disabled', true);
  act(() => office.userCloses());
  await waitFor(() => expect(screen.getByRole('button', { name: 'Open in a larger window' })).toHaveProperty('disabled', false));
});

test('a judgement made in the window reaches the pane through Storage, and Apply there applies it in the pane', async () => {
  const applied: number[][] = [];
  const { container } = pane(ahpWindow(), (w) => applied.push(w));
  const paneScope = container.querySelector('section') as HTMLElement;
  fireEvent.click(screen.getByRole('button', { name: 'Open in a larger window' }));
  await waitFor(() => expect(office.opened).toHaveLength(1));

  // The window's page as its root wires it: on the draft the pane stored, ending through Dialog.close.
  const shared = await sharedValue<AhpDraft>(AHP_DRAFT_KEY);
  const close = jest.fn((message: unknown) => void closeDialog(message));
  const win = render(<AhpWindowPage shared={shared} close={close} inOffice fallbackLang="en-US" />);
  const winScope = win.container as HTMLElement;
  expect(within(winScope).getByRole('heading', { name: 'Pairwise comparison: Criteria of Offer' })).toBeTruthy();
  fireEvent.change(slider(winScope, 'Service', 'Quality'), { target: { value: '3' } });
  expect(JSON.parse(localStorage.getItem(STORED)!).judgements).toEqual([0, 0, -3]);

  storageEventFromAnotherWindow(STORED);
  await waitFor(() => expect(slider(paneScope, 'Service', 'Quality').value).toBe('3'), { timeout: 2000 });

  fireEvent.click(within(winScope).getByRole('button', { name: 'Apply AHP weights' }));
  expect(close).toHaveBeenCalledWith({ judgements: [0, 0, -3], apply: true });
  await waitFor(() => expect(applied).toHaveLength(1));
  expect(applied[0][2]).toBeGreaterThan(applied[0][1]);
  expect(office.closed).toBe(1);
});

test('the window’s Done hands back its last judgements even when no storage event arrived', async () => {
  const larger = ahpWindow();
  const end = larger.open({ version: 1, lang: 'zh-CN', group: '各部分', names: NAMES, judgements: [0, 0, 0] }, () => undefined);
  await waitFor(() => expect(office.opened).toHaveLength(1));
  const shared = await sharedValue<AhpDraft>(AHP_DRAFT_KEY);
  const close = (message: unknown) => void closeDialog(message);
  const win = render(<AhpWindowPage shared={shared} close={close} inOffice fallbackLang="en-US" />);
  expect(within(win.container).getByRole('heading', { name: '两两比较：各部分' })).toBeTruthy();
  fireEvent.change(within(win.container).getByRole('slider', { name: 'Price 与 Quality 比较' }), { target: { value: '-4' } });
  fireEvent.click(within(win.container).getByRole('button', { name: '完成' }));
  expect(await end).toEqual({ judgements: [0, 4, 0], apply: false });
});

test('opened without a draft the window says where to open it from; outside Office it has no Done button', () => {
  const empty = { read: () => null, write: () => undefined, watch: () => () => undefined };
  render(<AhpWindowPage shared={empty} close={() => undefined} inOffice fallbackLang="zh-CN" />);
  expect(screen.getByText(/请在任务窗格的两两比较中点击/)).toBeTruthy();
  const stored: AhpDraft = { version: 1, lang: 'en-US', group: 'Sections', names: NAMES, judgements: [1, 0, 0] };
  const shared = { read: () => stored, write: () => undefined, watch: () => () => undefined };
  const { container } = render(<AhpWindowPage shared={shared} close={() => undefined} inOffice={false} fallbackLang="en-US" />);
  expect(slider(container, 'Price', 'Service').value).toBe('-1');
  expect(within(container).queryByRole('button', { name: 'Done' })).toBeNull();
});
