import type { Lang } from '../../core/errors';
import metrics from '../../functions/catalogue/metrics.json';
import models from '../../functions/catalogue/models.json';
import pnbdMbgnbd from '../../functions/catalogue/pnbd-mbgnbd.json';
import scorecard from '../../functions/catalogue/scorecard.json';

/**
 * The explorer reads the same metadata Excel reads (functions.json, functions.zh-CN.json,
 * built from the JSDoc and the translation tables), so what the pane says about a function
 * is what Excel's formula tooltips say.
 */
export interface ParamDoc {
  name: string;
  description: string;
  optional: boolean;
}
export interface FunctionDoc {
  id: string;
  description: string;
  parameters: ParamDoc[];
  example: string;
  result: string;
}

interface MetadataFunction {
  id: string;
  description?: string;
  parameters?: { name: string; description?: string; optional?: boolean }[];
}

type CatalogueEntry = { example: string; result?: string };
const EXAMPLES: Record<string, CatalogueEntry> = { ...metrics, ...models, ...pnbdMbgnbd, ...scorecard } as Record<string, CatalogueEntry>;

export const metadataFile = (lang: Lang): string => (lang === 'zh-CN' ? 'functions.zh-CN.json' : 'functions.json');

export type FetchJson = (url: string) => Promise<{ functions: MetadataFunction[] }>;

export const fetchJson: FetchJson = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
};

export async function loadFunctionDocs(lang: Lang, get: FetchJson = fetchJson): Promise<FunctionDoc[]> {
  const meta = await get(metadataFile(lang));
  return meta.functions.map((f) => ({
    id: f.id,
    description: f.description ?? '',
    parameters: (f.parameters ?? []).map((p) => ({ name: p.name, description: p.description ?? '', optional: !!p.optional })),
    example: EXAMPLES[f.id]?.example ?? `=CRM.${f.id}()`,
    result: EXAMPLES[f.id]?.result ?? '',
  }));
}

/**
 * The words of a search, lower-cased. A name is found as it is typed in a cell too: "CRM.CLV",
 * "=crm.clv(" and full-width "ＣＲＭ．ＣＬＶ" all come down to "clv".
 */
export function queryWords(query: string): string[] {
  return (
    query
      .normalize('NFKC')
      .trim()
      .toLowerCase()
      // A formula as typed in a cell is looked up by its function's name alone.
      .replace(/^=?\s*(?:crm\.)?([\w.]+)\s*\(.*$/, '$1')
      .split(/\s+/)
      .map((w) => w.replace(/^=?(?:crm\.)?/, ''))
      .filter((w) => w !== '')
  );
}

/** Case-insensitive match of every word of the search on the name, the purpose and the argument names. */
export function matches(doc: FunctionDoc, query: string): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const hay = [doc.id, doc.description, ...doc.parameters.map((p) => p.name)].join(' ').toLowerCase();
  return words.every((word) => hay.includes(word));
}
