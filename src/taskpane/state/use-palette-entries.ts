import * as React from 'react';
import type { Lang, Text } from '../../core/errors';
import { BUILT_IN_TEMPLATES, exportScorecard, Scorecard } from '../../core/scorecard';
import { fileNameFor } from '../host/host';
import type { PaneHost, WorkbookItem } from '../host/pane-host';
import { StringKey, t, withReason, reasonOf } from '../i18n';
import { FetchJson, FunctionDoc, loadFunctionDocs } from './function-docs';
import type { Page } from './model';
import type { PaletteEntry } from './palette-search';
import { pick } from './text';
import type { WatchState } from './use-tracker-watch';

/** What running an entry came to, shown under the search box; `confirm` offers a follow-up (Replace). */
export interface PaletteNotice {
  intent: 'success' | 'warning' | 'error';
  text: string;
  confirm?: { label: string; run: () => Promise<PaletteNotice | null> };
}

/** An entry with what it does; `hint` is the line under its name. */
export interface PaletteItem extends PaletteEntry {
  hint?: string;
  run(): Promise<PaletteNotice | null>;
}

/** A pane string in both languages, for matching whatever language the pane shows. */
const both = (key: StringKey, vars: Record<string, string | number> = {}): Text => ({ en: t('en-US', key, vars), zh: t('zh-CN', key, vars) });

export interface PaletteContext {
  lang: Lang;
  host: PaneHost;
  fetchJson?: FetchJson;
  card: Scorecard | null;
  watch: WatchState;
  go(page: Page): void;
  openTemplate(card: Scorecard): void;
  /** Asks the Generate page to generate (Excel) or download (browser) the card being edited. */
  requestGenerate(): void;
}

/**
 * Everything the search box can reach, built from what the pane already does: actions on the
 * card being edited and on the KPI watch, what this workbook stores, the built-in templates,
 * and the functions. `refresh` reads the function list (once per language) and the workbook's
 * items again; the search box calls it as it opens.
 */
export function usePaletteEntries(ctx: PaletteContext): { items: PaletteItem[]; refresh(): void } {
  const { lang, host, fetchJson, card, go, openTemplate, requestGenerate } = ctx;
  const { file: watchedFile, refresh: refreshWatch } = ctx.watch;
  const [docs, setDocs] = React.useState<{ lang: Lang; docs: FunctionDoc[] } | null>(null);
  const [stored, setStored] = React.useState<WorkbookItem[]>([]);

  // Read as the box opens, not as the pane starts: most sessions never open it.
  const loading = React.useRef<Lang | null>(null);
  const refresh = React.useCallback(() => {
    if (docs?.lang !== lang && loading.current !== lang) {
      loading.current = lang;
      // Without the function list the rest of the search still works; the next opening tries again.
      loadFunctionDocs(lang, fetchJson)
        .then((d) => setDocs({ lang, docs: d }))
        .catch(() => undefined)
        .finally(() => (loading.current = null));
    }
    host
      .workbookItems?.()
      .then(setStored)
      .catch(() => setStored([]));
  }, [host, lang, fetchJson, docs]);

  const items = React.useMemo(() => {
    const list: PaletteItem[] = [];
    const inExcel = host.kind === 'excel';

    if (card) {
      const title = pick(card.title, lang);
      list.push({
        id: 'action:generate',
        kind: 'action',
        name: both(inExcel ? 'paletteGenerate' : 'paletteDownload'),
        hint: t(lang, 'editing', { title }),
        run: async () => {
          requestGenerate();
          go('generate');
          return null;
        },
      });
      list.push({
        id: 'action:export',
        kind: 'action',
        name: both('paletteExport'),
        hint: t(lang, 'editing', { title }),
        run: async () => {
          const name = fileNameFor(title, 'json');
          await host.saveFile(name, new Blob([exportScorecard(card)], { type: 'application/json' }));
          return { intent: 'success', text: t(lang, 'exported', { file: name }) };
        },
      });
    }
    // In a browser the watch reads a file the user opened: until then there is nothing to refresh.
    if (host.trackers && (!host.trackers.watchFile || watchedFile)) {
      list.push({
        id: 'action:refresh-watch',
        kind: 'action',
        name: both('refreshWatch'),
        run: async () => {
          go('watch');
          await refreshWatch();
          return null;
        },
      });
    }

    for (const item of stored) {
      const name: Text =
        item.kind === 'tracker' && item.year !== undefined
          ? {
              en: t('en-US', 'trackerTitle', { title: item.title.en, year: item.year }),
              zh: t('zh-CN', 'trackerTitle', { title: item.title.zh, year: item.year }),
            }
          : item.title;
      list.push({
        id: `${item.kind}:${item.sheet}`,
        kind: item.kind,
        name,
        keys: [item.sheet],
        hint: t(lang, 'trackerSheet', { sheet: item.sheet }),
        run: async () => {
          try {
            await host.showSheet?.(item.sheet);
            return null;
          } catch (e) {
            return { intent: 'error', text: withReason(lang, 'goToSheetFailed', reasonOf(e, lang)) };
          }
        },
      });
    }

    for (const c of BUILT_IN_TEMPLATES) {
      list.push({
        id: `template:${c.id}`,
        kind: 'template',
        name: c.title,
        hint: t(lang, `kind_${c.kind}`),
        run: async () => {
          openTemplate(c);
          go('editor');
          return null;
        },
      });
    }

    if (docs?.lang === lang) {
      for (const d of docs.docs) {
        const insert = async (replace: boolean): Promise<PaletteNotice | null> => {
          try {
            const outcome = await host.insertFormula(d.example, replace);
            if (outcome !== 'occupied') return { intent: 'success', text: t(lang, outcome === 'inserted' ? 'inserted' : 'copied') };
            return { intent: 'warning', text: t(lang, 'occupied'), confirm: { label: t(lang, 'replace'), run: () => insert(true) } };
          } catch (e) {
            return inExcel ? { intent: 'error', text: withReason(lang, 'insertFailed', reasonOf(e, lang)) } : { intent: 'error', text: t(lang, 'copyFailed') };
          }
        };
        list.push({
          id: `function:${d.id}`,
          kind: 'function',
          name: { en: `CRM.${d.id}`, zh: `CRM.${d.id}` },
          keys: [d.id],
          detail: d.description,
          hint: d.description,
          run: () => insert(false),
        });
      }
    }
    return list;
  }, [lang, host, card, watchedFile, refreshWatch, stored, docs, go, openTemplate, requestGenerate]);

  return { items, refresh };
}
