jest.setTimeout(60_000);

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Lang } from '../../../src/core/errors';
import { t2VendorSelection, t3SoftwareEvaluation, validateScorecard, type Scorecard, type ValidScorecard } from '../../../src/core/scorecard';
import { appraiserCopies } from '../../../src/core/scorecard/appraiser-copies';
import { excelHost } from '../../../src/excel/host-excel';
import { browserHost, type ShareFiles } from '../../../src/taskpane/host/host';
import { readBytes } from '../../../src/taskpane/host/read-text';
import { consolidatedXlsx, copyXlsxBytes, mergeFiles } from '../../../src/taskpane/host/xlsx-download';
import { storedSheetsOf } from '../../../src/xlsx/read-workbook';
import { scorecardXlsxBytes } from '../../../src/xlsx/scorecard-workbook';
import { fakeCreateWorkbook, fakeHostApiSets, FakeWorkbook } from '../../helpers/fake-excel';
import { renderApp } from '../render-app';

/*
 * A team's appraisal from the pane, with real workbooks: the copies the pane sends are the
 * ExcelJS writer's files, and the "returned" copies are written by the same writer from a copy
 * with the ratings an appraiser would have typed, so reading them back goes through the
 * stored definition and the sheet's cells exactly as a returned file does.
 */
const shareFiles: ShareFiles = { copy: copyXlsxBytes, merge: mergeFiles, consolidated: consolidatedXlsx };

const valid = (c: Scorecard): ValidScorecard => {
  const r = validateScorecard(c);
  if (!r.ok) throw new Error(r.errors[0].text.en);
  return r.card;
};
const t2 = valid(t2VendorSelection);
const [v1, v2] = t2.candidates.map((c) => c.id);
const met = t2.sections.flatMap((s) => s.criteria).find((c) => c.scoring.type === 'met')!.id;

/** The copy sent to `name`, with `ratings` (candidate → criterion → rating) typed in, as the .xlsx it comes back as. */
async function returned(name: string, ratings: Record<string, Record<string, string>>, card = t2): Promise<File> {
  const made = appraiserCopies(card, [name, `${name} (other)`]);
  if (!made.ok) throw new Error('copies');
  const copy = made.copies[0].card;
  const filled = valid({ ...copy, candidates: copy.candidates.map((k) => ({ ...k, ratings: { ...k.ratings, ...(ratings[k.id] ?? {}) } })) });
  return new File([(await scorecardXlsxBytes(filled, 'en-US')) as BlobPart], `${name.toLowerCase()}.xlsx`);
}

async function storedCards(blob: Blob) {
  const sheets = await storedSheetsOf(new Uint8Array(await readBytes(blob)));
  return sheets!.map((s) => s.entry.card);
}

function openTender(host: ReturnType<typeof browserHost>, lang: Lang) {
  renderApp({ host, lang });
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '打开CRM系统选型评分标准' : 'Open CRM system selection (tender) scoring' }));
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '生成' : 'Generate' }));
}

const typeNames = (lang: Lang, names: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: lang === 'zh-CN' ? '考评人（每行一位）' : 'Appraisers, one per line' }), { target: { value: names } });

async function pick(lang: Lang, files: File[]) {
  const input = screen.getByLabelText(lang === 'zh-CN' ? '合并交回的工作簿' : 'Merge returned workbooks', { selector: 'input' });
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
  await screen.findByRole('list', { name: lang === 'zh-CN' ? '交回的副本' : 'Returned copies' }, { timeout: 20_000 });
}

