jest.setTimeout(60_000);

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { t5KpiTracker, validateTracker, ValidTracker } from '../../../src/core/kpi';
import { buildTrackerLayout } from '../../../src/core/sheet/tracker-plan';
import { excelHost } from '../../../src/excel/host-excel';
import { watchWorkbook, writeTrackerSheet } from '../../../src/excel/tracker-sheets';
import { browserHost } from '../../../src/taskpane/host/host';
import { trackerReportXlsx, trackerXlsx, watchFile } from '../../../src/taskpane/host/xlsx-download';
import { fakeHostApiSets, FakeWorkbook } from '../../helpers/fake-excel';
import { renderApp } from '../render-app';

/*
 * Editing a tracker that has a sheet, from the KPI watch page: a KPI removed, another added, a
 * target changed, then the sheet rewritten in Excel after asking (or an edited workbook
 * downloaded in a browser), with every actual typed on the sheet kept.
 */
const tracker = (): ValidTracker => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
};
const files = { build: trackerXlsx, watch: watchFile, report: trackerReportXlsx };

afterEach(() => fakeHostApiSets(null));

test('in Excel: remove a KPI, change a target, and the sheet is rewritten after asking, keeping what was typed', async () => {
  fakeHostApiSets('1.18');
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const { sheetName } = await writeTrackerSheet(tracker(), 'en-US', { linkId: 'edit0002' }, wb.run);
  const dec = buildTrackerLayout(tracker(), 'en-US', 'edit0002').inputs.actuals.find(
    (a) => a.teamId === 'smb' && a.kpiId === 'csat' && a.endMonth === 12,
  )!.cell;
  wb.sheet(sheetName).cells.get(dec)!.input = 0.87;
  renderApp({ host: excelHost(wb.run), page: 'watch' });
  fireEvent.click(await screen.findByRole('button', { name: 'Edit this tracker' }, { timeout: 10_000 }));
  const editor = screen.getByRole('region', { name: 'KPIs of “CRM KPI targets and monitoring”' });
  fireEvent.click(within(editor).getByRole('button', { name: 'Remove Customer lifetime value (CLV)' }));
  const csat = within(editor).getByRole('group', { name: 'Customer satisfaction (CSAT)' });
  const target = within(csat).getByRole('textbox', { name: 'Target (%)' });
  fireEvent.change(target, { target: { value: '88' } });
  fireEvent.blur(target);
  const update = within(editor).getByRole('button', { name: `Update the sheet “${sheetName}”` });
  fireEvent.click(update);
  const inDialog = (name: string) => waitFor(() => within(screen.getByRole('dialog')).getByRole('button', { name }));
  fireEvent.click(await inDialog('Cancel'));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect((await watchWorkbook(wb.run))[0].tracker.kpis.map((k) => k.id)).toEqual(['renewal', 'csat', 'clv', 'churn']);

  fireEvent.click(update);
  const ok = await inDialog('Update');
  expect(ok.closest('[role="dialog"]')!.textContent).toContain('The actuals typed on it are read again just before and kept');
  await act(async () => fireEvent.click(ok));
  await within(editor).findByText(`Rewrote the sheet “${sheetName}”, keeping its actuals.`, undefined, { timeout: 10_000 });
  const [after] = await watchWorkbook(wb.run);
  expect(after.sheet).toBe(sheetName);
  expect(after.tracker.kpis.map((k) => [k.id, k.target])).toEqual([
    ['renewal', 0.85],
    ['csat', 0.88],
    ['churn', 0.05],
  ]);
  // The sample's November and the December typed on the sheet after it was written.
  expect(after.tracker.teams.find((x) => x.id === 'smb')!.actuals.csat.slice(10)).toEqual([0.84, 0.87]);
});

test('in a browser: a KPI added, and the edited workbook downloads with the opened file’s actuals (zh-CN)', async () => {
  const saved: { name: string; blob: Blob }[] = [];
  renderApp({ host: browserHost({ save: (name, blob) => void saved.push({ name, blob }), trackerFiles: files }), page: 'watch', lang: 'zh-CN' });
  fireEvent.change(screen.getByLabelText('打开工作簿（.xlsx）'), { target: { files: [await trackerXlsx(tracker(), 'zh-CN')] } });
  fireEvent.click(await screen.findByRole('button', { name: '编辑此跟踪表' }, { timeout: 10_000 }));
  const editor = screen.getByRole('region', { name: '“CRM关键绩效指标目标与监控”的KPI' });
  expect(within(editor).getByText('将下载包含修改及所打开文件中实际值的新工作簿；原文件不会改变。')).toBeTruthy();
  fireEvent.change(within(editor).getByRole('textbox', { name: '新KPI（不低于目标，%）' }), { target: { value: '首次响应达标率' } });
  fireEvent.click(within(editor).getByRole('button', { name: '添加KPI' }));
  expect(within(editor).getByRole('group', { name: '首次响应达标率' })).toBeTruthy();
  await act(async () => fireEvent.click(within(editor).getByRole('button', { name: '下载修改后的工作簿' })));
  await within(editor).findByText(/^已下载 2026 CRM关键绩效指标目标与监控\.xlsx。$/, undefined, { timeout: 10_000 });
  const [back] = await watchFile(saved[0].blob);
  expect(back.tracker.kpis.map((k) => k.id)).toEqual(['renewal', 'csat', 'clv', 'churn', 'kpi']);
  expect(back.tracker.teams.map((x) => x.kpis.includes('kpi'))).toEqual([true, true]);
  expect(back.tracker.teams.find((x) => x.id === 'smb')!.actuals.csat[10]).toBe(0.84);
});

test('an edit the tracker cannot take is listed and cannot be written (a team left without KPIs)', async () => {
  renderApp({ host: browserHost({ save: () => undefined, trackerFiles: files }), page: 'watch' });
  fireEvent.change(screen.getByLabelText('Open a workbook (.xlsx)'), { target: { files: [await trackerXlsx(tracker(), 'en-US')] } });
  fireEvent.click(await screen.findByRole('button', { name: 'Edit this tracker' }, { timeout: 10_000 }));
  const editor = screen.getByRole('region', { name: 'KPIs of “CRM KPI targets and monitoring”' });
  for (const name of ['Renewal rate', 'Customer satisfaction (CSAT)', 'Churn rate'])
    fireEvent.click(within(editor).getByRole('button', { name: `Remove ${name}` }));
  expect(within(editor).getByText('Fix these first:')).toBeTruthy();
  expect((within(editor).getByRole('button', { name: 'Download the edited workbook' }) as HTMLButtonElement).disabled).toBe(true);
});
