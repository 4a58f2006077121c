import type { Lang, Text } from '../errors';
import type { Cell } from '../grid';
import { shown } from './cells';
import type { CellValue } from '../sheet/plan';
import { COLUMN_ROLES, ROLE_NAMES, type ColumnChoice, type ColumnHeaders } from './columns';
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
  /** The header above each column when the analysis was made (absent in analyses stored before it was kept). */
  headers?: ColumnHeaders;
}

export function storedAnalysisRow(e: StoredAnalysis): CellValue[] {
  return [CV_STORE_VERSION, e.lang, e.resultsSheet, e.summarySheet, e.source, JSON.stringify({ settings: e.settings, columns: e.columns, headers: e.headers })];
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
    const data = JSON.parse(row[5]) as { settings?: Partial<CustomerValueSettings>; columns?: ColumnChoice; headers?: ColumnHeaders };
    if (!data.settings || !data.columns) return null;
    return {
      lang: row[1],
      resultsSheet: row[2],
      summarySheet: row[3],
      source: typeof row[4] === 'string' ? row[4] : '',
      settings: { ...DEFAULT_SETTINGS, ...data.settings, segments: { ...DEFAULT_SETTINGS.segments, ...data.settings.segments } },
      columns: data.columns,
      headers: data.headers,
    };
  } catch {
    return null;
  }
}

/**
 * Whether the source's header row still names the columns the analysis read: a column inserted,
 * deleted or moved since would otherwise be read in another's place, and Refresh would replace
 * the results with wrong numbers. The reason, naming the column, or null when they still match.
 */
export function movedColumn(e: StoredAnalysis, header: readonly Cell[]): Text | null {
  for (const role of COLUMN_ROLES) {
    const was = e.headers?.[role];
    const at = e.columns[role];
    if (was === undefined || at === null) continue;
    const now = shown(header[at] ?? '');
    if (now.trim().toLowerCase() !== was.trim().toLowerCase())
      return {
        en: `The ${ROLE_NAMES[role].en.toLowerCase()} column was “${was}” and that place now holds “${now}”: the table's columns have changed since the analysis. Nothing was written; run the analysis again on this page and choose the columns.`,
        zh: `${ROLE_NAMES[role].zh}列原为“${was}”，该位置现为“${now}”：表格的列在分析后已改变。未写入任何内容；请在此页面重新运行分析并选择列。`,
      };
  }
  return null;
}
