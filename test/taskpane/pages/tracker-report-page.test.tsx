jest.setTimeout(60_000);

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { t5KpiTracker, validateTracker, ValidTracker } from '../../../src/core/kpi';
import { buildTrackerReport } from '../../../src/core/sheet/tracker-report-plan';
import { excelHost } from '../../../src/excel/host-excel';
import { writeTrackerSheet } from '../../../src/excel/tracker-sheets';
import { browserHost } from '../../../src/taskpane/host/host';
import { readBytes } from '../../../src/taskpane/host/read-text';
import { trackerReportXlsx, trackerXlsx, watchFile } from '../../../src/taskpane/host/xlsx-download';
import { FakeWorkbook } from '../../helpers/fake-excel';
import { renderApp } from '../render-app';

/*
 * "Export report" on the KPI watch page, and trackers in the Templates gallery. The report's
 * figures are worked out by hand in test/xlsx/tracker-report.test.ts; here: the pane picks the
 * period last typed (November in the T5 sample), lets another be chosen, and hands the report
 * to the host: a download in a browser, a new sheet in Excel.
 */
const tracker = (): ValidTracker => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
};
const files = { build: trackerXlsx, watch: watchFile, report: trackerReportXlsx };

test('in a browser: the report of the opened workbook downloads for the latest period typed (zh-CN)', async () => {
  const saved: { name: string; blob: Blob }[] = [];
  renderApp({ host: browserHost({ save: (name, blob) => void saved.push({ name, blob }), trackerFiles: files }), page: 'watch', lang: 'zh-CN' });
  const made = await trackerXlsx(tracker(), 'zh-CN');
  fireEvent.change(screen.getByLabelText('打开工作簿（.xlsx）'), { target: { files: [made] } });
  const report = await screen.findByRole('region', { name: '定期报告' }, { timeout: 10_000 });
  expect(within(report).getByRole('combobox', { name: '期间' }).textContent).toBe('11月');
  await act(async () => fireEvent.click(within(report).getByRole('button', { name: '导出报告' })));
  await within(report).findByText('已下载 2026年11月报告 CRM关键绩效指标目标与监控.xlsx。', undefined, { timeout: 10_000 });
  // The file holds the report: its title, and the SMB team's CSAT action (off track in November, hand-checked there).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readBytes(saved[0].blob));
  const ws = wb.worksheets[0];
  expect([ws.name, ws.getCell('A1').value]).toEqual(['2026年11月报告', 'CRM关键绩效指标目标与监控（2026年）11月报告']);
  const { rows } = buildTrackerReport(tracker(), 11, 'zh-CN', '2026 CRM关键绩效指标目标与监控');
  const csat = rows.find((r) => r.teamId === 'smb' && r.kpiId === 'csat')!;
  expect(ws.getCell(csat.action).value).toBe('增加客户回访频次，优化服务响应机制。（客户服务部）');
});

test('in Excel: another period is chosen and the report becomes a new sheet, the tracker untouched', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const { sheetName } = await writeTrackerSheet(tracker(), 'en-US', { linkId: 'report01' }, wb.run);
  renderApp({ host: excelHost(wb.run), page: 'watch' });
  const report = await screen.findByRole('region', { name: 'Periodic report' }, { timeout: 10_000 });
  const period = within(report).getByRole('combobox', { name: 'Period' });
  expect(period.textContent).toBe('Nov');
  fireEvent.click(period);
  fireEvent.click(await screen.findByRole('option', { name: 'Sep' }));
  await act(async () => fireEvent.click(within(report).getByRole('button', { name: 'Export report' })));
  await within(report).findByText('Wrote the report to the new sheet “Sep 2026 report”.', undefined, { timeout: 10_000 });
  expect(wb.sheets.map((s) => s.name).filter((n) => !n.startsWith('_'))).toEqual(expect.arrayContaining(['Sheet1', sheetName, 'Sep 2026 report']));
  expect(wb.sheet('Sep 2026 report').cells.get('A1')?.input).toBe('CRM KPI targets and monitoring 2026: report for Sep');
  // In September the SMB churn (0.065) is at risk: its action is due; CSAT (0.88) at risk too.
  const { rows } = buildTrackerReport(tracker(), 9, 'en-US', sheetName);
  const churn = rows.find((r) => r.teamId === 'smb' && r.kpiId === 'churn')!;
  expect(wb.sheet('Sep 2026 report').cells.get(churn.action)?.input).toBe(
    'Build a customer health score; intervene early with high-risk customers. (CRM operations)',
  );
  // A second export of the same period never writes over the first.
  await act(async () => fireEvent.click(within(report).getByRole('button', { name: 'Export report' })));
  await waitFor(() => expect(wb.sheets.filter((s) => s.name.startsWith('Sep 2026 report')).length).toBe(2), { timeout: 10_000 });
});

test.each([
  ['en-US', 'Use this tracker: Customer service KPIs by month', 'Template', 'Customer service KPIs by month'],
  ['zh-CN', '使用此跟踪表：CRM关键绩效指标目标与监控', '模板', 'CRM关键绩效指标目标与监控'],
] as const)('the Templates gallery lists the trackers; one opens the new-tracker form on it (%s)', async (lang, button, field, title) => {
  renderApp({ host: browserHost({ save: () => undefined, trackerFiles: files }), lang });
  fireEvent.click(screen.getByRole('button', { name: button }));
  const form = await screen.findByRole('region', { name: lang === 'zh-CN' ? '新建KPI跟踪表' : 'New KPI tracker' });
  expect(within(form).getByRole('combobox', { name: field }).textContent).toBe(title);
  expect(screen.getByRole('tab', { selected: true }).textContent).toBe(lang === 'zh-CN' ? 'KPI预警' : 'KPI watch');
});
