import type { Lang } from '../errors';
import type { CellValue } from '../sheet/plan';
import type { ColumnChoice } from './columns';
import { DEFAULT_SETTINGS, type CustomerValueSettings } from './settings';

/**
 * The settings of an analysis, stored in the workbook beside its results as scorecard
 * definitions are (sheet/stored.ts): a very hidden sheet with one row per analysis, so Refresh
 * can rerun it on the grown table and rewrite only its own two sheets.
 * Row: version | language | results sheet | summary sheet | source (table, range or file) | settings JSON.
 */
export const CV_STORE_SHEET = 'CRM_CustomerValue';
export const CV_STORE_VERSION = 1;
export const CV_STORE_HEADER = ['version', 'language', 'results', 'summary', 'source', 'settings'] as const;

export interface StoredAnalysis {
  lang: Lang;
  resultsSheet: string;
  summarySheet: string;
  source: string;
  settings: CustomerValueSettings;
  columns: ColumnChoice;
}

export function storedAnalysisRow(e: StoredAnalysis): CellValue[] {
  return [CV_STORE_VERSION, e.lang, e.resultsSheet, e.summarySheet, e.source, JSON.stringify({ settings: e.settings, columns: e.columns })];
}

/** The stored analysis of a row, or null when the row is not one this version can read. */
export function parseStoredAnalysis(row: readonly CellValue[]): StoredAnalysis | null {
  if (
    row[0] !== CV_STORE_VERSION ||
    (row[1] !== 'en-US' && row[1] !== 'zh-CN') ||
    typeof row[2] !== 'string' ||
    typeof row[3] !== 'string' ||
    typeof row[5] !== 'string'
  )
    return null;
  try {
    const data = JSON.parse(row[5]) as { settings?: Partial<CustomerValueSettings>; columns?: ColumnChoice };
    if (!data.settings || !data.columns) return null;
    return {
      lang: row[1],
      resultsSheet: row[2],
      summarySheet: row[3],
      source: typeof row[4] === 'string' ? row[4] : '',
      settings: { ...DEFAULT_SETTINGS, ...data.settings, segments: { ...DEFAULT_SETTINGS.segments, ...data.settings.segments } },
      columns: data.columns,
    };
  } catch {
    return null;
  }
}
