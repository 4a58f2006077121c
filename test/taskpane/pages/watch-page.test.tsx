jest.setTimeout(20_000);

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { t5KpiTracker, validateTracker, ValidTracker } from '../../../src/core/kpi';
import { buildTrackerLayout } from '../../../src/core/sheet/tracker-plan';
import { excelHost } from '../../../src/excel/host-excel';
import { writeTrackerSheet } from '../../../src/excel/tracker-sheets';
import { browserHost } from '../../../src/taskpane/host/host';
import { trackerReportXlsx, trackerXlsx, watchFile } from '../../../src/taskpane/host/xlsx-download';
import { FakeWorkbook } from '../../helpers/fake-excel';
import { renderApp } from '../render-app';

const tracker = (): ValidTracker => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
};

/*
 * The watch against the stand-in workbook through the real Excel host: the alerts of the
 * sample year (by hand, src/core/kpi/engine tests: SMB CSAT 0.84 in November is off track,
 * SMB churn 0.065 in Q3 at risk), the count on the tab, a link that selects the cell, and an
 * update when a change event arrives.
 */
test('in Excel: alerts worst first with their actions, the count on the tab, and updates on change', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const { sheetName } = await writeTrackerSheet(tracker(), 'en-US', { linkId: 'watch001' }, wb.run);
  renderApp({ host: excelHost(wb.run), page: 'watch' });
  await screen.findByRole('tab', { name: 'KPI watch (2)' }, { timeout: 5000 });
  const section = screen.getByRole('region', { name: 'CRM KPI targets and monitoring' });
  const items = within(section).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual([
    expect.stringMatching(
      /^Off trackCustomer satisfaction \(CSAT\)SMB team · NovAction: Increase follow-up visits; improve how service responds\. \(Customer service\)Go to E/,
    ),
    expect.stringMatching(/^At riskChurn rateSMB team · Q3|^At riskChurn rateSMB team · Sep/),
  ]);

  // The link selects the SMB CSAT's latest status on the sheet.
  const layout = buildTrackerLayout(tracker(), 'en-US', 'watch001');
  const cell = layout.outputs.latest.find((x) => x.teamId === 'smb' && x.kpiId === 'csat')!.status;
  wb.active = wb.sheet('Sheet1');
  fireEvent.click(within(items[0]).getByRole('button', { name: `Go to ${cell}` }));
  await waitFor(() => expect([wb.active?.name, wb.activeCell]).toEqual([sheetName, cell]));

  // December's CSAT of 0.91 is typed for the SMB team: on track, one alert left.
  const december = layout.inputs.actuals.find((a) => a.teamId === 'smb' && a.kpiId === 'csat' && a.endMonth === 12)!.cell;
  wb.sheet(sheetName).cells.get(december)!.input = 0.91;
  await wb.fireChanged(sheetName, december);
  await screen.findByRole('tab', { name: 'KPI watch (1)' }, { timeout: 5000 });
});

test('in a browser: a tracker is made as a download, and an opened workbook file is watched, in Chinese', async () => {
  const saved: { name: string; blob: Blob }[] = [];
  const host = browserHost({
    save: (name, blob) => void saved.push({ name, blob }),
    trackerFiles: { build: trackerXlsx, watch: watchFile, report: trackerReportXlsx },
  });
  renderApp({ host, page: 'watch', lang: 'zh-CN' });
  expect(screen.getByText(/打开含有KPI跟踪表的工作簿/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '生成跟踪表' }));
  await screen.findByText(/^已下载 2026 CRM关键绩效指标目标与监控\.xlsx。/, undefined, { timeout: 5000 });
  expect(saved.map((s) => s.name)).toEqual(['2026 CRM关键绩效指标目标与监控.xlsx']);

  fireEvent.change(screen.getByLabelText('打开工作簿（.xlsx）'), { target: { files: [saved[0].blob] } });
  await screen.findByRole('tab', { name: 'KPI预警（2）' }, { timeout: 5000 });
  const items = screen.getAllByRole('listitem');
  expect(items[0].textContent).toMatch(
    /^未达标客户满意度（CSAT）中小客户团队，期间：11月措施：增加客户回访频次，优化服务响应机制。（客户服务部）工作表“2026 CRM关键绩效指标目标与监控”单元格 E/,
  );
});

test('the form refuses a year out of range and a tracker without teams before anything is made', () => {
  const host = browserHost({ save: () => undefined, trackerFiles: { build: trackerXlsx, watch: watchFile, report: trackerReportXlsx } });
  renderApp({ host, page: 'watch' });
  fireEvent.change(screen.getByRole('textbox', { name: 'Year' }), { target: { value: '26' } });
  expect(screen.getAllByText('Enter a year from 1901 to 9998.').length).toBeGreaterThan(0);
  expect((screen.getByRole('button', { name: 'Make the tracker' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(screen.getByRole('textbox', { name: 'Year' }), { target: { value: '2027' } });
  for (const name of ['Key accounts team', 'SMB team']) fireEvent.click(screen.getByRole('checkbox', { name }));
  expect(screen.getByText('Pick at least one team.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Make the tracker' }) as HTMLButtonElement).disabled).toBe(true);
});
