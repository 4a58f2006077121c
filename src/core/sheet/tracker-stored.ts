import type { Lang, Text } from '../errors';
import { validateTracker, ValidTracker } from '../kpi/validate';
import type { CellValue } from './plan';
import { chunksOf, StoredDefinitionError } from './stored';

/**
 * Tracker definitions stored in the workbook, as scorecards are (stored.ts), in a very hidden
 * sheet of their own: a version of the add-in that knows only scorecards never meets a
 * tracker where it expects a scorecard. Rows have the same columns: link id | store version |
 * language | sheet name when written | definition JSON in pieces. The link id names the
 * workbook-level name CRM_KT_<id> that follows the sheet when it is renamed.
 */
export const TRACKER_STORE_SHEET = 'CRM_Trackers';
export const TRACKER_STORE_VERSION = 1;

export interface StoredTracker {
  linkId: string;
  lang: Lang;
  sheetName: string;
  tracker: ValidTracker;
}

export function storedTrackerRow(e: StoredTracker): CellValue[] {
  return [e.linkId, TRACKER_STORE_VERSION, e.lang, e.sheetName, ...chunksOf(JSON.stringify(e.tracker))];
}

const damaged = (sheet: string, why: string): Text => ({
  en: `The stored definition of the KPI tracker "${sheet}" is damaged (${why}); the sheet is left as it is.`,
  zh: `KPI跟踪表“${sheet}”保存的定义已损坏（${why}）；工作表保持原样。`,
});
const newer = (sheet: string, version: number): Text => ({
  en: `The KPI tracker "${sheet}" was stored by a newer version (format ${version}, this one reads ${TRACKER_STORE_VERSION}); update the add-in to use it.`,
  zh: `KPI跟踪表“${sheet}”由更新版本保存（格式 ${version}，当前版本支持 ${TRACKER_STORE_VERSION}）；请更新加载项后再使用。`,
});

export function parseStoredTrackerRow(row: readonly CellValue[], sheet: string): StoredTracker {
  if (typeof row[0] !== 'string' || row[0] === '') throw new StoredDefinitionError(damaged(sheet, 'link'));
  const version = row[1];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new StoredDefinitionError(damaged(sheet, 'version'));
  if (version > TRACKER_STORE_VERSION) throw new StoredDefinitionError(newer(sheet, version));
  const lang = row[2];
  if (lang !== 'en-US' && lang !== 'zh-CN') throw new StoredDefinitionError(damaged(sheet, 'language'));
  let data: unknown;
  try {
    data = JSON.parse(
      row
        .slice(4)
        .filter((c) => c !== null && c !== '')
        .map(String)
        .join(''),
    );
  } catch {
    throw new StoredDefinitionError(damaged(sheet, 'JSON'));
  }
  const checked = validateTracker(data);
  if (!checked.ok) throw new StoredDefinitionError(damaged(sheet, checked.errors[0].text.en));
  return { linkId: row[0], lang, sheetName: typeof row[3] === 'string' ? row[3] : sheet, tracker: checked.tracker };
}
