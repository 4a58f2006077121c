import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { excelRun } from '../excel/excel-run';
import { excelHost } from '../excel/host-excel';
import { App, LANGUAGE_KEY } from './App';
import { browserHost, ShareFiles, TrackerFiles, XlsxBuilder } from './host/host';
import { ahpWindow } from './host/open-ahp-window';
import { ratingsWindow } from './host/open-ratings-window';
import { preparePane } from './host/pane-start';
import { themeFor } from './theme';

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

// ExcelJS is most of a megabyte: it is fetched only when a browser user downloads a workbook.
const xlsxChunk = () => import(/* webpackChunkName: "xlsx-writer" */ './host/xlsx-download');
const buildXlsx: XlsxBuilder = async (card, lang) => (await xlsxChunk()).scorecardXlsx(card, lang);
const trackerFiles: TrackerFiles = {
  build: async (tracker, lang) => (await xlsxChunk()).trackerXlsx(tracker, lang),
  report: async (tracker, endMonth, lang, sheet) => (await xlsxChunk()).trackerReportXlsx(tracker, endMonth, lang, sheet),
  watch: async (file) => (await xlsxChunk()).watchFile(file),
};

const shareFiles: ShareFiles = {
  copy: async (card, lang) => (await xlsxChunk()).copyXlsxBytes(card, lang),
  merge: async (files, lang) => (await xlsxChunk()).mergeFiles(files, lang),
  consolidated: async (card, lang) => (await xlsxChunk()).consolidatedXlsx(card, lang),
};

/**
 * The pane's root: Office.onReady is awaited here, once, and its answer decides where we run
 * (see paneEnvironment). Nothing renders before it: components never ask Office themselves.
 */
async function start() {
  const store = storage();
  const pane = await preparePane({
    excelHost: (save) => excelHost(excelRun, save, { files: shareFiles }),
    browserHost: (save) => browserHost({ clipboard: navigator.clipboard, buildXlsx, trackerFiles, shareFiles, save }),
    ahpWindow: () => ahpWindow(),
    ratingsWindow: () => ratingsWindow(),
    browserLanguage: navigator.language,
    storedLanguage: store?.getItem(LANGUAGE_KEY) ?? null,
  });
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <App
      host={pane.host}
      initialLang={pane.lang}
      theme={themeFor(pane.env.background)}
      storage={store}
      manualSave={pane.manualSave}
      ahpWindow={pane.ahpWindow}
      ratingsWindow={pane.ratingsWindow}
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
