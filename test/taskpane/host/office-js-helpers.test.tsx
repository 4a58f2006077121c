/**
 * @jest-environment-options {"url": "https://localhost:3000/taskpane.html"}
 */
import { closeDialog, officePlace, openDialog, sharedValue } from '../../../src/taskpane/host/office-js-helpers';
import { FakeOfficeDialogs, installFakeOffice, storageEventFromAnotherWindow } from './fake-office-dialog';

/*
 * The one module that uses @microsoft/office-js-helpers, run against the real package with a
 * stand-in Office global: what reaches Office.context.ui, and what comes back.
 */
let office: FakeOfficeDialogs;
beforeEach(() => {
  localStorage.clear();
  office = installFakeOffice({ host: 'Excel', platform: 'PC' });
});
afterEach(() => office.remove());

describe('Dialog', () => {
  test('opens the page with its size in percent of the screen, and ends with the message the page sends', async () => {
    const end = openDialog<{ judgements: number[] }>('https://localhost:3000/ahp-dialog.html', { width: 800, height: 640 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(office.opened).toEqual([{ url: 'https://localhost:3000/ahp-dialog.html', options: { width: 50, height: 64 } }]);
    await closeDialog({ judgements: [2, -1, 0] });
    expect(await end).toEqual({ kind: 'message', value: { judgements: [2, -1, 0] } });
    expect(office.closed).toBe(1);
  });

  test('a window larger than a small screen is cut to 30 px short of it', async () => {
    office.remove();
    office = installFakeOffice({ host: 'Excel', platform: 'PC' }, { width: 1000, height: 600 });
    void openDialog('https://localhost:3000/ahp-dialog.html', { width: 800, height: 640 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(office.opened[0].options).toEqual({ width: 80, height: 95 });
  });

  test('the user closing the window is an end, not an error', async () => {
    const end = openDialog('https://localhost:3000/ahp-dialog.html', { width: 800, height: 640 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    office.userCloses();
    expect(await end).toEqual({ kind: 'closed' });
  });

  test('a dialog Office refuses to open rejects with its reason', async () => {
    office.failNext('A dialog is already open.');
    await expect(openDialog('https://localhost:3000/ahp-dialog.html', { width: 800, height: 640 })).rejects.toThrow('A dialog is already open.');
  });
});

describe('Storage', () => {
  test('a value written is read back, and kept in localStorage under its container', async () => {
    const shared = await sharedValue<{ n: number }>('draft');
    expect(shared.read()).toBeNull();
    shared.write({ n: 3 });
    expect(shared.read()).toEqual({ n: 3 });
    expect(JSON.parse(localStorage.getItem('@crm-addin/draft')!)).toEqual({ n: 3 });
  });

  test('watch hears what another window writes, once its 300 ms debounce has passed, until it stops', async () => {
    const shared = await sharedValue<{ n: number }>('draft');
    const heard: number[] = [];
    const stop = shared.watch(() => heard.push(shared.read()!.n));
    localStorage.setItem('@crm-addin/draft', JSON.stringify({ n: 7 }));
    storageEventFromAnotherWindow('@crm-addin/draft');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(heard).toEqual([7]);
    stop();
    localStorage.setItem('@crm-addin/draft', JSON.stringify({ n: 8 }));
    storageEventFromAnotherWindow('@crm-addin/draft');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(heard).toEqual([7]);
  });
});

describe('Utilities', () => {
  test('inside Office: the platform as the package names it', async () => {
    expect(await officePlace()).toEqual({ inOffice: true, platform: 'PC' });
    office.remove();
    office = installFakeOffice({ host: 'Excel', platform: 'Mac' });
    expect(await officePlace()).toEqual({ inOffice: true, platform: 'MAC' });
  });

  test('office.js in a plain browser (Office.context without a host): not in Office', async () => {
    office.remove();
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(await officePlace()).toEqual({ inOffice: false, platform: null });
  });

  test('without office.js: not in Office, no platform', async () => {
    office.remove();
    expect(await officePlace()).toEqual({ inOffice: false, platform: null });
  });
});
