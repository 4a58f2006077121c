import {
  Button,
  Dropdown,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Tab,
  TabList,
  Theme,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import * as React from 'react';
import type { Lang } from '../core/errors';
import type { FetchJson } from './state/function-docs';
import { FunctionExplorer } from './pages/FunctionExplorer';
import { AhpWindowContext } from './components/ahp-window-context';
import type { AhpWindow, PaneHost, RatingsWindow } from './host/pane-host';
import { RatingsWindowContext } from './components/ratings-window-context';
import { StringKey, t } from './i18n';
import { candidateNoun } from './state/candidate-noun';
import { ManualSave, ManualSaveDialog } from './host/manual-save';
import { CustomerValuePage } from './pages/CustomerValuePage';
import { CandidatesPage } from './pages/CandidatesPage';
import { EditorPage } from './pages/EditorPage';
import { GeneratePage } from './pages/GeneratePage';
import { NoCard } from './components/NoCard';
import { PreviewPage } from './pages/PreviewPage';
import { TemplatesPage } from './pages/TemplatesPage';
import { WatchPage } from './pages/WatchPage';
import { useTrackerWatch } from './state/use-tracker-watch';
import { CommandPalette } from './components/CommandPalette';
import { PaletteItem, PaletteNotice, usePaletteEntries } from './state/use-palette-entries';
import { readRecent, rememberUse } from './state/recent-uses';
import { onPageRequest, takeRequestedPage } from '../commands/pane-route';
import type { Scorecard } from '../core/scorecard';
import { Page, PAGES } from './state/model';
import { readFlag, writeFlag } from './state/flags';
import { DraftStorage, usePaneState } from './state/use-pane-state';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  // Office shows the add-in's name above the pane: the page names itself only to screen readers,
  // and the language takes one small line, so the pages start near the top at 320 px.
  // Positioned: the search results drop from it, as wide as the pane.
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, position: 'relative' },
  languagePick: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  language: { minWidth: 'auto' },
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export const LANGUAGE_KEY = 'crm-addin.language';
/** The browser notice, once dismissed, stays away: it says the same every time. */
export const STANDALONE_SEEN_KEY = 'crm-addin.standalone-seen';

export interface AppProps {
  host: PaneHost;
  initialLang: Lang;
  theme?: Theme;
  fetchJson?: FetchJson;
  onLanguageChange?: (lang: Lang) => void;
  /** Where unsaved work is kept between sessions; none means it lasts for this session only. */
  storage?: DraftStorage;
  initialPage?: Page;
  /** Where downloads do nothing (Excel on Mac), files are offered through this dialog instead. */
  manualSave?: ManualSave;
  /** Inside Office on a desktop, the AHP editor can open in a larger window through this. */
  ahpWindow?: AhpWindow;
  /** Inside Office on a desktop, the ratings grid can open in a larger window through this. */
  ratingsWindow?: RatingsWindow;
}

const TAB_LABEL: Record<Page, StringKey> = {
  templates: 'templatesTab',
  editor: 'editorTab',
  candidates: 'candidatesTab',
  preview: 'previewTab',
  generate: 'generateTab',
  watch: 'watchTab',
  customers: 'customersTab',
  functions: 'functionsTab',
};

