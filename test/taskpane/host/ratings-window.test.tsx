/**
 * @jest-environment-options {"url": "https://localhost:3000/taskpane.html"}
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { t2VendorSelection } from '../../../src/core/scorecard';
import { App } from '../../../src/taskpane/App';
import { closeDialog, sharedValue } from '../../../src/taskpane/host/office-js-helpers';
import { RATINGS_WINDOW_PAGE, ratingsWindow } from '../../../src/taskpane/host/open-ratings-window';
import { RatingsWindowPage } from '../../../src/taskpane/pages/RatingsWindowPage';
import { RATINGS_DRAFT_KEY, RatingsDraft } from '../../../src/taskpane/state/ratings-draft';
import { fakeHost } from '../fake-host';
import { memoryStorage } from '../render-app';
import { FakeOfficeDialogs, installFakeOffice, storageEventFromAnotherWindow } from './fake-office-dialog';

/*
 * The ratings grid in a larger Office dialog, through the same module as the AHP window: the
 * pane stores its card, the window's page rates on it, and the ratings come back through the
 * package's Storage while it is open and when it ends.
 */
jest.setTimeout(60_000);
const STORED = `@crm-addin/${RATINGS_DRAFT_KEY}`;

let office: FakeOfficeDialogs;
beforeEach(() => {
  localStorage.clear();
  office = installFakeOffice({ host: 'Excel', platform: 'PC' });
});
afterEach(() => office.remove());

function pane(withWindow: boolean) {
  render(
    <App
      host={fakeHost('excel')}
      initialLang="en-US"
      storage={memoryStorage()}
      fetchJson={async () => ({ functions: [] })}
      ratingsWindow={withWindow ? ratingsWindow() : undefined}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
  fireEvent.click(screen.getByRole('tab', { name: 'Candidates' }));
}

const cellLabel = (scope: HTMLElement, start: string) =>
  Array.from(scope.querySelectorAll('[role="gridcell"]'))
    .map((c) => c.getAttribute('aria-label')!)
    .find((l) => l.startsWith(start));

test('without a larger window (outside Office) the grid offers none', () => {
  pane(false);
  expect(screen.queryByRole('button', { name: 'Open in a larger window' })).toBeNull();
});

test('the button opens ratings-dialog.html with the card in storage; a rating made there reaches the pane', async () => {
  pane(true);
  fireEvent.click(screen.getByRole('button', { name: 'Open in a larger window' }));
  await waitFor(() => expect(office.opened).toHaveLength(1));
  // 1000 × 700 px of a 1600 × 1000 screen, as percentages (office-js-helpers' Dialog).
  expect(office.opened[0]).toEqual({ url: `https://localhost:3000/${RATINGS_WINDOW_PAGE}`, options: { width: 62.5, height: 70 } });
  const stored = JSON.parse(localStorage.getItem(STORED)!) as RatingsDraft;
  expect(stored.lang).toBe('en-US');
  expect(stored.card.candidates.map((k) => k.id)).toEqual(['vendor-a', 'vendor-b', 'vendor-c']);

  const shared = await sharedValue<RatingsDraft>(RATINGS_DRAFT_KEY);
  const win = render(<RatingsWindowPage shared={shared} close={() => void closeDialog({ done: true })} inOffice fallbackLang="en-US" />);
  const winScope = win.container as HTMLElement;
  const cell = Array.from(winScope.querySelectorAll<HTMLElement>('[role="gridcell"]')).find((c) =>
    c.getAttribute('aria-label')!.startsWith('Mobile: iOS, Android, iPad and WeChat, Vendor A:'),
  )!;
  act(() => cell.focus());
  fireEvent.keyDown(cell, { key: 'n' });
  expect(JSON.parse(localStorage.getItem(STORED)!).card.candidates[0].ratings.p4).toBe('not-met');

  storageEventFromAnotherWindow(STORED);
  const paneGrid = screen.getAllByRole('grid')[0];
  await waitFor(() => expect(cellLabel(paneGrid, 'Mobile: iOS, Android, iPad and WeChat, Vendor A:')).toMatch(/: Not met$/), { timeout: 3000 });

  fireEvent.click(within(winScope).getByRole('button', { name: 'Done' }));
  await waitFor(() => expect(office.closed).toBe(1));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Open in a larger window' })).toHaveProperty('disabled', false));
});

test('closed by the user, the ratings the storage holds last still come back', async () => {
  const larger = ratingsWindow();
  const draft: RatingsDraft = { version: 1, lang: 'zh-CN', card: t2VendorSelection };
  const end = larger.open(draft, () => undefined);
  await waitFor(() => expect(office.opened).toHaveLength(1));
  const shared = await sharedValue<RatingsDraft>(RATINGS_DRAFT_KEY);
  const win = render(<RatingsWindowPage shared={shared} close={() => undefined} inOffice fallbackLang="en-US" />);
  expect(within(win.container).getByRole('heading', { name: 'CRM系统选型评分标准' })).toBeTruthy();
  const cell = win.container.querySelector<HTMLElement>('[role="gridcell"]')!;
  act(() => cell.focus());
  fireEvent.keyDown(cell, { key: 'Delete' });
  act(() => office.userCloses());
  const ratings = await end;
  expect(ratings!['vendor-a'].p1).toBeUndefined();
  expect(ratings!['vendor-b'].p1).toBe('met');
});

test('opened without a card the window says where to open it from', () => {
  const empty = { read: () => null, write: () => undefined, watch: () => () => undefined };
  render(<RatingsWindowPage shared={empty} close={() => undefined} inOffice fallbackLang="zh-CN" />);
  expect(screen.getByText(/请在任务窗格的评分表格中点击“在更大的窗口中打开”/)).toBeTruthy();
});
