/*
 * The pane's search box ranks every entry on each key typed. Its cost per keystroke is measured
 * against the Functions page's own search (function-docs `matches`, a plain substring filter)
 * over the same functions in the same run; the palette ranks those functions plus the six
 * templates, three actions and 300 stored workbook items (a large workbook), with a full recent list.
 */
import metrics from '../src/functions/catalogue/metrics.json';
import models from '../src/functions/catalogue/models.json';
import pnbdMbgnbd from '../src/functions/catalogue/pnbd-mbgnbd.json';
import scorecard from '../src/functions/catalogue/scorecard.json';
import { BUILT_IN_TEMPLATES } from '../src/core/scorecard';
import { FunctionDoc, matches } from '../src/taskpane/state/function-docs';
import { PaletteEntry, rankEntries } from '../src/taskpane/state/palette-search';
import { medianMs } from './timing';

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

const QUERIES = ['c', 'cl', 'clv', 'clv.', '=crm.clv(', 'churn rate', '客户', 'zzz'];

export async function run(log: (line: string) => void): Promise<void> {
  const ids = Object.keys({ ...metrics, ...models, ...pnbdMbgnbd, ...scorecard });
  const docs: FunctionDoc[] = ids.map((id) => ({
    id,
    description: `Purpose of ${id} in a sentence of ordinary length`,
    parameters: [],
    example: '',
    result: '',
  }));
  const entries: PaletteEntry[] = [
    ...['generate', 'export', 'refresh'].map((a): PaletteEntry => ({ id: `action:${a}`, kind: 'action', name: { en: `Action ${a}`, zh: `操作${a}` } })),
    ...Array.from({ length: 300 }, (_, i): PaletteEntry => ({
      id: `scorecard:S${i}`,
      kind: 'scorecard',
      name: { en: `Vendor scores ${i}`, zh: `供应商评分 ${i}` },
      keys: [`Sheet ${i}`],
    })),
    ...BUILT_IN_TEMPLATES.map((c): PaletteEntry => ({ id: `template:${c.id}`, kind: 'template', name: c.title })),
    ...docs.map((d): PaletteEntry => ({
      id: `function:${d.id}`,
      kind: 'function',
      name: { en: `CRM.${d.id}`, zh: `CRM.${d.id}` },
      keys: [d.id],
      detail: d.description,
    })),
  ];
  const recent = entries.slice(0, 8).map((e) => e.id);
  const baseline = medianMs(() => QUERIES.map((q) => docs.filter((d) => matches(d, q))), 51) / QUERIES.length;
  const palette = medianMs(() => QUERIES.map((q) => rankEntries(entries, q, recent)), 51) / QUERIES.length;
  log(`functions page search, ${docs.length} functions: ${us(baseline)} per keystroke (baseline)`);
  log(
    `search box ranking, ${entries.length} entries: ${us(palette)} per keystroke, ${(palette / baseline).toFixed(1)}× the baseline for ${(entries.length / docs.length).toFixed(1)}× the entries`,
  );
}