const reportLines = (lang: Lang) =>
  within(screen.getByRole('list', { name: lang === 'zh-CN' ? '交回的副本' : 'Returned copies' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('in a browser', () => {
  test('sends one blank copy per appraiser, each downloaded under the appraiser’s name', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const host = browserHost({ shareFiles, save: (name, blob) => void saved.push({ name, blob }) });
    openTender(host, 'en-US');
    typeNames('en-US', 'Ann\n\n  Bo  \nCy');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send to appraisers' })));
    await screen.findByText('Downloaded 3 copies: Ann.xlsx, Bo.xlsx, Cy.xlsx.', undefined, { timeout: 20_000 });
    expect(saved.map((s) => s.name)).toEqual(['Ann.xlsx', 'Bo.xlsx', 'Cy.xlsx']);
    const cards = await Promise.all(saved.map(async (s) => (await storedCards(s.blob))[0]));
    expect(cards.map((c) => [c.id, c.appraiser?.name.en])).toEqual([
      [t2.id, 'Ann'],
      [t2.id, 'Bo'],
      [t2.id, 'Cy'],
    ]);
    // Blank: the tender's sample ratings are not sent as if the appraiser had given them.
    expect(cards.flatMap((c) => c.candidates.map((k) => Object.keys(k.ratings).length))).toEqual(Array(9).fill(0));
  });

  test('names that cannot make copies are refused in the field, in Chinese', async () => {
    const saved: string[] = [];
    openTender(browserHost({ shareFiles, save: (name) => void saved.push(name) }), 'zh-CN');
    typeNames('zh-CN', '张三\n张三');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发给考评人' })));
    expect(screen.getByText('“张三” 出现了两次；每位考评人只发一份副本。')).toBeTruthy();
    typeNames('zh-CN', '张三');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发给考评人' })));
    expect(screen.getByText('请至少填写两位考评人，每行一位：发出的副本交回后要合并。')).toBeTruthy();
    expect(saved).toEqual([]);
  });

  test('merges the returned copies, refusing a blank one and another scorecard’s, then downloads the consolidation (zh-CN)', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    openTender(browserHost({ shareFiles, save: (name, blob) => void saved.push({ name, blob }) }), 'zh-CN');
    const ann = await returned('Ann', { [v1]: { [met]: 'met' }, [v2]: { [met]: 'partial' } });
    const bo = await returned('Bo', { [v1]: { [met]: 'partial' } });
    const cy = await returned('Cy', {});
    const other = await returned('Dee', { [t3SoftwareEvaluation.candidates[0].id]: {} }, valid(t3SoftwareEvaluation));
    await pick('zh-CN', [ann, bo, cy, other]);
    // Ratings counted by hand from what was typed above: Ann 2, Bo 1.
    expect(reportLines('zh-CN')).toEqual([
      'ann.xlsx：可合并，考评人 Ann，2 个评分',
      'bo.xlsx：可合并，考评人 Bo，1 个评分',
      'cy.xlsx：未采用。cy.xlsx 中没有任何评分：交回的仍是发出时的空白副本。请索取填写后的副本。',
      `dee.xlsx：未采用。dee.xlsx 属于另一份评分表（“${t3SoftwareEvaluation.id}”，而 ann.xlsx 为 “${t2.id}”）。`,
    ]);
    expect(screen.getByText('未合并任何内容。请更正或去掉未采用的文件，然后重新选择文件。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '下载汇总工作簿' })).toBeNull();

    await pick('zh-CN', [ann, bo]);
    expect(screen.getByText('全部 2 份副本均可合并。')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下载汇总工作簿' })));
    await screen.findByText(/^已下载 .+汇总\.xlsx。$/, undefined, { timeout: 20_000 });
    const cards = await storedCards(saved[0].blob);
    expect(cards.map((c) => c.appraiser?.name.zh)).toEqual(['Ann', 'Bo']);
    expect(cards.map((c) => c.candidates.find((k) => k.id === v1)!.ratings[met])).toEqual(['met', 'partial']);
  });

  test('the same appraiser twice and a file that is no workbook are refused, in English', async () => {
    openTender(browserHost({ shareFiles, save: () => undefined }), 'en-US');
    const ann = await returned('Ann', { [v1]: { [met]: 'met' } });
    const again = new File([ann], 'ann-again.xlsx');
    const junk = new File(['not a zip'], 'notes.xlsx');
    await pick('en-US', [ann, again, junk]);
    const lines = reportLines('en-US');
    expect(lines[0]).toBe('ann.xlsx: ready to merge, by Ann, 1 ratings');
    expect(lines[1]).toBe('ann-again.xlsx: refused. ann-again.xlsx is by “Ann”, as ann.xlsx is; give each appraiser one copy.');
    expect(lines[2]).toMatch(/^notes\.xlsx: refused\. notes\.xlsx could not be opened as an \.xlsx workbook \(.+\)\.$/);
    expect(screen.getByText('Nothing was merged. Correct or leave out the refused files, then pick the files again.')).toBeTruthy();
  });
});

describe('in Excel', () => {
  afterEach(() => fakeHostApiSets(null));

  test('each copy opens as a new workbook where ExcelApi 1.8 is there', async () => {
    fakeHostApiSets('1.8');
    const opened: Uint8Array[] = [];
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const host = excelHost(wb.run, () => undefined, { files: shareFiles, createWorkbook: fakeCreateWorkbook(opened) });
    renderApp({ host, lang: 'en-US' });
    fireEvent.click(screen.getByRole('button', { name: 'Open CRM system selection (tender) scoring' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Generate' }));
    typeNames('en-US', 'Ann\nBo');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send to appraisers' })));
    await screen.findByText(/^Opened 2 new workbooks, one per appraiser \(Ann\.xlsx, Bo\.xlsx\)/, undefined, { timeout: 20_000 });
    const cards = await Promise.all(opened.map(async (b) => (await storedSheetsOf(b))![0].entry.card));
    expect(cards.map((c) => c.appraiser?.name.en)).toEqual(['Ann', 'Bo']);
  });

  test('without ExcelApi 1.8 the copies download instead, and the pane says why (zh-CN)', async () => {
    fakeHostApiSets('1.7');
    const opened: Uint8Array[] = [];
    const saved: string[] = [];
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const host = excelHost(wb.run, (name) => void saved.push(name), { files: shareFiles, createWorkbook: fakeCreateWorkbook(opened) });
    renderApp({ host, lang: 'zh-CN' });
    fireEvent.click(screen.getByRole('button', { name: '打开CRM系统选型评分标准' }));
    fireEvent.click(screen.getByRole('tab', { name: '生成' }));
    typeNames('zh-CN', '张三\n李四');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发给考评人' })));
    await screen.findByText('此版本的 Excel 无法由加载项打开新工作簿（需要 ExcelApi 1.8），因此已下载 2 份副本：张三.xlsx、李四.xlsx。', undefined, {
      timeout: 20_000,
    });
    expect([opened.length, saved]).toEqual([0, ['张三.xlsx', '李四.xlsx']]);
  });

  test('the consolidated sheets are written only after the user agrees', async () => {
    fakeHostApiSets('1.18');
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const host = excelHost(wb.run, () => undefined, { files: shareFiles, createWorkbook: fakeCreateWorkbook([]) });
    renderApp({ host, lang: 'en-US', page: 'generate' });
    await pick('en-US', [await returned('Ann', { [v1]: { [met]: 'met' } }), await returned('Bo', { [v2]: { [met]: 'partial' } })]);
    fireEvent.click(screen.getByRole('button', { name: 'Write the consolidated sheets' }));
    // Fluent hides the dialog from the accessibility tree while it opens: wait until it is there to use.
    const inDialog = (name: string) => waitFor(() => within(screen.getByRole('dialog')).getByRole('button', { name }));
    fireEvent.click(await inDialog('Cancel'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    fireEvent.click(screen.getByRole('button', { name: 'Write the consolidated sheets' }));
    const add = await inDialog('Add the sheets');
    expect(add.closest('[role="dialog"]')!.textContent).toContain('This adds a consolidated sheet and one sheet per appraiser (2) to this workbook.');
    await act(async () => fireEvent.click(add));
    await screen.findByText('Wrote the consolidated sheet “Consolidated” and activated it.', undefined, { timeout: 20_000 });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Consolidated', 'Ann', 'Bo', expect.any(String)]);
  });
});
