import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { excelHost, excelScorecardOps } from '../excel/host-excel';
import { App, LANGUAGE_KEY } from './App';
import { browserHost, XlsxBuilder } from './host';
import { pickLanguage } from './i18n';
import { themeFor } from './theme';

/**
 * The pane's root: wait for Office once, then decide where we run. In a plain browser
 * office.js is missing or resolves onReady with no host; the pane then runs standalone.
 */
async function officeInfo(): Promise<{ host: string | null; language?: string; background?: string }> {
  if (typeof Office === 'undefined' || !Office.onReady) return { host: null };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (!info || !info.host) return { host: null };
  return {
    host: String(info.host),
    language: Office.context?.displayLanguage,
    background: Office.context?.officeTheme?.bodyBackgroundColor,
  };
}

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

// ExcelJS is most of a megabyte: it is fetched only when a browser user downloads a workbook.
const buildXlsx: XlsxBuilder = async (card, lang) => (await import(/* webpackChunkName: "xlsx-writer" */ './xlsx-download')).scorecardXlsx(card, lang);

async function start() {
  const info = await officeInfo();
  const inExcel = info.host === 'Excel' || info.host === String((globalThis as { Office?: typeof Office }).Office?.HostType?.Excel);
  const store = storage();
  const lang = pickLanguage(info.language ?? navigator.language, store?.getItem(LANGUAGE_KEY) ?? null);
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <App
      host={inExcel ? excelHost(excelScorecardOps) : browserHost({ clipboard: navigator.clipboard, buildXlsx })}
      initialLang={lang}
      theme={themeFor(info.background)}
      storage={store}
      onLanguageChange={(l) => {
        try {
          store?.setItem(LANGUAGE_KEY, l);
        } catch {
          /* private mode: the choice lasts for this session only */
        }
      }}
    />,
  );
  (window as { crmPaneReady?: boolean }).crmPaneReady = true;
}

void start();
