import { Dropdown, Field, FluentProvider, MessageBar, MessageBarBody, Option, Tab, TabList, Theme, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../core/errors';
import type { FetchJson } from './function-docs';
import { FunctionExplorer } from './FunctionExplorer';
import type { PaneHost } from './host';
import { t } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export const LANGUAGE_KEY = 'crm-addin.language';

export interface AppProps {
  host: PaneHost;
  initialLang: Lang;
  theme?: Theme;
  fetchJson?: FetchJson;
  onLanguageChange?: (lang: Lang) => void;
}

export function App({ host, initialLang, theme = webLightTheme, fetchJson, onLanguageChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const choose = (next: Lang) => {
    setLang(next);
    onLanguageChange?.(next);
  };
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t(lang, 'appTitle')}</Title3>
          <Field label={t(lang, 'languageLabel')}>
            <Dropdown
              value={lang === 'zh-CN' ? '中文' : 'English'}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) => d.optionValue && choose(d.optionValue as Lang)}
            >
              <Option value="en-US">English</Option>
              <Option value="zh-CN">中文</Option>
            </Dropdown>
          </Field>
        </header>
        <TabList selectedValue="functions" aria-label={t(lang, 'appTitle')}>
          <Tab value="functions">{t(lang, 'functionsTab')}</Tab>
        </TabList>
        {host.kind === 'browser' && (
          <MessageBar intent="info">
            <MessageBarBody>{t(lang, 'standalone')}</MessageBarBody>
          </MessageBar>
        )}
        <FunctionExplorer lang={lang} host={host} fetchJson={fetchJson} />
      </main>
    </FluentProvider>
  );
}