export function App({
  host,
  initialLang,
  theme = webLightTheme,
  fetchJson,
  onLanguageChange,
  storage,
  initialPage,
  manualSave,
  ahpWindow,
  ratingsWindow,
}: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const { state, dispatch, restored } = usePaneState(storage);
  // A ribbon button (src/commands) may have asked for a page before the pane started.
  const [page, setPage] = React.useState<Page>(() => takeRequestedPage() ?? initialPage ?? (restored === 'restored' ? 'editor' : 'templates'));
  React.useEffect(() => onPageRequest(setPage), []);
  const [draftNotice, setDraftNotice] = React.useState(restored !== 'none');
  const [standaloneSeen, setStandaloneSeen] = React.useState(() => readFlag(storage, STANDALONE_SEEN_KEY));
  const dismissStandalone = () => {
    setStandaloneSeen(true);
    writeFlag(storage, STANDALONE_SEEN_KEY);
  };
  const choose = (next: Lang) => {
    setLang(next);
    onLanguageChange?.(next);
  };
  const pageProps = { lang, host, dispatch, go: setPage };
  // A tracker chosen in the Templates gallery opens the new-tracker form of the watch page on it.
  const [trackerTemplate, setTrackerTemplate] = React.useState<string | undefined>(undefined);
  const openTracker = (id: string) => {
    setTrackerTemplate(id);
    setPage('watch');
  };
  const watch = useTrackerWatch(host);
  // A host without trackers (an older stand-in) shows no watch page.
  const pages = PAGES.filter((p) => p !== 'watch' || host.trackers);
  const card = state.card;

  const [recent, setRecent] = React.useState(() => readRecent(storage));
  const [paletteNotice, setPaletteNotice] = React.useState<PaletteNotice | null>(null);
  // Generate asked for from the search box, until the Generate page takes it.
  const [generateAsked, setGenerateAsked] = React.useState(false);
  const openTemplate = React.useCallback((c: Scorecard) => dispatch({ type: 'load', card: c, origin: { kind: 'template' } }), [dispatch]);
  const requestGenerate = React.useCallback(() => setGenerateAsked(true), []);
  const palette = usePaletteEntries({ lang, host, fetchJson, card, watch, go: setPage, openTemplate, requestGenerate });
  const runNotice = async (work: () => Promise<PaletteNotice | null>) => {
    setPaletteNotice(null);
    try {
      setPaletteNotice(await work());
    } catch (e) {
      setPaletteNotice({ intent: 'error', text: (e as Error).message });
    }
  };
  const runItem = (item: PaletteItem) => {
    setRecent((r) => rememberUse(storage, r, item.id));
    void runNotice(() => item.run());
  };

  const body = (() => {
    if (page === 'functions') return <FunctionExplorer lang={lang} host={host} fetchJson={fetchJson} />;
    if (page === 'customers') return <CustomerValuePage lang={lang} host={host} />;
    if (page === 'templates') return <TemplatesPage {...pageProps} card={card} onTracker={host.trackers ? openTracker : undefined} />;
    if (page === 'generate')
      return <GeneratePage {...pageProps} card={card} origin={state.origin} asked={generateAsked} onAsked={() => setGenerateAsked(false)} />;
    if (page === 'watch') return <WatchPage lang={lang} host={host} watch={watch} trackerTemplate={trackerTemplate} />;
    if (!card) return <NoCard {...pageProps} />;
    const cardProps = { ...pageProps, card, origin: state.origin, view: state.view };
    if (page === 'editor') return <EditorPage {...cardProps} />;
    if (page === 'candidates') return <CandidatesPage {...cardProps} />;
    return <PreviewPage {...cardProps} />;
  })();

  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.hidden}>{t(lang, 'appTitle')}</h1>
          <CommandPalette lang={lang} items={palette.items} recent={recent} onRun={runItem} onOpen={palette.refresh} />
          <div className={styles.languagePick}>
            <LocalLanguageRegular aria-hidden="true" />
            <Dropdown
              className={styles.language}
              size="small"
              appearance="underline"
              aria-label={t(lang, 'languageLabel')}
              value={lang === 'zh-CN' ? '中文' : 'English'}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) => d.optionValue && choose(d.optionValue as Lang)}
            >
              <Option value="en-US">English</Option>
              <Option value="zh-CN">中文</Option>
            </Dropdown>
          </div>
        </header>
        {paletteNotice && (
          <MessageBar intent={paletteNotice.intent} layout="multiline" role={paletteNotice.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{paletteNotice.text}</MessageBarBody>
            <MessageBarActions>
              {paletteNotice.confirm && (
                <Button size="small" appearance="primary" onClick={() => void runNotice(paletteNotice.confirm!.run)}>
                  {paletteNotice.confirm.label}
                </Button>
              )}
              <Button size="small" onClick={() => setPaletteNotice(null)}>
                {t(lang, 'dismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TabList className={styles.tabs} size="small" selectedValue={page} onTabSelect={(_, d) => setPage(d.value as Page)} aria-label={t(lang, 'pagesLabel')}>
          {pages.map((p) => (
            <Tab key={p} value={p}>
              {p === 'watch' && watch.alerts > 0
                ? t(lang, 'watchTabCount', { n: watch.alerts })
                : t(lang, TAB_LABEL[p], { who: candidateNoun(state.card, lang) })}
            </Tab>
          ))}
        </TabList>
        {host.kind === 'browser' && !standaloneSeen && (
          <MessageBar intent="info">
            <MessageBarBody>{t(lang, 'standalone')}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={dismissStandalone}>
                {t(lang, 'dismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {draftNotice && (
          <MessageBar intent={restored === 'discarded' ? 'warning' : 'info'} role="status">
            <MessageBarBody>{t(lang, restored === 'discarded' ? 'draftDiscarded' : 'draftRestored')}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setDraftNotice(false)}>
                {t(lang, 'dismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.undo && page !== 'functions' && (
          <MessageBar intent="info" role="status">
            <MessageBarBody>{t(lang, `undo_${state.undo.kind}`, { who: candidateNoun(state.card, lang) })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => dispatch({ type: 'undo' })}>
                {t(lang, 'undo')}
              </Button>
              <Button size="small" onClick={() => dispatch({ type: 'dismiss-undo' })}>
                {t(lang, 'dismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <AhpWindowContext.Provider value={ahpWindow}>
          <RatingsWindowContext.Provider value={ratingsWindow}>{body}</RatingsWindowContext.Provider>
        </AhpWindowContext.Provider>
        {manualSave && <ManualSaveDialog source={manualSave} lang={lang} />}
      </main>
    </FluentProvider>
  );
}
