import { analyse, type Stage } from '../core/customer-value/analyse';
import { readTable } from '../core/customer-value/read-table';
import { movedColumn, type StoredAnalysis } from '../core/customer-value/stored';
import { CrmError } from '../core/errors';
import { writeCustomerValue, type WrittenAnalysis } from './customer-value-sheets';
import { excelRun, type ExcelRun } from './excel-run';
import { readSource, resolveSource } from './transaction-source';

export interface RefreshOptions {
  /** Share done, 0–1: reading is the first half, writing the second. */
  progress?: (done: number) => void;
  /** Asked between round trips and fit iterations; true stops before anything is written. */
  cancelled?: () => boolean;
  /** Hears each stage of the analysis. */
  stage?: (s: Stage, iteration: number) => void;
}

const cancelledText = { en: 'The refresh was cancelled; nothing was written.', zh: '刷新已取消，未写入任何内容。' };

/**
 * Reruns a stored analysis: reads its source as it is now (a table or a sheet may have grown),
 * with the stored columns and settings, and rewrites its own two sheets. The page has asked the
 * user before calling, so the write replaces them; nothing else in the workbook is touched.
 */
export async function refreshAnalysis(stored: StoredAnalysis, options: RefreshOptions = {}, run: ExcelRun = excelRun): Promise<WrittenAnalysis> {
  const source = await resolveSource(stored.source, run);
  const rows = await readSource(source, { progress: (d) => options.progress?.(d / 2), cancelled: options.cancelled }, run);
  const moved = movedColumn(stored, rows[0] ?? []);
  if (moved) throw new CrmError('VALUE', moved);
  const { transactions, report } = readTable(rows, stored.columns);
  const analysis = analyse(transactions, report.lastDay, stored.settings, (s, i) => {
    options.stage?.(s, i);
    return !options.cancelled?.();
  });
  // The analysis runs in one go: a Cancel clicked meanwhile waits in the event queue and is
  // heard only once this yields to it, before anything is written.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (options.cancelled?.()) throw new CrmError('VALUE', cancelledText);
  return writeCustomerValue(
    analysis,
    transactions,
    stored.lang,
    stored.source,
    stored.columns,
    { replace: true, progress: (d) => options.progress?.(0.5 + d / 2) },
    run,
  );
}
