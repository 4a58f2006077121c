import type { Lang, Text } from '../errors';
import { CrmError } from '../errors';
import { validateScorecard, ValidScorecard } from '../scorecard/validate';
import type { CellValue } from './plan';

/**
 * Scorecard definitions stored inside the workbook, so a generated sheet can be read back,
 * edited in the pane and regenerated, and a workbook sent to a colleague carries its
 * templates. Both writers use one mechanism: a very hidden sheet with one row per generated
 * sheet. The row is tied to its sheet by a link id that also names a workbook-level defined
 * name pointing at the sheet (names follow a sheet when it is renamed or moved).
 *
 * Row: link id | store version | language | sheet name when written | definition JSON, cut
 * into pieces under Excel's 32,767-character cell limit.
 */
export const STORE_SHEET = 'CRM_Scorecards';
export const STORE_VERSION = 1;
export const STORE_HEADER: readonly string[] = ['link', 'version', 'language', 'sheet', 'definition'];
const CHUNK = 30_000;

export interface StoredEntry {
  linkId: string;
  lang: Lang;
  sheetName: string;
  card: ValidScorecard;
}

/** A definition's JSON cut into pieces under Excel's 32,767-character cell limit. */
export function chunksOf(json: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length;) {
    let end = Math.min(i + CHUNK, json.length);
    // Never split a surrogate pair (an emoji, a rare CJK character) across two cells: each half
    // alone is not valid text and comes back from a saved file as U+FFFD.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks;
}

export function storedRow(e: StoredEntry): CellValue[] {
  return [e.linkId, STORE_VERSION, e.lang, e.sheetName, ...chunksOf(JSON.stringify(e.card))];
}

const problem = {
  missing: (sheet: string): Text => ({
    en: `The sheet "${sheet}" was not generated as a scorecard, or its stored definition is missing; it is left as it is.`,
    zh: `工作表“${sheet}”不是生成的评分表，或其保存的定义已丢失；工作表保持原样。`,
  }),
  corrupt: (sheet: string, why: string): Text => ({
    en: `The stored definition of "${sheet}" is damaged (${why}); the sheet is left as it is.`,
    zh: `“${sheet}”保存的定义已损坏（${why}）；工作表保持原样。`,
  }),
  newer: (sheet: string, version: number): Text => ({
    en: `The definition of "${sheet}" was stored by a newer version (format ${version}, this one reads ${STORE_VERSION}); update the add-in to edit it. The sheet is left as it is.`,
    zh: `“${sheet}”的定义由更新版本保存（格式 ${version}，当前版本支持 ${STORE_VERSION}）；请更新加载项后再编辑。工作表保持原样。`,
  }),
};

export class StoredDefinitionError extends CrmError {
  constructor(text: Text) {
    super('VALUE', text);
    this.name = 'StoredDefinitionError';
  }
}

/** The entry of a stored row; throws StoredDefinitionError with a message a user can act on. */
export function parseStoredRow(row: readonly CellValue[] | undefined, sheet: string): StoredEntry {
  if (!row || typeof row[0] !== 'string' || row[0] === '') throw new StoredDefinitionError(problem.missing(sheet));
  const version = row[1];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new StoredDefinitionError(problem.corrupt(sheet, 'version'));
  if (version > STORE_VERSION) throw new StoredDefinitionError(problem.newer(sheet, version));
  const lang = row[2];
  if (lang !== 'en-US' && lang !== 'zh-CN') throw new StoredDefinitionError(problem.corrupt(sheet, 'language'));
  const json = row
    .slice(4)
    .filter((c) => c !== null && c !== '')
    .map(String)
    .join('');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new StoredDefinitionError(problem.corrupt(sheet, 'JSON'));
  }
  const checked = validateScorecard(data);
  if (!checked.ok) throw new StoredDefinitionError(problem.corrupt(sheet, checked.errors[0].text.en));
  return { linkId: row[0], lang, sheetName: typeof row[3] === 'string' ? row[3] : sheet, card: checked.card };
}

export const missingDefinition = (sheet: string) => new StoredDefinitionError(problem.missing(sheet));

/** A fresh link id: letters and digits only, so it is a legal part of a defined name. */
export function newLinkId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 10; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}
